package org.kdocs.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.Text;
import org.kdocs.writers.html.CjkLineBreaks;

/**
 * The prebuilt search index that the static search page loads: every page's
 * words, found with ICU's word break iterator so that Chinese text, which
 * has no spaces, is split into dictionary words ("构建", "网站"), and a
 * Chinese word in the search box finds the pages that contain it.
 */
public final class SearchIndex {
    private static final Set<String> SKIPPED = Set.of("comment", "system_message", "raw", "substitution_definition",
            "pending", "toctree");
    // numbers that Numbering puts before titles and captions; Sphinx's HTML writer adds them after indexing
    private static final Set<String> NUMBER_CLASSES = Set.of("section-number", "caption-number");

    private record Entry(String url, String title, String lang) {
    }

    private final List<Entry> pages = new ArrayList<>();
    private final SearchTerms terms = new SearchTerms();
    private final SearchTerms titleTerms = new SearchTerms();

    /** The words of one page's title and text; finding them (the costly part) may run on any thread. */
    public record PageWords(List<String> title, List<String> text) {
        public static PageWords of(String title, Element document) {
            return new PageWords(words(title), words(SearchIndex.text(document)));
        }
    }

    /**
     * A page's words as numbers into a table of distinct words that all pages share, as the build's
     * page records keep them: the index then looks up each word of the table once, instead of each word
     * of each page (1.3 million on the kernel's tree, each a cache miss on the word's String).
     */
    static final class NumberedWords extends java.util.AbstractList<String> implements java.util.RandomAccess {
        private final WordTable table;
        private final int[] numbers;

        NumberedWords(WordTable table, int[] numbers) {
            this.table = table;
            this.numbers = numbers;
        }

        WordTable table() {
            return table;
        }

        int[] numbers() {
            return numbers;
        }

        @Override
        public String get(int index) {
            return table.word(numbers[index]);
        }

        @Override
        public int size() {
            return numbers.length;
        }
    }

    /** Adds a page; call from one thread. */
    public void add(String url, String title, String lang, Element document) {
        add(url, title, lang, PageWords.of(title, document));
    }

    /** Adds a page whose words were found beforehand; call from one thread, in page order. */
    public void add(String url, String title, String lang, PageWords words) {
        pages.add(new Entry(url, title, lang));
        titleTerms.add(words.title());
        terms.add(words.text());
    }

    /** The words of a text, lower-cased, in order, without duplicates: ICU word segmentation. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        WordBreaks.addWords(text, words);
        return new ArrayList<>(words);
    }

    private static String text(Element root) {
        StringBuilder out = new StringBuilder();
        collect(root, out, CjkLineBreaks.of(root));
        return out.toString();
    }

    // a line break between two Chinese characters is no word boundary: the page shows none either
    private static void collect(Element root, StringBuilder out, Map<Text, String> joinedLines) {
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text text) {
                out.append(joinedLines.getOrDefault(text, text.astext())).append(' ');
            } else if (node instanceof Element e && e.classes().contains(ForeignPages.FOREIGN_CLASS)) {
                out.append(ForeignPages.plainText(e.astext())).append(' ');
            } else if (node instanceof Element e && !SKIPPED.contains(e.tagname())
                    && e.classes().stream().noneMatch(NUMBER_CLASSES::contains)) {
                for (int i = e.size() - 1; i >= 0; i--) {
                    stack.push(e.child(i));
                }
                out.append(' ');
            }
        }
    }

    /**
     * The index as the site holds it: searchindex.json, and searchindex.js, the script the search page
     * loads, which assigns the same JSON to a variable. Both are ranges of {@code bytes}, so that the
     * 10 MB of the kernel's index are written once.
     */
    public record Files(byte[] bytes, int jsonStart, int jsonEnd, int scriptEnd) {
        /** searchindex.json's bytes, copied out. */
        public byte[] json() {
            return Arrays.copyOfRange(bytes, jsonStart, jsonEnd);
        }

        /** searchindex.js's bytes, copied out. */
        public byte[] script() {
            return Arrays.copyOfRange(bytes, 0, scriptEnd);
        }
    }

    private static final String SCRIPT_START = "window.KDOCS_SEARCH_INDEX = ";
    private static final String SCRIPT_END = ";\n";

    /** The index as JSON: pages (url, title, lang), and term to page numbers for text and titles, terms sorted. */
    public String toJson() {
        Files files = files();
        return new String(files.bytes(), files.jsonStart(), files.jsonEnd() - files.jsonStart(), StandardCharsets.UTF_8);
    }

    /** The index's two files, written as Jackson's generator wrote the JSON before ({@link JsonBytes}). */
    public Files files() {
        SearchTerms.Sorted text = terms.sorted();
        SearchTerms.Sorted titles = titleTerms.sorted();
        JsonBytes out = new JsonBytes(estimate(text) + estimate(titles) + pages.size() * 160, pages.size());
        out.raw(SCRIPT_START);
        int jsonStart = out.length();
        out.raw("{\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            Entry entry = pages.get(i);
            // a fixed key order: the same site gives the same bytes, which a rebuild can keep
            out.raw(i == 0 ? "{\"url\":" : ",{\"url\":").string(entry.url())
                    .raw(",\"title\":").string(entry.title())
                    .raw(",\"lang\":").string(entry.lang()).raw("}");
        }
        out.raw("],\"terms\":");
        writeTerms(out, text);
        out.raw(",\"titleterms\":");
        writeTerms(out, titles);
        out.raw("}");
        int jsonEnd = out.length();
        out.raw(SCRIPT_END);
        return new Files(out.array(), jsonStart, jsonEnd, out.length());
    }

    // about the bytes of a term table: most words are ASCII, and most page numbers have as many digits as the last
    private int estimate(SearchTerms.Sorted terms) {
        return 2 + terms.charStarts()[terms.size()] + terms.size() * 6
                + terms.pages().length * (Integer.toString(pages.size()).length() + 1);
    }

    private static void writeTerms(JsonBytes out, SearchTerms.Sorted terms) {
        out.raw("{");
        int[] order = terms.order();
        char[] chars = terms.chars();
        int[] charStarts = terms.charStarts();
        int[] pageStarts = terms.pageStarts();
        int[] pageEnds = terms.pageEnds();
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                out.raw(",");
            }
            out.string(chars, charStarts[order[i]], charStarts[order[i] + 1]).raw(":")
                    .array(terms.pages(), pageStarts[i], pageEnds[i]);
        }
        out.raw("}");
    }
}
