package org.kdocs.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

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
    private final Map<String, PageNumbers> terms = new HashMap<>();
    private final Map<String, PageNumbers> titleTerms = new HashMap<>();

    /**
     * The pages of one word, in increasing order: pages are added in order, so a number is
     * appended at most once and the list needs no sorting (a set of boxed numbers per word
     * cost a sixth of a kernel build).
     */
    private static final class PageNumbers {
        private int[] numbers = new int[2];
        private int size;

        void add(int page) {
            if (size > 0 && numbers[size - 1] >= page) {
                return; // the same page again
            }
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = page;
        }
    }

    /** The words of one page's title and text; finding them (the costly part) may run on any thread. */
    public record PageWords(List<String> title, List<String> text) {
        public static PageWords of(String title, Element document) {
            return new PageWords(words(title), words(SearchIndex.text(document)));
        }
    }

    /** Adds a page; call from one thread. */
    public void add(String url, String title, String lang, Element document) {
        add(url, title, lang, PageWords.of(title, document));
    }

    /** Adds a page whose words were found beforehand; call from one thread, in page order. */
    public void add(String url, String title, String lang, PageWords words) {
        int index = pages.size();
        pages.add(new Entry(url, title, lang));
        for (String word : words.title()) {
            titleTerms.computeIfAbsent(word, k -> new PageNumbers()).add(index);
        }
        for (String word : words.text()) {
            terms.computeIfAbsent(word, k -> new PageNumbers()).add(index);
        }
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

    /** The index as JSON: pages (url, title, lang), and term to page numbers for text and titles, terms sorted. */
    public String toJson() {
        return new String(toJsonBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The script form of the index's JSON, which the search page loads (searchindex.js). */
    public static byte[] script(byte[] json) {
        java.io.ByteArrayOutputStream script = new java.io.ByteArrayOutputStream(json.length + 64);
        script.writeBytes("window.KDOCS_SEARCH_INDEX = ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        script.writeBytes(json);
        script.writeBytes(";\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return script.toByteArray();
    }

    /** {@link #toJson()} as UTF-8 bytes, written so directly (the kernel's index is about 10 MB). */
    public byte[] toJsonBytes() {
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream(1 << 20);
        try (JsonGenerator out = new JsonFactory().createGenerator(json, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeArrayFieldStart("pages");
            for (Entry entry : pages) {
                // a fixed key order: the same site gives the same bytes, which a rebuild can keep
                out.writeStartObject();
                out.writeStringField("url", entry.url());
                out.writeStringField("title", entry.title());
                out.writeStringField("lang", entry.lang());
                out.writeEndObject();
            }
            out.writeEndArray();
            writeTerms(out, "terms", terms);
            writeTerms(out, "titleterms", titleTerms);
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("search index is not serialisable", e);
        }
        return json.toByteArray();
    }

    private static void writeTerms(JsonGenerator out, String field, Map<String, PageNumbers> terms) throws IOException {
        out.writeObjectFieldStart(field);
        // sorted on all cores: sorting the kernel's 190,000 words was half of writing its index
        String[] words = terms.keySet().toArray(new String[0]);
        Arrays.parallelSort(words);
        for (String word : words) {
            PageNumbers pages = terms.get(word);
            out.writeFieldName(word);
            out.writeArray(pages.numbers, 0, pages.size);
        }
        out.writeEndObject();
    }
}
