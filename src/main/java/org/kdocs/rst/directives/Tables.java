package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.blocks.table.TableBuilder;
import org.kdocs.rst.blocks.table.TableBuilder.ColumnWidths;
import org.kdocs.rst.blocks.table.TableStructure;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * The table directives (docutils directives/tables.py): table (a title
 * and options for a grid or simple table), csv-table and list-table.
 */
final class Tables implements Directive {
    private enum Kind { TABLE, CSV, LIST }

    private final Kind kind;

    private Tables(Kind kind) {
        this.kind = kind;
    }

    static void registerAll(DirectiveRegistry registry) {
        registry.register("table", () -> new Tables(Kind.TABLE));
        registry.register("csv-table", () -> new Tables(Kind.CSV));
        registry.register("list-table", () -> new Tables(Kind.LIST));
    }

    private static final Map<Kind, DirectiveSyntax> SYNTAX = new EnumMap<>(Kind.class);

    static {
        for (Kind kind : Kind.values()) {
            SYNTAX.put(kind, DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace().withOptions(options(kind))
                    .withContent());
        }
    }

    @Override
    public DirectiveSyntax syntax() {
        return SYNTAX.get(kind);
    }

    private static Map<String, OptionConverter> options(Kind kind) {
        Map<String, OptionConverter> spec = new LinkedHashMap<>();
        if (kind != Kind.TABLE) {
            spec.put("header-rows", Options.NONNEGATIVE_INT);
            spec.put("stub-columns", Options.NONNEGATIVE_INT);
        }
        spec.put("class", Options.CLASS_OPTION);
        spec.put("name", Options.UNCHANGED);
        spec.put("align", Options.choice("left", "center", "right"));
        spec.put("width", Options.LENGTH_OR_PERCENTAGE_OR_UNITLESS);
        spec.put("widths", Options.valueOr(kind == Kind.TABLE ? List.of("auto", "grid") : List.of("auto"),
                Options.POSITIVE_INT_LIST));
        if (kind == Kind.CSV) {
            spec.put("header", Options.UNCHANGED);
            spec.put("file", Options.PATH);
            spec.put("url", Options.URI);
            spec.put("encoding", Options.ENCODING);
            spec.put("delim", Options.SINGLE_CHAR_OR_WHITESPACE_OR_UNICODE);
            spec.put("keepspace", Options.FLAG);
            spec.put("quote", Options.SINGLE_CHAR_OR_UNICODE);
            spec.put("escape", Options.SINGLE_CHAR_OR_UNICODE);
        }
        return spec;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        return switch (kind) {
            case TABLE -> rstTable(call);
            case CSV -> CsvTable.run(call);
            case LIST -> listTable(call);
        };
    }

    static Object widths(DirectiveCall call) {
        Object widths = call.options().get("widths");
        return widths == null ? "" : widths;
    }

    static ColumnWidths widthsClass(Object widths) {
        if ("auto".equals(widths)) {
            return ColumnWidths.AUTO;
        }
        return widths instanceof List<?> || "grid".equals(widths) ? ColumnWidths.GIVEN : ColumnWidths.DEFAULT;
    }

    /** The title from the argument, located at the directive line, or null. */
    static Element title(DirectiveCall call, List<Element> messages) {
        if (call.arguments().isEmpty()) {
            return null;
        }
        Element title = DirectiveSupport.title(call, call.arguments().get(0), messages);
        DirectiveSupport.locate(call, title);
        return title;
    }

