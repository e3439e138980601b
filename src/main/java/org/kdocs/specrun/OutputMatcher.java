package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether actual console output matches what a document promises
 * in a {@code spec-output} block. Matching is line by line; a line that is
 * just {@code ...} matches any run of lines (none included), and
 * {@code ...} inside a line matches any text, as doctest's ELLIPSIS does.
 * Unless the block says {@code :exact:}, the numbers a kernel varies from
 * run to run are normalised on both sides first: hexadecimal addresses and
 * values, PIDs, CPU numbers and {@code +0xOFF/0xSIZE} code offsets, and
 * trailing white space is ignored. With {@code :exact:} trailing spaces
 * count; since reStructuredText drops them from source lines, the expected
 * text writes each one as {@link #VISIBLE_SPACE}.
 */
public final class OutputMatcher {
    public static final String ELLIPSIS = "...";
    /** U+2420 SYMBOL FOR SPACE: stands for one space in expected output, e.g. a trailing one. */
    public static final String VISIBLE_SPACE = "\u2420";

    private static final List<Rule> NORMALISATIONS = List.of(
            new Rule(Pattern.compile("\\+0x[0-9a-f]+/0x[0-9a-f]+"), "+0x<off>/0x<size>"),
            new Rule(Pattern.compile("\\b0x[0-9a-fA-F]+\\b"), "0x<hex>"),
            new Rule(Pattern.compile("\\b(task|PID:|pid) \\d+"), "$1 <pid>"),
            new Rule(Pattern.compile("\\b(cpu|CPU:|CPU) \\d+"), "$1 <cpu>"),
            new Rule(Pattern.compile("\\b[0-9a-f]{12,16}\\b"), "<hex>"));

    private record Rule(Pattern pattern, String replacement) {
    }

    private OutputMatcher() {
    }

    /** The line with run-dependent numbers replaced by placeholders. */
    public static String normalise(String line) {
        String out = line;
        for (Rule rule : NORMALISATIONS) {
            out = rule.pattern().matcher(out).replaceAll(rule.replacement());
        }
        return out;
    }

    /** Whether the actual lines match the expected pattern lines. */
    public static boolean matches(List<String> expected, List<String> actual, boolean exact) {
        List<String> spaced = expected.stream().map(line -> line.replace(VISIBLE_SPACE, " ")).toList();
        List<String> want = exact ? spaced : spaced.stream().map(OutputMatcher::normalise).toList();
        List<String> got = exact ? actual : actual.stream().map(OutputMatcher::normalise).toList();
        return matchLines(trimTrailingBlank(want), trimTrailingBlank(got), exact);
    }

    private static List<String> trimTrailingBlank(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(0, end);
    }

    // Glob matching over lines, by dynamic programming: matched[i][j] says
    // whether want[i..] matches got[j..]. Linear in each table cell, so a
    // pattern full of ellipses cannot blow up.
    private static boolean matchLines(List<String> want, List<String> got, boolean exact) {
        int n = want.size();
        int m = got.size();
        boolean[][] matched = new boolean[n + 1][m + 1];
        matched[n][m] = true;
        for (int i = n - 1; i >= 0; i--) {
            boolean anyRun = want.get(i).strip().equals(ELLIPSIS);
            for (int j = m; j >= 0; j--) {
                if (anyRun) {
                    matched[i][j] = matched[i + 1][j] || (j < m && matched[i][j + 1]);
                } else {
                    matched[i][j] = j < m && lineMatches(want.get(i), got.get(j), exact) && matched[i + 1][j + 1];
                }
            }
        }
        return matched[0][0];
    }

    /** One line against a pattern line in which "..." matches any text; trailing white space is ignored. */
    static boolean lineMatches(String pattern, String line) {
        return lineMatches(pattern, line, false);
    }

    /** As {@link #lineMatches(String, String)}, but with {@code exact} trailing white space counts. */
    static boolean lineMatches(String pattern, String line, boolean exact) {
        String want = exact ? pattern : pattern.stripTrailing();
        String text = exact ? line : line.stripTrailing();
        if (!want.contains(ELLIPSIS)) {
            return want.equals(text);
        }
        List<String> pieces = new ArrayList<>(List.of(want.split(Pattern.quote(ELLIPSIS), -1)));
        String first = pieces.get(0);
        String last = pieces.get(pieces.size() - 1);
        if (!text.startsWith(first) || text.length() < first.length() + last.length() || !text.endsWith(last)) {
            return false;
        }
        int at = first.length();
        int end = text.length() - last.length();
        for (String piece : pieces.subList(1, pieces.size() - 1)) {
            int found = text.indexOf(piece, at);
            if (found < 0 || found + piece.length() > end) {
                return false;
            }
            at = found + piece.length();
        }
        return true;
    }
}
