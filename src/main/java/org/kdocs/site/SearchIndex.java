package org.kdocs.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

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
    private final Map<String, Set<Integer>> terms = new TreeMap<>();
    private final Map<String, Set<Integer>> titleTerms = new TreeMap<>();

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
            titleTerms.computeIfAbsent(word, k -> new TreeSet<>()).add(index);
        }
        for (String word : words.text()) {
            terms.computeIfAbsent(word, k -> new TreeSet<>()).add(index);
        }
    }

    /** The words of a text, lower-cased, in order, without duplicates: ICU word segmentation. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        BreakIterator iterator = BreakIterator.getWordInstance(ULocale.ROOT);
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
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

    /** The index as JSON: pages (url, title, lang), and term to page numbers for text and titles. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, String>> pageList = new ArrayList<>();
        for (Entry entry : pages) {
            // a fixed key order: the same site gives the same bytes, which a rebuild can keep
            Map<String, String> page = new LinkedHashMap<>();
            page.put("url", entry.url());
            page.put("title", entry.title());
            page.put("lang", entry.lang());
            pageList.add(page);
        }
        root.put("pages", pageList);
        root.put("terms", terms);
        root.put("titleterms", titleTerms);
        try {
            return new ObjectMapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("search index is not serialisable", e);
        }
    }
}
