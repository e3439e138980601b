package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Severity;

/**
 * Shared logic of the parity rules: a sequence of keys taken from the
 * translation and from its original, compared in order (longest common
 * subsequence). Keys only in the translation are reported where they are;
 * keys only in the original are reported at the nearest translation line.
 */
abstract class ParityRule implements Rule {
    /** A key and the 0-based line it comes from. */
    record Item(String key, int line) {
    }

    abstract List<Item> items(MarkupScan scan, LintContext context);

    abstract String noun();

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.originalScan().isEmpty()) {
            return;
        }
        List<Item> mine = items(context.scan(), context);
        List<Item> theirs = items(context.originalScan().get(), context);
        int[][] lcs = new int[mine.size() + 1][theirs.size() + 1];
        for (int i = mine.size() - 1; i >= 0; i--) {
            for (int j = theirs.size() - 1; j >= 0; j--) {
                lcs[i][j] = mine.get(i).key().equals(theirs.get(j).key()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < mine.size() || j < theirs.size()) {
            if (i < mine.size() && j < theirs.size() && mine.get(i).key().equals(theirs.get(j).key())) {
                i++;
                j++;
            } else if (j < theirs.size() && (i >= mine.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                int at = i < mine.size() ? mine.get(i).line() : (i > 0 ? mine.get(i - 1).line() : 0);
                sink.report(at + 1, 1, noun() + " " + shown(theirs.get(j).key()) + " of the original (line "
                        + (theirs.get(j).line() + 1) + ") is missing here");
                j++;
            } else {
                sink.report(mine.get(i).line() + 1, 1, noun() + " " + shown(mine.get(i).key())
                        + " is not in the original");
                i++;
            }
        }
    }

    static String shown(String key) {
        String oneLine = key.strip().replace("\n", "\u23CE");
        return "'" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "'";
    }

    static <T> List<Item> map(List<T> list, Function<T, String> key, Function<T, Integer> line) {
        List<Item> items = new ArrayList<>();
        for (T t : list) {
            items.add(new Item(key.apply(t), line.apply(t)));
        }
        return items;
    }
}
