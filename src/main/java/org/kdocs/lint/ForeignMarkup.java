package org.kdocs.lint;

import java.util.List;

/**
 * The line inventory and the headings of an AsciiDoc or Markdown document:
 * the same {@link MarkupScan} kinds as for reStructuredText (prose, literal,
 * comment, markup), its literal blocks and its leading {@code :Name: value}
 * fields, so the rules that read only prose, code or fields work on every
 * format. Headings are titles without adornment lines: {@code overline} and
 * {@code underline} are -1, {@code adornment} is the heading marker.
 */
record ForeignMarkup(MarkupScan scan, List<Title> headings) {

    static ForeignMarkup of(SourceDoc doc) {
        return switch (SourceFormat.of(doc.name())) {
            case MARKDOWN -> MarkdownLines.scan(doc.lines());
            case ASCIIDOC -> AsciidocLines.scan(doc.lines());
            case RST -> throw new IllegalArgumentException("reStructuredText has its own scanner: " + doc.name());
        };
    }

    /** A heading at a 0-based line, as a section title the parity rules can compare. */
    static Title heading(int line, String text, char marker, int level) {
        return new Title(Title.Status.ACCEPTED, -1, line, -1, text, marker, 0, 0, level);
    }

    /** The lines [from, to) with {@code indent} leading spaces removed where present, each ending in '\n'. */
    static String text(List<String> lines, int from, int to, int indent) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            String line = lines.get(k);
            int strip = Math.min(indent, SourceDoc.indent(line));
            out.append(line.substring(strip)).append('\n');
        }
        return out.toString();
    }
}
