package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/** Text search helpers shared by the terminology rules. */
final class Terms {
    private Terms() {
    }

    /** A match: 0-based line and UTF-16 index. */
    record Hit(int line, int index) {
    }

    /** Occurrences of {@code needle} in prose and comment-free lines. */
    static List<Hit> find(LintContext context, String needle) {
        List<Hit> hits = new ArrayList<>();
        List<String> raw = context.doc().rawLines();
        for (int n = 0; n < raw.size(); n++) {
            if (context.scan().kind(n) != MarkupScan.Kind.PROSE) {
                continue;
            }
            String line = raw.get(n);
            for (int i = line.indexOf(needle); i >= 0; i = line.indexOf(needle, i + needle.length())) {
                hits.add(new Hit(n, i));
            }
        }
        return hits;
    }

    /** True when the English term occurs as a word (case-insensitive) in the text. */
    static boolean mentions(String text, String term) {
        return pattern(term).matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The English term as a word of lower-cased text, plural included; compiled once per term. */
    static Pattern pattern(String term) {
        return PATTERNS.computeIfAbsent(term, t -> Pattern.compile("(?<![\\p{Alnum}_])"
                + Pattern.quote(t.toLowerCase(Locale.ROOT)) + "(?:e?s)?(?![\\p{Alnum}_])"));
    }

    /** Latin words ({@code [A-Za-z_][A-Za-z0-9_]*}) of a text with their 0-based line and index. */
    static List<Hit> words(List<String> lines, List<String> out) {
        List<Hit> hits = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int length = line.length();
            for (int i = 0; i < length; i++) {
                char c = line.charAt(i);
                // as the pattern's find(): a word starts at any letter or underscore, even after a digit (0x1f: x1f)
                if (c < 0x80 && (Character.isLetter(c) || c == '_')) {
                    int end = i + 1;
                    while (end < length && wordChar(line.charAt(end))) {
                        end++;
                    }
                    hits.add(new Hit(n, i));
                    out.add(line.substring(i, end));
                    i = end; // the character at end is no word character, so it starts no word
                }
            }
        }
        return hits;
    }

    private static boolean wordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
