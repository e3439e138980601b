package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kdocs.lint.LintContext;

/**
 * Which texts of the original each text of a translation renders: a global
 * alignment of the two sequences of texts (paragraphs, titles, list items,
 * table cells), scored by the Latin tokens they share (identifiers, numbers
 * and acronyms survive translation) and by their lengths (a Chinese
 * character stands for about three letters of English), in the manner of
 * Gale and Church's sentence alignment. A text left unmatched is given the
 * original's texts between its matched neighbours, when they are few.
 */
final class TextAlignment {
    private static final double MATCH_COST = 0.3;
    private static final int WIDEST_WINDOW = 4;

    /** For each translation text, the [from, to) range of original texts it renders (empty if unknown). */
    private final int[][] windows;

    private TextAlignment(int[][] windows) {
        this.windows = windows;
    }

    static TextAlignment of(LintContext context) {
        return context.derived("text-alignment", () -> align(TextBlocks.of(context), TextBlocks.ofOriginal(context)));
    }

    /** The [from, to) range of original texts that translation text {@code i} renders. */
    int[] window(int i) {
        return windows[i];
    }

    /** A text's tokens, lower-cased and numbered by {@code ids}, sorted and distinct; and its length estimate. */
    private record Features(int[] tokens, double length) {
        static Features of(String text, boolean translation, Map<String, Integer> ids) {
            int[] tokens = new int[8];
            int count = 0;
            int letters = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
                if (!word && (c < '0' || c > '9')) {
                    continue;
                }
                int end = i + 1;
                while (end < n && (word ? wordChar(text.charAt(end)) : digit(text.charAt(end)))) {
                    end++;
                }
                letters += end - i;
                if (!translation || end - i > 1) {
                    String token = text.substring(i, end).toLowerCase(Locale.ROOT);
                    if (count == tokens.length) {
                        tokens = Arrays.copyOf(tokens, 2 * count);
                    }
                    tokens[count++] = ids.computeIfAbsent(token, t -> ids.size());
                }
                i = end - 1;
            }
            int cjk = 0;
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                cjk += c >= 0x3400 && c < 0xA000 ? 1 : 0; // Han, the bulk of Chinese text; a length estimate
            }
            Arrays.sort(tokens, 0, count);
            int distinct = 0;
            for (int k = 0; k < count; k++) {
                if (distinct == 0 || tokens[k] != tokens[distinct - 1]) {
                    tokens[distinct++] = tokens[k];
                }
            }
            return new Features(Arrays.copyOf(tokens, distinct), letters + 3 * cjk + 1);
        }
    }

    /** A token is a word {@code [A-Za-z_][A-Za-z0-9_]*} or a number {@code [0-9]+}. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || digit(c);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static TextAlignment align(List<TextBlocks.Block> mine, List<TextBlocks.Block> theirs) {
        int m = mine.size();
        int n = theirs.size();
        List<Features> a = new ArrayList<>(m);
        List<Features> b = new ArrayList<>(n);
        Map<String, Integer> ids = new HashMap<>();
        mine.forEach(t -> a.add(Features.of(t.text(), true, ids)));
        theirs.forEach(t -> b.add(Features.of(t.text(), false, ids)));
        // texts far from their proportional place are not paired: the band keeps the work near m * 2 * band
        int band = Math.max(16, n / 8);
        double[][] best = new double[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            int centre = m == 0 ? 0 : (int) ((long) i * n / m);
            for (int j = n - 1; j >= 0; j--) {
                double pair = Math.abs(j - centre) <= band ? best[i + 1][j + 1] + score(a.get(i), b.get(j)) - MATCH_COST
                        : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(Math.max(best[i + 1][j], best[i][j + 1]), pair);
            }
        }
        int[] matched = new int[m];
        Arrays.fill(matched, -1);
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            int centre = (int) ((long) i * n / m);
            double pair = Math.abs(j - centre) <= band ? best[i + 1][j + 1] + score(a.get(i), b.get(j)) - MATCH_COST
                    : Double.NEGATIVE_INFINITY;
            if (pair >= best[i + 1][j] && pair >= best[i][j + 1] && pair > best[i + 1][j + 1]) {
                matched[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int[][] windows = new int[m][];
        for (int k = 0; k < m; k++) {
            if (matched[k] >= 0) {
                windows[k] = new int[] {matched[k], matched[k] + 1};
                continue;
            }
            int before = 0;
            for (int p = k - 1; p >= 0; p--) {
                if (matched[p] >= 0) {
                    before = matched[p] + 1;
                    break;
                }
            }
            int after = n;
            for (int p = k + 1; p < m; p++) {
                if (matched[p] >= 0) {
                    after = matched[p];
                    break;
                }
            }
            windows[k] = after - before <= WIDEST_WINDOW && after >= before ? new int[] {before, after} : new int[] {0, 0};
        }
        return new TextAlignment(windows);
    }

    /** How well two texts correspond: shared tokens, and lengths in proportion; between 0 and 1. */
    private static double score(Features mine, Features theirs) {
        double shared = 0;
        int[] own = mine.tokens();
        if (own.length > 0) {
            int[] other = theirs.tokens();
            int common = 0;
            for (int i = 0, j = 0; i < own.length && j < other.length; ) {
                if (own[i] == other[j]) {
                    common++;
                    i++;
                    j++;
                } else if (own[i] < other[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            shared = (double) common / own.length;
        }
        double ratio = Math.log(mine.length() / theirs.length());
        double lengths = Math.max(0, 1 - Math.abs(ratio) / 1.5);
        return own.length == 0 ? lengths * 0.6 : 0.6 * shared + 0.4 * lengths;
    }
}
