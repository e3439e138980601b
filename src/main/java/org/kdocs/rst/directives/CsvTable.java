package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.blocks.table.TableBuilder;
import org.kdocs.rst.blocks.table.TableStructure;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.source.SourceLines;

/**
 * The csv-table directive (docutils directives/tables.py CSVTable): rows
 * from CSV content or a file under the include root (URLs are not
 * fetched), with a separate header option and docutils' dialect options.
 */
final class CsvTable {
    private CsvTable() {
    }

    static List<Node> run(DirectiveCall call) throws DirectiveError {
        Map<String, Object> options = call.options();
        boolean external = options.containsKey("file") || options.containsKey("url");
        if (!call.context().settings().fileInsertionEnabled() && external) {
            throw DirectiveError.warning("File and URL access deactivated; ignoring \"" + call.name()
                    + "\" directive.");
        }
        List<Element> messages = new ArrayList<>();
        Element title = Tables.title(call, messages);
        List<String> data;
        String source;
        if (!call.content().isEmpty()) {
            if (external) {
                throw DirectiveError.error("\"" + call.name() + "\" directive may not both specify an external file"
                        + " and have content.");
            }
            source = call.content().source(0);
            data = call.content().lines();
        } else if (options.containsKey("file")) {
            if (options.containsKey("url")) {
                throw DirectiveError.error("The \"file\" and \"url\" options may not be simultaneously specified for"
                        + " the \"" + call.name() + "\" directive.");
            }
            IncludedFile file = IncludedFile.resolve(call, (String) options.get("file"), false);
            source = file.displayPath();
            data = org.kdocs.tree.PyText.splitlines(file.read(call, (String) options.get("encoding")));
        } else if (options.containsKey("url")) {
            throw DirectiveError.severe("Problems with \"" + call.name() + "\" directive URL \"" + options.get("url")
                    + "\":\nURL access is not supported.");
        } else {
            throw DirectiveError.warning("The \"" + call.name() + "\" directive requires content; none supplied.");
        }
        List<List<TableStructure.Cell>> head = new ArrayList<>();
        int maxHeaderCols = 0;
        List<List<TableStructure.Cell>> rows;
        try {
            if (options.containsKey("header")) {
                List<List<String>> headerRows = CsvReader.read(List.of(((String) options.get("header")).split("\n",
                        -1)), new CsvReader.Dialect(',', '"', '\\', false, true));
                for (List<String> row : headerRows) {
                    head.add(cells(row, source));
                    maxHeaderCols = Math.max(maxHeaderCols, row.size());
                }
            }
            rows = new ArrayList<>();
            for (List<String> row : CsvReader.read(data, dialect(options))) {
                rows.add(cells(row, source));
            }
        } catch (CsvReader.CsvError error) {
            throw DirectiveError.error("Error with CSV data in \"" + call.name() + "\" directive:\n"
                    + error.getMessage());
        }
        int maxCols = maxHeaderCols;
        List<Integer> rowLengths = new ArrayList<>();
        for (List<TableStructure.Cell> row : rows) {
            maxCols = Math.max(maxCols, row.size());
            rowLengths.add(row.size());
        }
        int headerRows = Tables.intOption(call, "header-rows");
        int stubColumns = Tables.intOption(call, "stub-columns");
        Tables.checkDimensions(call, rowLengths, headerRows, stubColumns);
        head.addAll(rows.subList(0, headerRows));
        List<List<TableStructure.Cell>> body = new ArrayList<>(rows.subList(headerRows, rows.size()));
        List<Integer> widths = Tables.columnWidths(call, maxCols);
        padRows(head, maxCols, source);
        padRows(body, maxCols, source);
        TableStructure structure = new TableStructure(widths, head, body);
        Element table = new TableBuilder(call.context()).build(structure, call.contentOffset(), stubColumns,
                Tables.widthsClass(Tables.widths(call)));
        table.classes().addAll(DirectiveSupport.classes(options));
        Tables.finish(call, table);
        if (title != null) {
            table.insert(0, title);
        }
        return DirectiveSupport.nodes(table, messages);
    }

    private static CsvReader.Dialect dialect(Map<String, Object> options) throws CsvReader.CsvError {
        for (String name : List.of("delim", "quote", "escape")) {
            if ("".equals(options.get(name))) {
                String what = name.equals("delim") ? "delimiter" : name.equals("quote") ? "quotechar" : "escapechar";
                throw new CsvReader.CsvError("\"" + what + "\" must be a 1-character string");
            }
        }
        int delimiter = options.containsKey("delim") ? ((String) options.get("delim")).codePointAt(0) : ',';
        int quote = options.containsKey("quote") ? ((String) options.get("quote")).codePointAt(0) : '"';
        boolean escaped = options.containsKey("escape");
        int escape = escaped ? ((String) options.get("escape")).codePointAt(0) : -1;
        return new CsvReader.Dialect(delimiter, quote, escape, !escaped, !options.containsKey("keepspace"));
    }

    private static List<TableStructure.Cell> cells(List<String> row, String source) {
        List<TableStructure.Cell> cells = new ArrayList<>();
        for (String text : row) {
            cells.add(Tables.csvCell(text, source));
        }
        return cells;
    }

    private static void padRows(List<List<TableStructure.Cell>> rows, int columns, String source) {
        for (int i = 0; i < rows.size(); i++) {
            List<TableStructure.Cell> row = new ArrayList<>(rows.get(i));
            while (row.size() < columns) {
                row.add(new TableStructure.Cell(0, 0, 0, new SourceLines()));
            }
            rows.set(i, row);
        }
    }
}
