package org.kdocs.writers.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Tables (docutils table, tgroup, colspec, thead, tbody, row, entry):
 * column widths become a colgroup in percent, {@code morecols} and
 * {@code morerows} become colspan and rowspan, header and stub cells
 * become {@code th}.
 */
final class TableHtml {
    private TableHtml() {
    }

    static void register(Map<NodeType, ElementRenderer> map) {
        map.put(NodeType.TABLE, TableHtml::table);
        map.put(NodeType.TGROUP, TableHtml::tgroup);
        map.put(NodeType.COLSPEC, (e, out) -> { }); // written by tgroup
        map.put(NodeType.THEAD, TableHtml::rows);
        map.put(NodeType.TBODY, TableHtml::rows);
        map.put(NodeType.ROW, (e, out) -> row(e, out, new IdentityHashMap<>()));
        map.put(NodeType.ENTRY, (e, out) -> out.wrap("td", e, null)); // an entry outside a row
    }

    private static void table(Element e, HtmlTranslator out) {
        String align = e.getString("align");
        String width = e.getString("width");
        out.open("table", e, "docutils" + (align == null ? "" : " align-" + align),
                "style", width == null ? null : "width: " + width);
        // the caption must come first inside table
        for (Node child : e.children()) {
            if (HtmlTranslator.isType(child, NodeType.TITLE)) {
                out.node(child);
            }
        }
        for (Node child : e.children()) {
            if (!HtmlTranslator.isType(child, NodeType.TITLE)) {
                out.node(child);
            }
        }
        out.close("table");
    }

    private static void tgroup(Element e, HtmlTranslator out) {
        List<Element> colspecs = new ArrayList<>();
        for (Node child : e.children()) {
            if (HtmlTranslator.isType(child, NodeType.COLSPEC)) {
                colspecs.add((Element) child);
            }
        }
        double total = 0;
        for (Element colspec : colspecs) {
            total += number(colspec.get("colwidth"));
        }
        boolean autoWidth = e.parent() != null && "auto".equals(e.parent().getString("widths"));
        if (!colspecs.isEmpty() && total > 0 && !autoWidth) {
            out.raw("<colgroup>");
            for (Element colspec : colspecs) {
                long percent = Math.round(100.0 * number(colspec.get("colwidth")) / total);
                out.raw("<col style=\"width: " + percent + "%\">");
            }
            out.raw("</colgroup>");
        }
        for (Node child : e.children()) {
            if (!HtmlTranslator.isType(child, NodeType.COLSPEC)) {
                out.node(child);
            }
        }
    }

    private static void rows(Element part, HtmlTranslator out) {
        Map<Element, Integer> columns = columns(part);
        out.open(part.tagname(), part, null);
        for (Node child : part.children()) {
            if (child instanceof Element row && row.is(NodeType.ROW)) {
                row(row, out, columns);
            } else {
                out.node(child);
            }
        }
        out.close(part.tagname());
    }

    // the column where each entry starts, skipping cells that row spans from above occupy
    private static Map<Element, Integer> columns(Element part) {
        Map<Element, Integer> columns = new IdentityHashMap<>();
        Map<Integer, Integer> busyUntilRow = new HashMap<>();
        int rowIndex = 0;
        for (Node child : part.children()) {
            if (!(child instanceof Element row) || !row.is(NodeType.ROW)) {
                continue;
            }
            int column = 0;
            for (Node cell : row.children()) {
                if (!(cell instanceof Element entry) || !entry.is(NodeType.ENTRY)) {
                    continue;
                }
                while (busyUntilRow.getOrDefault(column, -1) >= rowIndex) {
                    column++;
                }
                columns.put(entry, column);
                int cols = (int) number(entry.get("morecols"));
                int rows = (int) number(entry.get("morerows"));
                for (int c = column; c <= column + cols; c++) {
                    busyUntilRow.put(c, rowIndex + rows);
                }
                column += cols + 1;
            }
            rowIndex++;
        }
        return columns;
    }

    private static void row(Element row, HtmlTranslator out, Map<Element, Integer> columns) {
        boolean header = row.parent() != null && row.parent().is(NodeType.THEAD);
        List<Element> colspecs = new ArrayList<>();
        Element tgroup = row.parent() == null ? null : row.parent().parent();
        if (tgroup != null) {
            for (Node child : tgroup.children()) {
                if (HtmlTranslator.isType(child, NodeType.COLSPEC)) {
                    colspecs.add((Element) child);
                }
            }
        }
        out.open("tr", row, null);
        int column = 0;
        for (Node child : row.children()) {
            if (!(child instanceof Element entry) || !entry.is(NodeType.ENTRY)) {
                out.node(child);
                continue;
            }
            column = columns.getOrDefault(entry, column);
            boolean stub = column < colspecs.size() && colspecs.get(column).get("stub") != null
                    && !Boolean.FALSE.equals(colspecs.get(column).get("stub"))
                    && !"0".equals(colspecs.get(column).getString("stub"));
            String tag = header || stub ? "th" : "td";
            int cols = (int) number(entry.get("morecols"));
            int rows = (int) number(entry.get("morerows"));
            out.open(tag, entry, stub && !header ? "stub" : null,
                    "colspan", cols > 0 ? String.valueOf(cols + 1) : null,
                    "rowspan", rows > 0 ? String.valueOf(rows + 1) : null);
            out.children(entry);
            out.close(tag);
            column += cols + 1;
        }
        out.close("tr");
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException ignored) {
                return 0;
            }
        }
        return 0;
    }
}
