package org.kdocs.lint;

import java.util.List;

/**
 * The line inventory and the headings of an AsciiDoc or Markdown document:
 * the same {@link MarkupScan} kinds as for reStructuredText (prose, literal,
 * comment, markup), its literal blocks and its {@code :Name: value} fields,
 * so the rules that read only prose, code or fields work on every format.
 * Headings are titles without adornment lines: {@code overline} and
 * {@code underline} are -1, {@code adornment} is the heading marker.
 */
record ForeignMarkup(MarkupScan scan, List<Title> headings) {

    static ForeignMarkup of(LintedDocument doc) {
        return switch (SourceFormat.of(doc.name())) {
            case MARKDOWN -> new MarkdownLines(doc.lines()).markup();
            case ASCIIDOC -> new AsciidocLines(doc.lines()).markup();
            case RST -> throw new IllegalArgumentException("reStructuredText has its own scanner: " + doc.name());
        };
    }
}
