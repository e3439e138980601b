package org.kdocs.rst.blocks.table;

import java.util.List;

import org.kdocs.rst.directives.DirectiveContext;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;

/**
 * Builds {@code table} elements: from a parsed {@link TableStructure}
 * (docutils states.Body.build_table, also used by csv-table) and from
 * already-parsed cell nodes (docutils ListTable.build_table_from_list).
 * Cell text is parsed as body elements through the directive context.
 */
public final class TableBuilder {
    /** Which class the table gets from the directive's "widths" option. */
    public enum ColumnWidths {
        /** No widths option: no class. */
        DEFAULT,
        /** widths: auto, class colwidths-auto. */
        AUTO,
        /** widths: grid or a list, class colwidths-given. */
        GIVEN
    }

    private final DirectiveContext context;

    public TableBuilder(DirectiveContext context) {
        this.context = context;
    }

    /** A plain table from a grid or simple table; tableLine is the absolute offset of its first line. */
    public Element build(TableStructure structure, int tableLine) {
        return build(structure, tableLine, 0, ColumnWidths.DEFAULT);
    }

    /** The table; cell content is parsed at tableLine plus the cell's offset. */
    public Element build(TableStructure structure, int tableLine, int stubColumns, ColumnWidths widths) {
        Element table = newTable(widths);
        Element tgroup = new Element(NodeType.TGROUP).set("cols", structure.columnWidths().size());
        table.add(tgroup);
        int stubs = stubColumns;
        for (int width : structure.columnWidths()) {
            Element colspec = new Element(NodeType.COLSPEC).set("colwidth", width);
            if (stubs > 0) {
                colspec.set("stub", 1);
                stubs--;
            }
            tgroup.add(colspec);
        }
        if (!structure.headRows().isEmpty()) {
            Element thead = new Element(NodeType.THEAD);
            tgroup.add(thead);
            for (List<TableStructure.Cell> row : structure.headRows()) {
                thead.add(buildRow(row, tableLine));
            }
        }
        Element tbody = new Element(NodeType.TBODY);
        tgroup.add(tbody);
        for (List<TableStructure.Cell> row : structure.bodyRows()) {
            tbody.add(buildRow(row, tableLine));
        }
        return table;
    }

    private Element buildRow(List<TableStructure.Cell> cells, int tableLine) {
        Element row = new Element(NodeType.ROW);
        for (TableStructure.Cell cell : cells) {
            Element entry = new Element(NodeType.ENTRY);
            if (cell.moreRows() != 0) {
                entry.set("morerows", cell.moreRows());
            }
            if (cell.moreCols() != 0) {
                entry.set("morecols", cell.moreCols());
            }
            row.add(entry);
            if (!String.join("", cell.content().lines()).isEmpty()) {
                context.nestedParse(cell.content(), tableLine + cell.offset(), entry);
            }
        }
        return row;
    }

    /**
     * A table from cells whose content is already parsed (list-table).
     * A null column width leaves the colspec without colwidth.
     */
    public static Element buildFromList(List<List<List<Node>>> rows, List<Integer> columnWidths, int headerRows,
            int stubColumns, ColumnWidths widths) {
        Element table = newTable(widths);
        Element tgroup = new Element(NodeType.TGROUP).set("cols", columnWidths.size());
        table.add(tgroup);
        int stubs = stubColumns;
        for (Integer width : columnWidths) {
            Element colspec = new Element(NodeType.COLSPEC);
            if (width != null) {
                colspec.set("colwidth", width);
            }
            if (stubs > 0) {
                colspec.set("stub", 1);
                stubs--;
            }
            tgroup.add(colspec);
        }
        Element thead = new Element(NodeType.THEAD);
        Element tbody = new Element(NodeType.TBODY);
        for (int i = 0; i < rows.size(); i++) {
            Element row = new Element(NodeType.ROW);
            for (List<Node> cell : rows.get(i)) {
                row.add(new Element(NodeType.ENTRY).addAll(cell));
            }
            (i < headerRows ? thead : tbody).add(row);
        }
        if (headerRows > 0) {
            tgroup.add(thead);
        }
        tgroup.add(tbody);
        return table;
    }

    private static Element newTable(ColumnWidths widths) {
        Element table = new Element(NodeType.TABLE);
        if (widths == ColumnWidths.AUTO) {
            table.classes().add("colwidths-auto");
        } else if (widths == ColumnWidths.GIVEN) {
            table.classes().add("colwidths-given");
        }
        return table;
    }

    /**
     * The "Malformed table." error quoting the table (docutils
     * Body.malformed_table); startLine is the absolute line number of the
     * table's first line, offset the line of the problem within it.
     */
    public static Element malformedTable(Reporter reporter, SourceLines block, String detail, int startLine,
            int offset) {
        String data = String.join("\n", block.lines()).replace("\0", "");
        String message = "Malformed table." + (detail == null || detail.isEmpty() ? "" : "\n" + detail);
        Element literal = new Element(NodeType.LITERAL_BLOCK, data);
        literal.add(new org.kdocs.tree.Text(data));
        return reporter.error(message, startLine + offset, literal);
    }
}
