package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.LintedDocument;

/**
 * The tables of a document and their shapes (rows by columns), in source
 * order: grid and simple tables as docutils' table parsers delimit them
 * (docutils.parsers.rst.tableparser), and the list-table and flat-table
 * directives (two-level bullet lists; flat-table is the kernel's
 * Documentation/sphinx/rstFlatTable.py). Tables inside literal blocks and
 * comments are not tables. A header row counts as a row.
 */
final class TableShapes {
    /** One table: its first line (0-based), the line after it, kind, and shape. */
    record Shape(int line, int end, String kind, int rows, int columns) {
        String key() {
            return kind + " " + rows + "\u00d7" + columns;
        }
    }

    private static final Pattern GRID_TOP = Pattern.compile("\\+(-+\\+)+");
    private static final Pattern GRID_SEPARATOR = Pattern.compile("[+|][-=+| ]*[+|]");
    private static final Pattern SIMPLE_BORDER = Pattern.compile("=+( +=+)+");
    private static final Pattern SIMPLE_RULE = Pattern.compile("[-=]+( +[-=]+)*");
    private static final Pattern BULLET = Pattern.compile("[-*+] .*|[-*+]");

    private TableShapes() {
    }

    static List<Shape> of(LintedDocument doc, MarkupScan scan) {
        List<Shape> shapes = new ArrayList<>();
        List<String> lines = doc.lines();
        int i = 0;
        while (i < lines.size()) {
            MarkupScan.Kind kind = scan.kind(i);
            String s = lines.get(i).strip();
            if (kind == MarkupScan.Kind.LITERAL || kind == MarkupScan.Kind.COMMENT) {
                i++;
            } else if (s.startsWith("+") && GRID_TOP.matcher(s).matches()) {
                i = grid(lines, i, shapes);
            } else if (s.startsWith("=") && SIMPLE_BORDER.matcher(s).matches()
                    && (i == 0 || lines.get(i - 1).isEmpty())) {
                i = simple(lines, i, shapes);
            } else {
                i++;
            }
        }
        for (MarkupScan.Directive d : scan.directives()) {
            if (d.name().equals("list-table") || d.name().equals("flat-table")) {
                shapes.add(listTable(doc, d));
            }
        }
        shapes.sort(Comparator.comparingInt(Shape::line));
        return shapes;
    }

    /** The tables of the document, computed once per lint run. */
    static List<Shape> of(org.kdocs.lint.LintContext context) {
        return context.derived("table-shapes", () -> of(context.doc(), context.scan()));
    }

    /** A grid table: columns from the top border, rows from the separator lines below it. */
    private static int grid(List<String> lines, int top, List<Shape> shapes) {
        String border = lines.get(top).strip();
        int columns = (int) border.chars().filter(c -> c == '+').count() - 1;
        int rows = 0;
        int k = top + 1;
        while (k < lines.size() && !lines.get(k).isEmpty()) {
            String s = lines.get(k).strip();
            if (!s.startsWith("+") && !s.startsWith("|")) {
                break;
            }
            if (GRID_SEPARATOR.matcher(s).matches() && (s.contains("+-") || s.contains("+="))) {
                rows++;
            }
            k++;
        }
        shapes.add(new Shape(top, k, "grid table", rows, columns));
        return k;
    }

    /**
     * A simple table: it ends at a border followed by a blank line (or the
     * end); a text line whose first column is blank continues the row above.
     */
    private static int simple(List<String> lines, int top, List<Shape> shapes) {
        String first = lines.get(top);
        int indent = LintedDocument.indent(first);
        String border = first.strip();
        int columns = border.split(" +").length;
        int firstColumnEnd = indent + border.indexOf(' ');
        int rows = 0;
        int k = top + 1;
        int end = -1;
        for (; k < lines.size(); k++) {
            String l = lines.get(k);
            String s = l.strip();
            if (SIMPLE_BORDER.matcher(s).matches() || s.matches("=+")) {
                if (k + 1 >= lines.size() || lines.get(k + 1).isEmpty()) {
                    end = k + 1;
                    break;
                }
                continue;
            }
            if (s.isEmpty() || SIMPLE_RULE.matcher(s).matches()) {
                continue;
            }
            String head = l.substring(Math.min(indent, l.length()), Math.min(firstColumnEnd, l.length()));
            if (!head.isBlank()) {
                rows++;
            }
        }
        if (end < 0) {
            return top + 1; // no closing border: not a table
        }
        shapes.add(new Shape(top, end, "simple table", rows, columns));
        return end;
    }

    /** list-table and flat-table: rows are the outer items, columns the most inner items of a row. */
    private static Shape listTable(LintedDocument doc, MarkupScan.Directive d) {
        DirectiveBody body = DirectiveBody.of(doc, d);
        int rows = 0;
        int columns = 0;
        int cells = 0;
        int cellIndent = -1;
        for (String line : body.content()) {
            int indent = LintedDocument.indent(line);
            String s = line.strip();
            if (indent == 0 && BULLET.matcher(s).matches()) {
                columns = Math.max(columns, cells);
                rows++;
                String inner = s.substring(1).strip();
                cells = BULLET.matcher(inner).matches() ? 1 : 0;
                cellIndent = BULLET.matcher(inner).matches() ? s.length() - inner.length() : -1;
            } else if (rows > 0 && BULLET.matcher(s).matches() && (cellIndent < 0 || indent == cellIndent)) {
                cellIndent = indent;
                cells++;
            }
        }
        columns = Math.max(columns, cells);
        int end = body.lines().isEmpty() ? d.line() + 1 : body.lines().get(body.lines().size() - 1) + 1;
        return new Shape(d.line(), end, d.name(), rows, columns);
    }
}
