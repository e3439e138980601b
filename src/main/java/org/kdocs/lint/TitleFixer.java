package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.source.DisplayWidth;

/**
 * {@code kdocs lint --fix}: rewrites title adornments to the exact width
 * the title-width rule expects, touching nothing but the run of adornment
 * characters on those lines (trailing spaces, line endings, a BOM and every
 * other byte stay as they were).
 */
public final class TitleFixer {
    private TitleFixer() {
    }

    /** The adornment length a title should have, Ambiguous characters counted wide or not. */
    public static int expectedLength(Title t, boolean ambiguousWide) {
        String stripped = t.title().strip();
        int expected = DisplayWidth.columns(stripped, ambiguousWide) + 2 * t.inset();
        // never shorter than what docutils itself requires
        return Math.max(expected, DisplayWidth.columns(t.title()));
    }

    /** True when the fixer would change this title. */
    public static boolean fixable(Title t, boolean ambiguousWide) {
        int expected = expectedLength(t, ambiguousWide);
        return switch (t.status()) {
            case ACCEPTED, ACCEPTED_SHORT, DEMOTED, LEVEL_INCONSISTENT ->
                    t.underLength() != expected || (t.overlined() && t.overLength() != expected);
            case MISMATCH, UNEXPECTED, UNEXPECTED_SHORT -> false;
        };
    }

    /** The text with every fixable title's adornments set to the expected length. */
    public static String fix(LintedDocument doc, List<Title> titles, boolean ambiguousWide) {
        String text = doc.text();
        List<int[]> edits = new ArrayList<>(); // {start, end, newLength, char}
        int[] lineStarts = lineStarts(text);
        for (Title t : titles) {
            if (!fixable(t, ambiguousWide)) {
                continue;
            }
            int expected = expectedLength(t, ambiguousWide);
            if (t.overlined()) {
                edits.add(run(text, start(text, lineStarts, t.overline()), t.adornment(), expected));
            }
            edits.add(run(text, start(text, lineStarts, t.underline()), t.adornment(), expected));
        }
        edits.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder out = new StringBuilder(text);
        for (int[] e : edits) {
            out.replace(e[0], e[1], String.valueOf((char) e[3]).repeat(e[2]));
        }
        return out.toString();
    }

    private static int start(String text, int[] lineStarts, int line) {
        return line == 0 && text.startsWith("\uFEFF") ? 1 : lineStarts[line];
    }

    private static int[] run(String text, int lineStart, char c, int length) {
        int start = lineStart;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++; // titles inside an indented "only" block
        }
        int end = start;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return new int[] {start, end, length, c};
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && i + 1 < text.length()) {
                starts.add(i + 1);
            }
        }
        int[] result = new int[starts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = starts.get(i);
        }
        return result;
    }
}
