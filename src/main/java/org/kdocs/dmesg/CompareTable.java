package org.kdocs.dmesg;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kernel test robot's comparison of two configurations of the same
 * example: per failure signature, {@code fail:runs} on each side and the
 * difference of the failure rates as {@code %reproduction}, in the robot's
 * fixed column layout.
 */
public final class CompareTable {
    private CompareTable() {
    }

    /** One side: a name (a commit or configuration), how many runs, and failures per signature. */
    public record Side(String name, int runs, Map<String, Integer> failures) {
    }

    public static String format(Side left, Side right) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-16s %s%n", left.name(), right.name()));
        out.append("---------------- ---------------------------\n");
        out.append("       fail:runs  %reproduction    fail:runs\n");
        out.append("           |             |             |\n");
        Set<String> signatures = new LinkedHashSet<>(left.failures().keySet());
        signatures.addAll(right.failures().keySet());
        List<String> rows = new ArrayList<>();
        for (String signature : signatures) {
            int l = left.failures().getOrDefault(signature, 0);
            int r = right.failures().getOrDefault(signature, 0);
            double change = 100.0 * r / right.runs() - 100.0 * l / left.runs();
            rows.add(String.format("%15s%12s%16s   %s%n", count(l, left.runs()), Math.round(change) + "%",
                    count(r, right.runs()), signature));
        }
        rows.forEach(out::append);
        return out.toString();
    }

    private static String count(int failures, int runs) {
        return (failures == 0 ? "" : String.valueOf(failures)) + ":" + runs;
    }
}
