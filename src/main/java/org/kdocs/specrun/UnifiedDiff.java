package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of expected against actual lines, with three lines of
 * context, for showing why an example's output did not match.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private enum Op { KEEP, DELETE, INSERT }

    private record Edit(Op op, String line, int oldIndex, int newIndex) {
    }

    /** The diff text, starting with --- and +++ lines; empty when the lists are equal. */
    public static String diff(String oldName, List<String> expected, String newName, List<String> actual) {
        List<Edit> edits = edits(expected, actual);
        if (edits.stream().allMatch(e -> e.op() == Op.KEEP)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == Op.KEEP) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // extend the hunk while changes are within 2*CONTEXT lines of each other
            int lastChange = i;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).op() != Op.KEEP) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Edit e : hunk) {
            if (e.op() != Op.INSERT) {
                oldCount++;
                if (oldStart < 0) {
                    oldStart = e.oldIndex();
                }
            }
            if (e.op() != Op.DELETE) {
                newCount++;
                if (newStart < 0) {
                    newStart = e.newIndex();
                }
            }
        }
        out.append("@@ -").append(range(oldStart, oldCount, hunk.get(0).oldIndex()))
                .append(" +").append(range(newStart, newCount, hunk.get(0).newIndex())).append(" @@\n");
        for (Edit e : hunk) {
            out.append(switch (e.op()) {
                case KEEP -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            }).append(e.line()).append('\n');
        }
    }

    private static String range(int start, int count, int fallback) {
        int first = count == 0 ? fallback : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    // Longest common subsequence; outputs are small (tens to hundreds of lines).
    private static List<Edit> edits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Op.KEEP, a.get(i), i++, j++));
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit(Op.DELETE, a.get(i), i++, j));
            } else {
                edits.add(new Edit(Op.INSERT, b.get(j), i, j++));
            }
        }
        return edits;
    }
}
