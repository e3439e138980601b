package org.kdocs.lint;

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
final class AsciidocLines extends ForeignLines {
    private static final Pattern ATTRIBUTE = Pattern.compile(":(!?\\w[^:]*):(?:[ \\t]+(.*))?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SECTION = Pattern.compile("(={1,6})[ \\t]+(\\S.*?)(?:[ \\t]+=+)?");
    private static final Pattern VERBATIM = Pattern.compile("(-{4,}|\\.{4,}|`{3})(?:(?<=`)[\\w+-]+)?");
    private static final Pattern PASSTHROUGH = Pattern.compile("\\+{4,}");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("/{4,}");
    private static final Pattern CONTAINER = Pattern.compile("={4,}|\\*{4,}|_{4,}|--|[|,:!]===");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("\\[.*\\]");
    private static final Pattern BLOCK_MACRO = Pattern.compile("[a-z][\\w-]*::\\S*\\[.*\\]");

    AsciidocLines(List<String> lines) {
        super(lines);
    }

    @Override
    void run() {
        boolean blockStart = true; // a literal paragraph starts a block: after a blank line or another block
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            boolean paragraph = false;
            if (line.isBlank()) {
                scan.mark(i++, MarkupScan.Kind.BLANK);
            } else if (COMMENT_BLOCK.matcher(line).matches()) {
                i = delimited(i, line::equals, MarkupScan.Kind.COMMENT, MarkupScan.Kind.COMMENT, -1);
            } else if (line.startsWith("//")) {
                scan.mark(i++, MarkupScan.Kind.COMMENT);
            } else if ((m = VERBATIM.matcher(line)).matches()) {
                String delimiter = m.group(1); // a ``` fence with a language closes with a bare ```
                i = delimited(i, delimiter::equals, MarkupScan.Kind.MARKUP, MarkupScan.Kind.LITERAL, 0);
            } else if (PASSTHROUGH.matcher(line).matches()) {
                i = delimited(i, line::equals, MarkupScan.Kind.MARKUP, MarkupScan.Kind.MARKUP, -1);
            } else if (blockStart && line.startsWith(" ")) {
                i = literalParagraph(i);
            } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                scan.addField(new MarkupScan.Named(i, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
                scan.mark(i++, MarkupScan.Kind.MARKUP);
            } else if ((m = SECTION.matcher(line)).matches()) {
                heading(i, m.group(2).strip(), '=', m.group(1).length());
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

    private int literalParagraph(int start) {
        int k = start;
        int indent = Integer.MAX_VALUE;
        while (k < lines.size() && !lines.get(k).isBlank()) {
            scan.mark(k, MarkupScan.Kind.LITERAL);
            indent = Math.min(indent, LintedDocument.indent(lines.get(k)));
            k++;
        }
        literal(start, k, indent);
        return k;
    }
}
