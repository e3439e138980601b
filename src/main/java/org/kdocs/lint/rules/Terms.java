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
}
