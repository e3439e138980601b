package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the Markdown and AsciiDoc line scanners share: the lines, the
 * inventory they fill in, the headings they find, and delimited blocks
 * (a fence or delimiter line, the body, the closing line).
 */
abstract class ForeignLines {
    final List<String> lines;
    final MarkupScan scan;
    private final List<Title> headings = new ArrayList<>();

    ForeignLines(List<String> lines) {
        this.lines = lines;
        this.scan = MarkupScan.ofProse(lines.size());
    }

    /** Classifies every line, filling in {@link #scan} and the headings. */
    abstract void run();

    final ForeignMarkup markup() {
        run();
        return new ForeignMarkup(scan, List.copyOf(headings));
    }

    /** A heading at a 0-based line, as a section title the parity rules can compare (no adornment lines). */
    final void heading(int line, String text, char marker, int level) {
        headings.add(new Title(Title.Status.ACCEPTED, -1, line, -1, text, marker, 0, 0, level));
    }

    /**
     * A block from its opening line at {@code start} to the first line that {@code closes} it (or the end of
     * the document): the delimiters get {@code edges}, the lines between them {@code body}, blank lines stay
     * blank. With {@code literalIndent} of 0 or more, the body is also a literal block, with up to that many
     * leading spaces removed. Returns the line after the block.
     */
    final int delimited(int start, Predicate<String> closes, MarkupScan.Kind edges, MarkupScan.Kind body,
            int literalIndent) {
        scan.mark(start, edges);
        int k = start + 1;
        while (k < lines.size() && !closes.test(lines.get(k))) {
            scan.mark(k, lines.get(k).isBlank() ? MarkupScan.Kind.BLANK : body);
            k++;
        }
        if (literalIndent >= 0) {
            literal(start + 1, k, literalIndent);
        }
        if (k < lines.size()) {
            scan.mark(k++, edges);
        }
        return k;
    }

    /** Lines [from, to) as a literal block, with up to {@code indent} leading spaces removed from each. */
    final void literal(int from, int to, int indent) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            String line = lines.get(k);
            text.append(line.substring(Math.min(indent, LintedDocument.indent(line)))).append('\n');
        }
        scan.addLiteral(new MarkupScan.Literal(from, text.toString()));
    }
}
