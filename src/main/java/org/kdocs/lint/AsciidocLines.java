package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the lines of an AsciiDoc document as Asciidoctor delimits its
 * blocks, as far as the rules need it: listing ({@code ----}), literal
 * ({@code ....}) and fenced ({@code ```}) blocks and indented literal
 * paragraphs are literal; line comments and comment blocks ({@code ////})
 * are comments; passthrough blocks, block attribute lines, block macros
 * ({@code include::x[]}) and the delimiters of other blocks are markup.
 * Section titles ({@code = Title}, {@code == Section}) are headings whose
 * text is prose. Attribute entries ({@code :Original: docs/x.adoc}) are the
 * document's fields.
 */
final class AsciidocLines {
    private static final Pattern ATTRIBUTE = Pattern.compile(":(!?\\w[^:]*):(?:[ \\t]+(.*))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SECTION = Pattern.compile("(={1,6})[ \\t]+(\\S.*?)(?:[ \\t]+=+)?");
    private static final Pattern VERBATIM = Pattern.compile("(-{4,}|\\.{4,}|`{3})(?:(?<=`)[\\w+-]+)?");
    private static final Pattern PASSTHROUGH = Pattern.compile("\\+{4,}");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("/{4,}");
    private static final Pattern CONTAINER = Pattern.compile("={4,}|\\*{4,}|_{4,}|--|[|,:!]===");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("\\[.*\\]");
    private static final Pattern BLOCK_MACRO = Pattern.compile("[a-z][\\w-]*::\\S*\\[.*\\]");

    private final List<String> lines;
    private final MarkupScan scan;
    private final List<Title> headings = new ArrayList<>();

    private AsciidocLines(List<String> lines) {
        this.lines = lines;
        this.scan = MarkupScan.ofProse(lines.size());
    }

    static ForeignMarkup scan(List<String> lines) {
        AsciidocLines asciidoc = new AsciidocLines(lines);
        asciidoc.run();
        return new ForeignMarkup(asciidoc.scan, List.copyOf(asciidoc.headings));
    }

    private void run() {
        boolean blockStart = true; // a literal paragraph starts a block: after a blank line or another block
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            boolean paragraph = false;
            if (line.isBlank()) {
                scan.mark(i++, MarkupScan.Kind.BLANK);
            } else if (COMMENT_BLOCK.matcher(line).matches()) {
                i = delimited(i, line, MarkupScan.Kind.COMMENT, MarkupScan.Kind.COMMENT);
            } else if (line.startsWith("//")) {
                scan.mark(i++, MarkupScan.Kind.COMMENT);
            } else if ((m = VERBATIM.matcher(line)).matches()) {
                int start = i;
                String delimiter = m.group(1);
                i = delimited(i, delimiter, MarkupScan.Kind.MARKUP, MarkupScan.Kind.LITERAL);
                int end = i - 1 > start && closes(lines.get(i - 1), delimiter) ? i - 1 : i;
                scan.addLiteral(new MarkupScan.Literal(start + 1, ForeignMarkup.text(lines, start + 1, end, 0)));
            } else if (PASSTHROUGH.matcher(line).matches()) {
                i = delimited(i, line, MarkupScan.Kind.MARKUP, MarkupScan.Kind.MARKUP);
            } else if (blockStart && line.startsWith(" ")) {
                i = literalParagraph(i);
            } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                scan.addField(new MarkupScan.Named(i, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
                scan.mark(i++, MarkupScan.Kind.MARKUP);
            } else if ((m = SECTION.matcher(line)).matches()) {
                headings.add(ForeignMarkup.heading(i, m.group(2).strip(), '=', m.group(1).length()));
                i++;
            } else if (CONTAINER.matcher(line).matches() || BLOCK_ATTRIBUTES.matcher(line).matches()
                    || BLOCK_MACRO.matcher(line).matches() || line.equals("+")) {
                scan.mark(i++, MarkupScan.Kind.MARKUP);
            } else {
                paragraph = true;
                i++;
            }
            blockStart = !paragraph;
        }
    }

    /**
     * A block from its opening delimiter to the same delimiter; the delimiters get {@code edges}, the lines
     * between them {@code body}. Returns the line after the closing delimiter (or the end of the document).
     */
    private int delimited(int start, String delimiter, MarkupScan.Kind edges, MarkupScan.Kind body) {
        scan.mark(start, edges);
        int k = start + 1;
        while (k < lines.size() && !closes(lines.get(k), delimiter)) {
            scan.mark(k, lines.get(k).isBlank() ? MarkupScan.Kind.BLANK : body);
            k++;
        }
        if (k < lines.size()) {
            scan.mark(k++, edges);
        }
        return k;
    }

    private static boolean closes(String line, String delimiter) {
        return line.equals(delimiter) || delimiter.startsWith("`") && line.equals("```");
    }

    private int literalParagraph(int start) {
        int k = start;
        int indent = Integer.MAX_VALUE;
        while (k < lines.size() && !lines.get(k).isBlank()) {
            scan.mark(k, MarkupScan.Kind.LITERAL);
            indent = Math.min(indent, SourceDoc.indent(lines.get(k)));
            k++;
        }
        scan.addLiteral(new MarkupScan.Literal(start, ForeignMarkup.text(lines, start, k, indent)));
        return k;
    }
}
