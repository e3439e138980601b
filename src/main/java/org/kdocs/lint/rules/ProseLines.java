package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Prose;

/** The prose lines of a document, masked (see {@link Prose#mask}), with their 0-based indexes. */
record ProseLines(List<Integer> indexes, List<String> masked) {

    static ProseLines of(LintContext context) {
        return context.derived("prose-lines", () -> compute(context));
    }

    private static ProseLines compute(LintContext context) {
        List<Integer> indexes = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        List<String> raw = context.doc().rawLines();
        for (int i = 0; i < raw.size(); i++) {
            if (context.scan().kind(i) == MarkupScan.Kind.PROSE) {
                String line = i == 0 && raw.get(0).startsWith("\uFEFF") ? " " + raw.get(0).substring(1) : raw.get(i);
                indexes.add(i);
                masked.add(Prose.mask(line));
            }
        }
        return new ProseLines(indexes, masked);
    }

    /** Groups of consecutive prose lines (paragraphs), as index ranges into this list. */
    List<int[]> paragraphs() {
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= indexes.size(); k++) {
            if (k == indexes.size() || indexes.get(k) != indexes.get(k - 1) + 1) {
                if (start < k) {
                    groups.add(new int[] {start, k});
                }
                start = k;
            }
        }
        return groups;
    }
}
