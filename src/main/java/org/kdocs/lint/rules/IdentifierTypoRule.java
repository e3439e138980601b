package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Severity;
import org.kdocs.lint.SourceFormat;

/**
 * {@code identifier-typo}: a Latin word in the translation that the original
 * does not contain but that is one edit (insertion, deletion, substitution
 * or transposition of neighbours) away from a word it does contain, such as
 * KSCAN for KCSAN. Words under 4 letters and plural/singular pairs are skipped.
 */
public final class IdentifierTypoRule implements Rule {
    @Override
    public String id() {
        return "identifier-typo";
    }

    @Override
    public Set<SourceFormat> formats() {
        return SourceFormat.all();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A Latin word absent from the original but one edit away from a word in it (KSCAN for KCSAN).";
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.original().isEmpty()) {
            return;
        }
        List<String> originalWords = new ArrayList<>();
        Terms.words(context.original().get().rawLines(), originalWords);
        Set<String> known = new HashSet<>(originalWords);
        List<String> candidates = null; // the original's identifiers, sorted; listed at the first unknown word
        List<String> words = new ArrayList<>();
        List<Terms.Hit> hits = Terms.words(context.doc().rawLines(), words);
        Map<String, String> suggestion = new HashMap<>(); // word -> closest original word, "" for none
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            if (w.length() < 4 || known.contains(w) || !identifierLike(w)) {
                continue;
            }
            if (candidates == null) {
                candidates = known.stream().filter(c -> c.length() >= 4 && identifierLike(c)).sorted().toList();
            }
            List<String> sorted = candidates;
            String c = suggestion.computeIfAbsent(w, word -> closest(word, sorted));
            if (!c.isEmpty()) {
                String line = context.doc().rawLines().get(hits.get(k).line());
                sink.report(hits.get(k).line() + 1, Prose.column(line, hits.get(k).index()),
                        "'" + w + "' is not in the original; did you mean '" + c + "'?");
            }
        }
    }

    /** The first of the sorted candidates one edit away from the word and no mere variant of it. */
    private static String closest(String w, List<String> candidates) {
        for (String c : candidates) {
            if (Math.abs(c.length() - w.length()) <= 1 && !plural(w, c) && !c.equalsIgnoreCase(w) && oneEdit(w, c)
                    && !digitsOrUnderscoresOnly(w, c)) {
                return c;
            }
        }
        return "";
    }

    /** Looks like an identifier or acronym: two capitals or an inner underscore; no digits, not a hex number. */
    static boolean identifierLike(String w) {
        int capitals = 0;
        boolean allHex = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                return false; // numbers, addresses and versions differ legitimately
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            allHex &= Character.digit(c, 16) >= 0;
        }
        return !allHex && (capitals >= 2 || w.indexOf('_', 1) > 0);
    }

    /** The words differ only in digits or underscores (versions, addresses, label prefixes). */
    private static boolean digitsOrUnderscoresOnly(String a, String b) {
        return a.replaceAll("[0-9_]", "").equals(b.replaceAll("[0-9_]", ""));
    }

    private static boolean plural(String a, String b) {
        return a.equals(b + "s") || b.equals(a + "s");
    }

    /** Optimal string alignment distance of exactly 1. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String shorter = a.length() < b.length() ? a : b;
        String longer = a.length() < b.length() ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
