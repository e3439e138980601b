package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * A {@code spec-table}: a documentation table whose rows are checks. The
 * header names the model's inputs; the last column is the expected result.
 *
 * @param rows body rows as cell texts, with the line of each row
 */
public record SpecTable(String file, int line, String model, String name, List<String> headers, List<Row> rows) {

    /** One body row: its cells and the document line it starts on. */
    public record Row(int line, List<String> cells) {
    }

    /** Reads the first table inside a spec_table node. */
    public static SpecTable of(Element node, String file) {
        Element table = node.findAll(NodeType.TABLE).get(0);
        List<String> headers = new ArrayList<>();
        for (Element head : table.findAll(NodeType.THEAD)) {
            for (Element row : head.findAll(NodeType.ROW)) {
                headers = cells(row);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Element body : table.findAll(NodeType.TBODY)) {
            for (Element row : body.findAll(NodeType.ROW)) {
                Node located = row.findAll(NodeType.PARAGRAPH).stream().findFirst().map(Node.class::cast).orElse(row);
                rows.add(new Row(located.line() > 0 ? located.line() : node.line(), cells(row)));
            }
        }
        return new SpecTable(file, node.line(), node.getString("model"), node.getString("name"), headers, rows);
    }

    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node child : row.children()) {
            cells.add(child.astext().strip());
        }
        return cells;
    }
}