    /** docutils' get_column_widths: the given widths, which must fit, or equal shares of 100. */
    @SuppressWarnings("unchecked")
    static List<Integer> columnWidths(DirectiveCall call, int columns) throws DirectiveError {
        Object widths = widths(call);
        if (widths instanceof List<?> list) {
            if (list.size() != columns) {
                throw DirectiveError.error("\"" + call.name() + "\" widths do not match the number of columns in"
                        + " table (" + columns + ").");
            }
            return (List<Integer>) list;
        }
        if (columns == 0) {
            throw DirectiveError.error("No table data detected in CSV file.");
        }
        List<Integer> equal = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            equal.add(100 / columns);
        }
        return equal;
    }

    /** docutils' check_table_dimensions. */
    static void checkDimensions(DirectiveCall call, List<Integer> rowLengths, int headerRows, int stubColumns)
            throws DirectiveError {
        String name = call.name();
        if (rowLengths.size() < headerRows) {
            throw DirectiveError.error(headerRows + " header row(s) specified but only " + rowLengths.size()
                    + " row(s) of data supplied (\"" + name + "\" directive).");
        }
        if (rowLengths.size() == headerRows && headerRows > 0) {
            throw DirectiveError.error("Insufficient data supplied (" + rowLengths.size() + " row(s)); no data"
                    + " remaining for table body, required by \"" + name + "\" directive.");
        }
        for (int length : rowLengths) {
            if (length < stubColumns) {
                throw DirectiveError.error(stubColumns + " stub column(s) specified but only " + length
                        + " columns(s) of data supplied (\"" + name + "\" directive).");
            }
            if (length == stubColumns && stubColumns > 0) {
                throw DirectiveError.error("Insufficient data supplied (" + length + " columns(s)); no data"
                        + " remaining for table body, required by \"" + name + "\" directive.");
            }
        }
    }

    /** align, width and name, as every table directive sets them. */
    static void finish(DirectiveCall call, Element table) {
        Object align = call.options().get("align");
        if (align != null) {
            table.set("align", align);
        }
        Object width = call.options().get("width");
        if (width != null) {
            table.set("width", width);
        }
        DirectiveSupport.addName(call, table);
    }

    private static List<Node> rstTable(DirectiveCall call) throws DirectiveError {
        if (call.content().isEmpty()) {
            throw DirectiveError.warning("Content block expected for the \"" + call.name() + "\" directive; none"
                    + " found.");
        }
        List<Element> messages = new ArrayList<>();
        Element title = title(call, messages);
        Element parsed = new Element(StandardDirectives.ANONYMOUS);
        call.context().nestedParse(call.content(), call.contentOffset(), parsed);
        if (parsed.size() != 1 || !(parsed.child(0) instanceof Element table && table.is(NodeType.TABLE))) {
            throw DirectiveError.error("Error parsing content block for the \"" + call.name() + "\" directive:"
                    + " exactly one table expected.");
        }
        table.classes().addAll(DirectiveSupport.classes(call.options()));
        Object widths = widths(call);
        if (widths instanceof List<?>) {
            Element tgroup = (Element) table.child(0);
            List<Integer> columnWidths = columnWidths(call, ((Number) tgroup.get("cols")).intValue());
            int column = 0;
            for (Node child : tgroup.children()) {
                if (child instanceof Element colspec && colspec.is(NodeType.COLSPEC)
                        && column < columnWidths.size()) {
                    colspec.set("colwidth", columnWidths.get(column++));
                }
            }
        }
        ColumnWidths widthsClass = widthsClass(widths);
        if (widthsClass == ColumnWidths.AUTO) {
            table.classes().add("colwidths-auto");
        } else if (widthsClass == ColumnWidths.GIVEN) {
            table.classes().add("colwidths-given");
        }
        finish(call, table);
        if (title != null) {
            table.insert(0, title);
        }
        return DirectiveSupport.nodes(table, messages);
    }

    private static List<Node> listTable(DirectiveCall call) throws DirectiveError {
        call.assertTableHasContent();
        List<Element> messages = new ArrayList<>();
        Element title = title(call, messages);
        Element parsed = new Element(StandardDirectives.ANONYMOUS);
        call.context().nestedParse(call.content(), call.contentOffset(), parsed);
        String prefix = "Error parsing content block for the \"" + call.name() + "\" directive: ";
        if (parsed.size() != 1 || !(parsed.child(0) instanceof Element list && list.is(NodeType.BULLET_LIST))) {
            throw DirectiveError.error(prefix + "exactly one bullet list expected.");
        }
        int columns = 0;
        List<List<List<Node>>> rows = new ArrayList<>();
        List<Integer> rowLengths = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            Element item = (Element) list.child(index);
            if (item.size() != 1 || !(item.child(0) instanceof Element row && row.is(NodeType.BULLET_LIST))) {
                throw DirectiveError.error(prefix + "two-level bullet list expected, but row " + (index + 1)
                        + " does not contain a second-level bullet list.");
            }
            if (index == 0) {
                columns = row.size();
            } else if (row.size() != columns) {
                throw DirectiveError.error(prefix + "uniform two-level bullet list expected, but row " + (index + 1)
                        + " does not contain the same number of items as row 1 (" + row.size() + " vs " + columns
                        + ").");
            }
            List<List<Node>> cells = new ArrayList<>();
            for (Node cell : row.children()) {
                cells.add(new ArrayList<>(((Element) cell).children()));
            }
            rows.add(cells);
            rowLengths.add(cells.size());
        }
        List<Integer> columnWidths = columnWidths(call, columns);
        int headerRows = intOption(call, "header-rows");
        int stubColumns = intOption(call, "stub-columns");
        checkDimensions(call, rowLengths, headerRows, stubColumns);
        Element table = TableBuilder.buildFromList(rows, columnWidths, headerRows, stubColumns,
                widthsClass(widths(call)));
        finish(call, table);
        table.classes().addAll(DirectiveSupport.classes(call.options()));
        if (title != null) {
            table.insert(0, title);
        }
        return DirectiveSupport.nodes(table, messages);
    }

    static int intOption(DirectiveCall call, String name) {
        Object value = call.options().get(name);
        return value == null ? 0 : (Integer) value;
    }

    /** Cell content lines for a CSV cell (the cell's own lines, numbered from 0 in the source). */
    static TableStructure.Cell csvCell(String text, String source) {
        return new TableStructure.Cell(0, 0, 0, SourceLines.of(PyText.splitlines(text), source, 0));
    }
}
