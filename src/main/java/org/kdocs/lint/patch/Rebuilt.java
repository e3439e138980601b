package org.kdocs.lint.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A file rebuilt from a patch: its lines, and for each line the patch line
 * it came from (0 when it came from the tree, not from the patch) with the
 * width of the patch line's prefix ("+", quote marks).
 */
record Rebuilt(String path, List<String> lines, List<int[]> origins, boolean fragment, List<String> problems) {

    /** The new file of a creation patch: its added lines. */
    static Rebuilt created(Patch.FileDiff diff) {
        List<String> lines = new ArrayList<>();
        List<int[]> origins = new ArrayList<>();
        for (Patch.Hunk h : diff.hunks()) {
            for (Patch.HunkLine l : h.lines()) {
                if (l.kind() != '-') {
                    lines.add(l.text());
                    origins.add(new int[] {l.patchLine(), l.prefixWidth()});
                }
            }
        }
        return new Rebuilt(diff.newPath(), lines, origins, false, List.of());
    }

    /** Without the old file: each hunk's new side, separated by blank lines. */
    static Rebuilt fragments(Patch.FileDiff diff) {
        List<String> lines = new ArrayList<>();
        List<int[]> origins = new ArrayList<>();
        for (Patch.Hunk h : diff.hunks()) {
            if (!lines.isEmpty()) {
                lines.add("");
                origins.add(new int[] {0, 0});
            }
            for (Patch.HunkLine l : h.lines()) {
                if (l.kind() != '-') {
                    lines.add(l.text());
                    origins.add(new int[] {l.patchLine(), l.prefixWidth()});
                }
            }
        }
        return new Rebuilt(diff.newPath(), lines, origins, true, List.of());
    }

    /** The old file with the hunks applied; a hunk whose context is not found is a problem, not applied. */
    static Rebuilt applied(Patch.FileDiff diff, List<String> old) {
        List<String> lines = new ArrayList<>();
        List<int[]> origins = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int cursor = 0; // next old line to copy
        for (Patch.Hunk h : diff.hunks()) {
            List<String> expected = h.lines().stream().filter(l -> l.kind() != '+').map(Patch.HunkLine::text).toList();
            int at = locate(old, expected, Math.min(Math.max(h.oldStart() - 1, 0), old.size()), cursor);
            if (at < 0) {
                problems.add("hunk at patch line " + h.headerLine() + " does not apply to " + diff.oldPath());
                continue;
            }
            while (cursor < at) {
                lines.add(old.get(cursor++));
                origins.add(new int[] {0, 0});
            }
            for (Patch.HunkLine l : h.lines()) {
                if (l.kind() == '+' || l.kind() == ' ') {
                    lines.add(l.text());
                    origins.add(new int[] {l.patchLine(), l.prefixWidth()});
                }
            }
            cursor = at + expected.size();
        }
        while (cursor < old.size()) {
            lines.add(old.get(cursor++));
            origins.add(new int[] {0, 0});
        }
        return new Rebuilt(diff.newPath(), lines, origins, false, problems);
    }

    /** Where the hunk's old lines occur, nearest to the line the header names, not before {@code min}. */
    private static int locate(List<String> old, List<String> expected, int hint, int min) {
        int limit = old.size() - expected.size();
        for (int delta = 0; delta <= old.size(); delta++) {
            for (int at : new int[] {hint - delta, hint + delta}) {
                if (at >= min && at <= limit && matches(old, expected, at)) {
                    return at;
                }
            }
            if (hint - delta < min && hint + delta > limit) {
                break;
            }
        }
        return -1;
    }

    private static boolean matches(List<String> old, List<String> expected, int at) {
        for (int k = 0; k < expected.size(); k++) {
            if (!old.get(at + k).stripTrailing().equals(expected.get(k).stripTrailing())) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
