package org.kdocs.site;

import java.io.IOException;
import java.lang.Character.UnicodeBlock;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Counts, in built HTML pages, the line breaks a browser shows as a space between two Chinese or Japanese
 * characters: white space holding a newline, outside {@code <pre>}, with a Han, kana, CJK punctuation or
 * full-width character on each side within the same block. Run as a program on an output directory to measure
 * another tree: {@code java -cp target/classes:target/test-classes:... org.kdocs.site.StrayCjkSpaces DIR}.
 */
final class StrayCjkSpaces {
    private static final Pattern BREAK = Pattern.compile("(?<=\\S)[ \\t]*\\n\\s*(?=\\S)");
    private static final char BLOCK_EDGE = '\u0000';

    private StrayCjkSpaces() {
    }

    /** Stray spaces per page, for the pages that have any. */
    static Map<Path, Integer> count(Path dir) throws IOException {
        Map<Path, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                int n = count(Jsoup.parse(file.toFile(), "UTF-8"));
                if (n > 0) {
                    counts.put(dir.relativize(file), n);
                }
            }
        }
        return counts;
    }

    static int count(Document page) {
        StringBuilder text = new StringBuilder();
        page.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !inside(t, "pre") && !inside(t, "script") && !inside(t, "style")) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.tagName().equals("br"))) {
                    text.append(BLOCK_EDGE);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append(BLOCK_EDGE);
                }
            }
        });
        int stray = 0;
        Matcher m = BREAK.matcher(text);
        while (m.find()) {
            if (chinese(text.codePointBefore(m.start())) && chinese(text.codePointAt(m.end()))) {
                stray++;
            }
        }
        return stray;
    }

    private static boolean inside(Node node, String tag) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.tagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean chinese(int c) {
        UnicodeScript script = UnicodeScript.of(c);
        UnicodeBlock block = UnicodeBlock.of(c);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA
                || block == UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    public static void main(String[] args) throws IOException {
        Map<Path, Integer> counts = count(Path.of(args[0]));
        counts.forEach((page, n) -> System.out.println(n + "\t" + page));
        System.out.println("TOTAL " + counts.values().stream().mapToInt(Integer::intValue).sum() + " stray spaces in "
                + counts.size() + " pages");
    }
}
