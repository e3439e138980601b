package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.junit.jupiter.api.Test;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

class SearchIndexTest {
    // words whose JSON needs care: escapes, every UTF-8 length, surrogates paired, lone and reversed
    private static final List<String> TRICKY = List.of("plain", "", "say \"hi\"", "back\\slash", "\u0000nul",
            "tab\tnl\ncr\rff\fbs\b", "\u0001\u001f\u007f", "</script>", "caf\u00e9", "\u07ff\u0800",
            "\u6784\u5efa", "\uffff", "emoji\ud83d\ude00", "\ud840\udc00", "lone\ud800", "\udc00lone",
            "\udc00\ud800", "a", "ab", "a\u0000", "\u00ff", "\u0100", "Z", "_");

    @Test
    void aWordBrokenAcrossSourceLinesIsIndexedWhole() {
        Document doc = new Document("t.rst", Reporter.quiet("t.rst"));
        doc.add(Element.of(NodeType.PARAGRAPH, new Text("运行时在地址上设\n置观察点，然后\nrun the build")));
        SearchIndex.PageWords words = SearchIndex.PageWords.of("", doc);
        assertThat(words.text()).contains("设置", "观察", "run", "build");
    }

    @Test
    void writesTheBytesJacksonWroteForTrickyWordsAndTitles() throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            String word = TRICKY.get(i);
            pages.add(new Page("p" + i + "/" + word + ".html", i == 3 ? null : "Title " + word, "zh_CN",
                    List.of(word, "common"), List.of(word, TRICKY.get((i + 1) % TRICKY.size()), "common")));
        }
        SearchIndex index = index(pages);
        byte[] expected = jackson(pages);
        assertThat(index.toJson().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
        SearchIndex.Files files = index.files();
        assertThat(files.json()).isEqualTo(expected);
        assertThat(new String(files.script(), StandardCharsets.UTF_8))
                .isEqualTo("window.KDOCS_SEARCH_INDEX = " + new String(expected, StandardCharsets.UTF_8) + ";\n");
    }

    @Test
    void sortsRandomWordsAsStringCompareToAndListsEachWordsPagesOnce() throws IOException {
        Random random = new Random(42);
        char[] alphabet = "aab_z09\u0000\u007f\u00e9\u00ff\u0100\u6784\ud83d\ude00\ud800\udfff\uffff".toCharArray();
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < 300; p++) {
            List<String> words = new ArrayList<>();
            for (int w = random.nextInt(40); w > 0; w--) {
                StringBuilder word = new StringBuilder();
                for (int length = random.nextInt(7); length > 0; length--) {
                    word.append(alphabet[random.nextInt(alphabet.length)]);
                }
                words.add(word.toString()); // some twice on a page: the page is listed once
            }
            pages.add(new Page("p" + p + ".html", "P" + p, "en", words.subList(0, words.size() / 4), words));
        }
        assertThat(index(pages).files().json()).isEqualTo(jackson(pages));
    }

    @Test
    void pagesFromTheRecordsTableAndPagesReadAnewShareTheirWords() throws IOException {
        // as in a rebuild: most pages' words are numbers into the last build's table, which also
        // holds words no page has any more; the changed pages come as lists, with old words and new
        WordTable table = new WordTable(new String[] {"also\"gone", "common", "gone", "kept", "old", "\ud83d\ude00"});
        List<Page> pages = List.of(
                new Page("a.html", "A", "en", List.of("kept"), numbered(table, 3, 1)),
                new Page("b.html", "B", "en", List.of("fresh", "kept"), List.of("common", "new", "old", "new")),
                new Page("c.html", "C", "en", numbered(table, 4), numbered(table, 5, 1, 4)),
                new Page("d.html", "D", "en", List.of(), List.of("\ud83d\ude00", "kept", "fresh")),
                new Page("e.html", "E", "en", numbered(table), numbered(table, 3)));
        assertThat(index(pages).files().json()).isEqualTo(jackson(pages));
    }

    @Test
    void pagesFromASortedRecordsTableAndPagesWithNewWordsGiveTheIndexOfTheirWords() throws IOException {
        // as the records keep it: the table sorted; pages read anew bring words that sort between its words
        WordTable table = new WordTable(new String[] {"Zed", "alpha", "common", "kept", "\u6784"});
        List<Page> pages = List.of(
                new Page("a.html", "A", "en", numbered(table, 3), numbered(table, 1, 2, 4)),
                new Page("b.html", "B", "en", List.of("beta", "kept"), List.of("common", "aardvark", "\uffff", "Zed")),
                new Page("c.html", "C", "en", numbered(table), numbered(table, 0, 2)));
        assertThat(index(pages).files().json()).isEqualTo(jackson(pages));
    }

    @Test
    void anEmptyIndexIsValidJson() throws IOException {
        assertThat(new SearchIndex().files().json()).isEqualTo(jackson(List.of()));
    }

    private record Page(String url, String title, String lang, List<String> titleWords, List<String> textWords) {
    }

    private static List<String> numbered(WordTable table, int... numbers) {
        return new SearchIndex.NumberedWords(table, numbers);
    }

    private static SearchIndex index(List<Page> pages) {
        SearchIndex index = new SearchIndex();
        for (Page page : pages) {
            index.add(page.url(), page.title(), page.lang(), new SearchIndex.PageWords(page.titleWords(),
                    page.textWords()));
        }
        return index;
    }

    // the index as Jackson's generator wrote it before: words in a TreeMap (String.compareTo order)
    private static byte[] jackson(List<Page> pages) throws IOException {
        Map<String, TreeSet<Integer>> terms = new TreeMap<>();
        Map<String, TreeSet<Integer>> titleTerms = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) {
            for (String word : pages.get(i).textWords()) {
                terms.computeIfAbsent(word, w -> new TreeSet<>()).add(i);
            }
            for (String word : pages.get(i).titleWords()) {
                titleTerms.computeIfAbsent(word, w -> new TreeSet<>()).add(i);
            }
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator out = new JsonFactory().createGenerator(json, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeArrayFieldStart("pages");
            for (Page page : pages) {
                out.writeStartObject();
                out.writeStringField("url", page.url());
                out.writeStringField("title", page.title());
                out.writeStringField("lang", page.lang());
                out.writeEndObject();
            }
            out.writeEndArray();
            for (Map.Entry<String, Map<String, TreeSet<Integer>>> table : Map.of("terms", terms,
                    "titleterms", titleTerms).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                out.writeObjectFieldStart(table.getKey());
                for (Map.Entry<String, TreeSet<Integer>> term : table.getValue().entrySet()) {
                    out.writeFieldName(term.getKey());
                    int[] numbers = term.getValue().stream().mapToInt(Integer::intValue).toArray();
                    out.writeArray(numbers, 0, numbers.length);
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        return json.toByteArray();
    }
}
