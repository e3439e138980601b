package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Prose;

/**
 * The prose lines of a document, masked (see {@link Prose#mask}), in document order; the punctuation
 * rules walk them ({@code for (ProseLine line : ProseLines.of(context))}) and report through
 * {@link ProseLine#report}.
 */
record ProseLines(List<ProseLine> lines) implements Iterable<ProseLine> {

    static ProseLines of(LintContext context) {
        return context.derived("prose-lines", () -> compute(context));
    }

    private static ProseLines compute(LintContext context) {
        List<ProseLine> lines = new ArrayList<>();
        List<String> raw = context.doc().rawLines();
        for (int i = 0; i < raw.size(); i++) {
            if (context.scan().kind(i) == MarkupScan.Kind.PROSE) {
                String line = i == 0 && raw.get(0).startsWith("\uFEFF") ? " " + raw.get(0).substring(1) : raw.get(i);
                lines.add(new ProseLine(i, Prose.mask(line)));
            }
        }
        return new ProseLines(List.copyOf(lines));
    }

    @Override
    public Iterator<ProseLine> iterator() {
        return lines.iterator();
    }

    /** Runs of consecutive prose lines (paragraphs). */
    List<List<ProseLine>> paragraphs() {
        List<List<ProseLine>> groups = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= lines.size(); k++) {
            if (k == lines.size() || lines.get(k).index() != lines.get(k - 1).index() + 1) {
                if (start < k) {
                    groups.add(lines.subList(start, k));
                }
                start = k;
            }
        }
        return groups;
    }
}
