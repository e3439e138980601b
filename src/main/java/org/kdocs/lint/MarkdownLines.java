package org.kdocs.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the lines of a Markdown document by CommonMark's block
 * structure, as far as the rules need it: fenced and indented code blocks
 * are literal, HTML comments are comments, ATX and setext headings are
 * headings (their text is prose), thematic breaks, table delimiter rows,
 * link reference definitions and other HTML blocks are markup. Lines of the
 * form {@code :Name: value} before the first paragraph (under the title, as
 * a translation writes its {@code :Original:}) are the document's fields.
 */
final class MarkdownLines extends ForeignLines {
    private static final Pattern FENCE = Pattern.compile("( {0,3})(`{3,}|~{3,})(.*)");
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
    private static final Pattern BREAK = Pattern.compile(" {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?");
    private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:[ \\t]*\\S.*");
    private static final Pattern HTML_BLOCK = Pattern.compile(" {0,3}</?[A-Za-z][\\w-]*(\\s[^>]*)?/?>.*");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}([-+*]|\\d{1,9}[.)])([ \\t].*|$)");
    private static final Pattern FIELD = Pattern.compile(":([^:\\s][^:]*):(?: +(.*)|$)");

    MarkdownLines(List<String> lines) {
        super(lines);
    }

    @Override
    void run() {
        boolean leading = true; // no paragraph yet: fields may follow
        boolean leadingBeforeParagraph = true;
        boolean afterBlank = true;
        boolean inList = false;
        int paragraph = -1; // first line of the open paragraph, -1 when none is open
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank()) {
                scan.mark(i, MarkupScan.Kind.BLANK);
                afterBlank = true;
                paragraph = -1;
                i++;
                continue;
            }
            int indent = LintedDocument.indent(line);
            if ((m = FENCE.matcher(line)).matches() && !(m.group(2).startsWith("`") && m.group(3).contains("`"))) {
                Pattern closing = Pattern.compile(" {0,3}" + Pattern.quote(m.group(2).substring(0, 1)) + "{"
                        + m.group(2).length() + ",}[ \\t]*");
                i = delimited(i, l -> closing.matcher(l).matches(), MarkupScan.Kind.MARKUP, MarkupScan.Kind.LITERAL,
                        m.group(1).length());
                paragraph = -1;
            } else if (line.strip().startsWith("<!--")) {
                i = comment(i);
            } else if (paragraph < 0 && indent >= 4 && afterBlank && !inList) {
                i = indentedCode(i);
            } else if (paragraph < 0 && HTML_BLOCK.matcher(line).matches()) {
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    scan.mark(i++, MarkupScan.Kind.MARKUP);
                }
            } else if ((m = ATX.matcher(line)).matches()) {
                String title = m.group(2) == null ? "" : m.group(2).strip();
                heading(i, title, '#', m.group(1).length());
                paragraph = -1;
                i++;
            } else if (paragraph >= 0 && !inList && SETEXT.matcher(line).matches()) {
                char marker = line.strip().charAt(0);
                String title = String.join("\n", lines.subList(paragraph, i)).strip();
                heading(paragraph, title, marker, marker == '=' ? 1 : 2);
                scan.mark(i++, MarkupScan.Kind.MARKUP);
                paragraph = -1;
                leading = leadingBeforeParagraph; // the "paragraph" was a heading after all
            } else if (BREAK.matcher(line).matches()
                    || line.contains("-") && TABLE_DELIMITER.matcher(line.strip()).matches() && i > 0
                    && lines.get(i - 1).contains("|")
                    || paragraph < 0 && LINK_DEFINITION.matcher(line).matches()) {
                scan.mark(i++, MarkupScan.Kind.MARKUP);
                paragraph = -1;
            } else if (leading && (m = FIELD.matcher(line)).matches()) {
                scan.addField(new MarkupScan.Named(i, m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
                scan.mark(i++, MarkupScan.Kind.MARKUP);
            } else {
                if (LIST_ITEM.matcher(line).matches()) {
                    inList = true;
                } else if (indent == 0 && afterBlank) {
                    inList = false;
                }
                if (paragraph < 0) {
                    paragraph = i;
                    leadingBeforeParagraph = leading;
                }
                leading = false;
                i++;
            }
            afterBlank = false;
        }
    }

    private int comment(int start) {
        int k = start;
        while (k < lines.size()) {
            scan.mark(k, MarkupScan.Kind.COMMENT);
            if (lines.get(k++).contains("-->")) {
                break;
            }
        }
        return k;
    }

    private int indentedCode(int start) {
        int k = start;
        int end = start;
        while (k < lines.size() && (lines.get(k).isBlank() || LintedDocument.indent(lines.get(k)) >= 4)) {
            if (!lines.get(k).isBlank()) {
                scan.mark(k, MarkupScan.Kind.LITERAL);
                end = k + 1;
            } else {
                scan.mark(k, MarkupScan.Kind.BLANK);
            }
            k++;
        }
        literal(start, end, 4);
        return end;
    }
}
