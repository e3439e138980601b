package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Rule;

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

    /** The items found in one side's markup inventory; rules that read more override the method below. */
    List<Item> items(MarkupScan scan, LintContext context) {
        return List.of();
    }

    /** The items of the translation, or of its original when {@code ofOriginal}. */
    List<Item> items(LintContext context, boolean ofOriginal) {
        return items(ofOriginal ? context.originalScan().orElseThrow() : context.scan(), context);
    }

    /** False when an item of the original may be absent from the translation without a finding. */
    boolean expected(Item theirs, LintContext context) {
        return true;
    }

    /**
     * True when, with as many items on both sides, the items pair up by
     * position and a differing pair is one finding (a changed shape or
     * language) rather than a missing and an extra item.
     */
    boolean pairsByPosition() {
        return false;
    }

    abstract String noun();

    /**
     * True when keys are unique on each side, so an item present on both
     * sides but out of step is reported once, as moved, instead of as a
     * missing and an extra item.
     */
    boolean reportsMoves() {
        return false;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.originalScan().isEmpty()) {
            return;
        }
        List<Item> mine = items(context, false);
        List<Item> theirs = items(context, true);
        if (pairsByPosition() && mine.size() == theirs.size()) {
            for (int k = 0; k < mine.size(); k++) {
                if (!mine.get(k).key().equals(theirs.get(k).key())) {
                    sink.report(mine.get(k).line() + 1, 1, noun() + " " + shown(mine.get(k).key())
                            + " differs from the original's " + shown(theirs.get(k).key()) + " (line "
                            + (theirs.get(k).line() + 1) + ")");
                }
            }
            return;
        }
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
                boolean moved = reportsMoves() && keys(mine).contains(theirs.get(j).key());
                if (!moved && expected(theirs.get(j), context)) {
                    sink.report(at + 1, 1, noun() + " " + shown(theirs.get(j).key()) + " of the original (line "
                            + (theirs.get(j).line() + 1) + ") is missing here");
                }
                j++;
            } else {
                Item there = reportsMoves() ? find(theirs, mine.get(i).key()) : null;
                sink.report(mine.get(i).line() + 1, 1, noun() + " " + shown(mine.get(i).key()) + (there == null
                        ? " is not in the original"
                        : " is out of order: the original has it at line " + (there.line() + 1)));
                i++;
            }
        }
    }

    private static java.util.Set<String> keys(List<Item> items) {
        return items.stream().map(Item::key).collect(java.util.stream.Collectors.toSet());
    }

    private static Item find(List<Item> items, String key) {
        return items.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
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
