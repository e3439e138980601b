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
import org.kdocs.tree.Severity;

/**
 * {@code identifier-typo}: a Latin word in the translation that the original
 * does not contain but that is one edit (insertion, deletion, substitution
 * or transposition of neighbours) away from a word it does contain, such as
 * KSCAN for KCSAN. Words under 4 letters and plural/singular pairs are skipped.
 */
public final class IdentifierTypoRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("identifier-typo", Severity.WARNING,
            "A Latin word absent from the original but one edit away from a word in it (KSCAN for KCSAN).")
            .inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.original().isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>();
        identifiers(context.original().get().rawLines()).forEach(w -> known.add(w.text()));
        List<String> candidates = null; // the original's identifiers, sorted; listed at the first unknown word
        Map<String, String> suggestion = new HashMap<>(); // word -> closest original word, "" for none
        for (Word w : identifiers(context.doc().rawLines())) {
            if (known.contains(w.text())) {
                continue;
            }
            if (candidates == null) {
                candidates = known.stream().sorted().toList();
            }
            List<String> sorted = candidates;
            String c = suggestion.computeIfAbsent(w.text(), word -> closest(word, sorted));
            if (!c.isEmpty()) {
                String line = context.doc().rawLines().get(w.line());
                sink.report(w.line() + 1, Prose.column(line, w.index()),
                        "'" + w.text() + "' is not in the original; did you mean '" + c + "'?");
            }
        }
    }

    /** A word of a document: its text, 0-based line and UTF-16 index. */
    private record Word(String text, int line, int index) {
    }

    /**
     * The words of the lines that may be misspelt identifiers: 4 characters
     * or more and {@link #identifierLike}. Words are {@code [A-Za-z_][A-Za-z0-9_]*}
     * as a pattern's find() meets them (one may start right after a digit: x1f in 0x1f).
     */
    private static List<Word> identifiers(List<String> lines) {
        List<Word> found = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int length = line.length();
            for (int i = 0; i < length; i++) {
                char c = line.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                    int end = i + 1;
                    while (end < length && wordChar(line.charAt(end))) {
                        end++;
                    }
                    if (end - i >= 4 && identifierLike(line, i, end)) {
                        found.add(new Word(line.substring(i, end), n, i));
                    }
                    i = end; // the character at end is no word character, so it starts no word
                }
            }
        }
        return found;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
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
    private static boolean identifierLike(String s, int from, int to) {
        int capitals = 0;
        boolean allHex = true;
        boolean innerUnderscore = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return false; // numbers, addresses and versions differ legitimately
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
            allHex &= Character.digit(c, 16) >= 0;
            innerUnderscore |= c == '_' && i > from;
        }
        return !allHex && (capitals >= 2 || innerUnderscore);
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
