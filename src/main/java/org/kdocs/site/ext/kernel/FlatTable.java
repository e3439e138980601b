package org.kdocs.site.ext.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * flat-table (kernel rstFlatTable.py): a two-level bullet list whose cells may start with
 * {@code :cspan:} / {@code :rspan:} to span extra columns or rows. A short row's last cell is
 * stretched to the table width, or with fill-cells empty cells are appended.
 */
public final class FlatTable extends DeclaredDirective {
    private static final Map<String, OptionConverter> OPTIONS = Map.of("name", Options.UNCHANGED,
            "class", Options.CLASS_OPTION, "header-rows", Options.NONNEGATIVE_INT,
            "stub-columns", Options.NONNEGATIVE_INT, "widths", Options.POSITIVE_INT_LIST, "fill-cells", Options.FLAG);
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
            .withOptions(OPTIONS).withContent();

    /** One cell: its body nodes and the extra columns and rows it spans. */
    private record Cell(List<Node> body, int cspan, int rspan) {
    }

    public FlatTable() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertTableHasContent();
        // docutils' Table.make_title, first as rstFlatTable does: the title's inline markup is parsed
        Element title = null;
        InlineResult titleText = null;
        if (!call.arguments().isEmpty()) {
            String text = call.arguments().get(0);
            titleText = call.context().inlineText(text, call.lineno());
            title = new Element(NodeType.TITLE, text);
            titleText.nodes().forEach(title::add);
        }
        Element parsed = new Element(NodeType.CONTAINER);
        call.context().nestedParse(call.content(), call.contentOffset(), parsed, false);
        List<Node> extras = new ArrayList<>();
        List<List<Cell>> rows = rows(call, parsed, extras);
        Element table = build(call, rows, title);
        List<Node> out = new ArrayList<>();
        out.add(table);
        if (titleText != null) {
            out.addAll(titleText.messages());
        }
        out.addAll(extras);
        return out;
    }

    private static boolean ignorable(Node node) {
        return node instanceof Element e
                && (e.is(NodeType.COMMENT) || e.is(NodeType.SYSTEM_MESSAGE) || e.is(NodeType.TARGET));
    }

    private List<List<Cell>> rows(DirectiveCall call, Element parsed, List<Node> extras) throws DirectiveError {
        String prefix = "Error parsing content block for the \"" + call.name() + "\" directive: ";
        Element list = null;
        for (Node child : parsed.children()) {
            if (list == null && child instanceof Element e && e.is(NodeType.BULLET_LIST)) {
                list = e;
            } else if (ignorable(child)) {
                extras.add(child);
            } else {
                throw DirectiveError.error(prefix + "exactly one bullet list expected.");
            }
        }
        if (list == null) {
            throw DirectiveError.error(prefix + "exactly one bullet list expected.");
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int index = 0; index < list.size(); index++) {
            Element item = (Element) list.child(index);
            Element inner = null;
            List<Node> beside = new ArrayList<>();
            for (Node child : item.children()) {
                if (inner == null && child instanceof Element e && e.is(NodeType.BULLET_LIST)) {
                    inner = e;
                } else if (ignorable(child)) {
                    beside.add(child);
                } else {
                    inner = null;
                    break;
                }
            }
            if (inner == null) {
                throw DirectiveError.error(prefix + "two-level bullet list expected, but row " + (index + 1)
                        + " does not contain a second-level bullet list.");
            }
            List<Cell> row = new ArrayList<>();
            for (Node cellItem : inner.children()) {
                row.add(cell((Element) cellItem));
            }
            // a target written beside the row's cell list (".. _label:" before "- cell") must stay in the
            // tree so that :ref: finds it; it goes into the row's first cell
            if (!beside.isEmpty() && !row.isEmpty()) {
                row.get(0).body().addAll(0, beside);
            }
            rows.add(row);
        }
        return rows;
    }

    // A span marker is only honoured as the first thing of the cell's first paragraph
    private static Cell cell(Element item) {
        List<Node> body = new ArrayList<>(item.children());
        int cspan = 0;
        int rspan = 0;
        if (!body.isEmpty() && body.get(0) instanceof Element paragraph && paragraph.is(NodeType.PARAGRAPH)) {
            while (paragraph.size() > 0 && paragraph.child(0) instanceof Element marker
                    && (marker.is(SpanRoles.COL_SPAN) || marker.is(SpanRoles.ROW_SPAN))) {
                int span = (Integer) marker.get("span");
                if (marker.is(SpanRoles.COL_SPAN)) {
                    cspan = span;
                } else {
                    rspan = span;
                }
                paragraph.removeAt(0);
                if (paragraph.size() > 0 && paragraph.child(0) instanceof Text text && text.astext().isBlank()) {
                    paragraph.removeAt(0);
                }
            }
            if (paragraph.size() == 0) {
                body.remove(0);
            }
        }
        return new Cell(new ArrayList<>(body), Math.max(0, cspan), Math.max(0, rspan));
    }

    private static Element build(DirectiveCall call, List<List<Cell>> rows, Element title) throws DirectiveError {
        // Lay the cells on a grid; a position covered by an earlier row span is skipped
        List<boolean[]> taken = new ArrayList<>();
        List<List<int[]>> placed = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<int[]> positions = new ArrayList<>();
            int col = 0;
            for (Cell cell : rows.get(r)) {
                while (occupied(taken, r, col)) {
                    col++;
                }
                positions.add(new int[] {col});
                for (int dr = 0; dr <= cell.rspan(); dr++) {
                    for (int dc = 0; dc <= cell.cspan(); dc++) {
                        mark(taken, r + dr, col + dc);
                    }
                }
                col += cell.cspan() + 1;
            }
            placed.add(positions);
            columns = Math.max(columns, col);
        }
        for (boolean[] line : taken) {
            for (int c = line.length - 1; c >= 0; c--) {
                if (line[c]) {
                    columns = Math.max(columns, c + 1);
                    break;
                }
            }
        }
        Object widths = call.options().get("widths");
        List<Integer> colWidths = new ArrayList<>();
        if (widths instanceof List<?> given) {
            if (given.size() != columns) {
                throw DirectiveError.error("\"" + call.name() + "\" widths do not match the number of columns in"
                        + " table (" + columns + ").");
            }
            for (Object w : given) {
                colWidths.add((Integer) w);
            }
        } else {
            for (int c = 0; c < columns; c++) {
                colWidths.add(Math.max(1, 100 / Math.max(1, columns)));
            }
        }
        boolean fill = call.options().containsKey("fill-cells");
        int headerRows = call.options().get("header-rows") instanceof Integer n ? n : 0;
        int stubColumns = call.options().get("stub-columns") instanceof Integer n ? n : 0;

        Element table = new Element(NodeType.TABLE);
        table.classes().addAll(classes(call));
        if (title != null) {
            table.add(title);
        }
        Element tgroup = new Element(NodeType.TGROUP);
        tgroup.set("cols", columns);
        table.add(tgroup);
        for (int c = 0; c < columns; c++) {
            Element colspec = new Element(NodeType.COLSPEC);
            colspec.set("colwidth", colWidths.get(c));
            if (c < stubColumns) {
                colspec.set("stub", 1);
            }
            tgroup.add(colspec);
        }
        Element thead = new Element(NodeType.THEAD);
        Element tbody = new Element(NodeType.TBODY);
        for (int r = 0; r < rows.size(); r++) {
            Element row = new Element(NodeType.ROW);
            List<Cell> cells = rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                int start = placed.get(r).get(i)[0];
                Element entry = new Element(NodeType.ENTRY);
                int morecols = cell.cspan();
                boolean last = i == cells.size() - 1;
                int end = start + morecols + 1;
                if (last && !fill && end < columns && freeUntilEnd(taken, r, end, columns, cell.rspan())) {
                    morecols += columns - end;
                }
                if (morecols > 0) {
                    entry.set("morecols", morecols);
                }
                if (cell.rspan() > 0) {
                    entry.set("morerows", cell.rspan());
                }
                entry.addAll(cell.body());
                row.add(entry);
            }
            if (fill) {
                for (int c = 0; c < columns; c++) {
                    if (!occupied(taken, r, c)) {
                        mark(taken, r, c);
                        row.add(new Element(NodeType.ENTRY));
                    }
                }
            }
            (r < headerRows ? thead : tbody).add(row);
        }
        if (thead.size() > 0) {
            tgroup.add(thead);
        }
        tgroup.add(tbody);
        Object name = call.options().get("name");
        if (name instanceof String n) {
            table.names().add(org.kdocs.tree.Names.fullyNormalize(n));
        }
        return table;
    }

    // The stretched last cell takes the rest of the row only where no row span from above sits
    private static boolean freeUntilEnd(List<boolean[]> taken, int row, int from, int columns, int rspan) {
        for (int c = from; c < columns; c++) {
            if (occupied(taken, row, c)) {
                return false;
            }
        }
        for (int c = from; c < columns; c++) {
            for (int dr = 0; dr <= rspan; dr++) {
                mark(taken, row + dr, c);
            }
        }
        return true;
    }

    private static boolean occupied(List<boolean[]> taken, int row, int col) {
        return row < taken.size() && col < taken.get(row).length && taken.get(row)[col];
    }

    private static void mark(List<boolean[]> taken, int row, int col) {
        while (taken.size() <= row) {
            taken.add(new boolean[0]);
        }
        boolean[] line = taken.get(row);
        if (line.length <= col) {
            line = java.util.Arrays.copyOf(line, col + 8);
            taken.set(row, line);
        }
        line[col] = true;
    }

    @SuppressWarnings("unchecked")
    private static List<String> classes(DirectiveCall call) {
        Object value = call.options().get("class");
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
