package org.kdocs.rst.blocks.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.PyText;

/**
 * Parses a simple table (docutils tableparser.SimpleTableParser): the top
 * border fixes the columns, a line with text in the first column starts a
 * row, and '-' underlines join columns of the rows above them. Text may run
 * past the last column; only column margins must stay blank.
 */
public final class SimpleTableParser {
    private static final Pattern HEAD_BODY_SEPARATOR = Pattern.compile("=[ =]*$");
    private static final Pattern SPAN_LINE = Pattern.compile("-[ -]*$");

    /** A column's [start, end) in characters. */
    private record Column(int start, int end) {
    }

    private SourceLines block;
    private List<Column> columns = new ArrayList<>();
    private int borderEnd;
    private final List<List<TableStructure.Cell>> rows = new ArrayList<>();

    public TableStructure parse(SourceLines tableBlock) throws TableMarkupError {
        if (tableBlock.size() < 2) {
            throw new TableMarkupError("Malformed table; parse incomplete.", 0);
        }
        block = TableLines.padded(tableBlock);
        block.set(0, block.get(0).replace('=', '-'));
        int last = block.size() - 1;
        block.set(last, block.get(last).replace('=', '-'));
        columns = new ArrayList<>();
        rows.clear();
        Integer headBodySeparator = HeadBodySeparator.find(block, HEAD_BODY_SEPARATOR);
        parseRows();
        return structure(headBodySeparator);
    }

    private void parseRows() throws TableMarkupError {
        columns = parseColumns(block.get(0), 0);
        if (columns.isEmpty()) {
            throw new TableMarkupError("Malformed table; parse incomplete.", 0);
        }
        borderEnd = columns.get(columns.size() - 1).end();
        Column first = columns.get(0);
        int start = 1;
        boolean textFound = false;
        for (int offset = 1; offset < block.size(); offset++) {
            String line = block.get(offset);
            if (SPAN_LINE.matcher(line).lookingAt()) {
                parseRow(block.slice(start, offset), start, PyText.rstrip(line), offset);
                start = offset + 1;
                textFound = false;
            } else if (!PyText.strip(TableLines.slice(TableLines.codePoints(line), first.start(), first.end()))
                    .isEmpty()) {
                if (textFound && offset != start) {
                    parseRow(block.slice(start, offset), start, null, 0);
                }
                start = offset;
                textFound = true;
            } else if (!textFound) {
                start = offset + 1;
            }
        }
    }

    /** The columns marked by runs of '-' in a border or span line. */
    private List<Column> parseColumns(String line, int offset) throws TableMarkupError {
        List<Column> found = new ArrayList<>();
        int[] cps = TableLines.codePoints(line);
        int end = 0;
        while (true) {
            int begin = indexOf(cps, '-', end);
            end = begin < 0 ? indexOf(cps, ' ', cps.length - 1) : indexOf(cps, ' ', begin);
            if (begin < 0) {
                break;
            }
            if (end < 0) {
                end = cps.length;
            }
            found.add(new Column(begin, end));
        }
        if (!columns.isEmpty() && !found.isEmpty()) {
            if (found.get(found.size() - 1).end() != borderEnd) {
                throw new TableMarkupError("Column span incomplete in table line " + (offset + 1) + ".", offset);
            }
            Column lastFound = found.get(found.size() - 1);
            found.set(found.size() - 1, new Column(lastFound.start(), columns.get(columns.size() - 1).end()));
        }
        return found;
    }

    private static int indexOf(int[] cps, int wanted, int from) {
        for (int i = Math.max(0, from); i < cps.length; i++) {
            if (cps[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private void parseRow(SourceLines lines, int start, String spanLine, int spanOffset) throws TableMarkupError {
        if (lines.isEmpty() && spanLine == null) {
            return;
        }
        List<Column> rowColumns = spanLine != null ? parseColumns(spanLine, spanOffset) : new ArrayList<>(columns);
        checkColumns(lines, start, rowColumns);
        List<TableStructure.Cell> row = new ArrayList<>();
        List<Integer> spans = columnSpans(rowColumns, start);
        for (int i = 0; i < rowColumns.size(); i++) {
            Column column = rowColumns.get(i);
            SourceLines content = TableLines.rectangle(lines, 0, column.start(), lines.size(), column.end());
            row.add(new TableStructure.Cell(0, spans.get(i), start, content));
        }
        rows.add(row);
    }

    /** How many extra table columns each row column spans (docutils init_row). */
    private List<Integer> columnSpans(List<Column> rowColumns, int offset) throws TableMarkupError {
        List<Integer> spans = new ArrayList<>();
        int i = 0;
        for (Column column : rowColumns) {
            int moreCols = 0;
            if (i >= columns.size() || column.start() != columns.get(i).start()) {
                throw alignmentProblem(offset);
            }
            while (column.end() != columns.get(i).end()) {
                i++;
                moreCols++;
                if (i >= columns.size()) {
                    throw alignmentProblem(offset);
                }
            }
            spans.add(moreCols);
            i++;
        }
        return spans;
    }

    private static TableMarkupError alignmentProblem(int offset) {
        return new TableMarkupError("Column span alignment problem in table line " + (offset + 2) + ".",
                offset + 1);
    }

    /**
     * Refuses text in column margins; text running past the last column
     * widens it (for this row and, when wider, for the table).
     */
    private void checkColumns(SourceLines lines, int firstLine, List<Column> rowColumns) throws TableMarkupError {
        int lastCol = rowColumns.size() - 1;
        List<int[]> stripped = new ArrayList<>();
        for (String line : lines.lines()) {
            stripped.add(TableLines.codePoints(TableLines.stripCombining(line)));
        }
        for (int i = 0; i <= lastCol; i++) {
            Column column = rowColumns.get(i);
            int nextStart = i < lastCol ? rowColumns.get(i + 1).start() : Integer.MAX_VALUE;
            for (int offset = 0; offset < stripped.size(); offset++) {
                int[] line = stripped.get(offset);
                if (i == lastCol && !PyText.strip(TableLines.slice(line, column.end(), Integer.MAX_VALUE)).isEmpty()) {
                    String text = PyText.rstrip(TableLines.slice(line, column.start(), Integer.MAX_VALUE));
                    int newEnd = column.start() + PyText.len(text);
                    Column main = columns.get(columns.size() - 1);
                    rowColumns.set(i, new Column(column.start(), Math.max(main.end(), newEnd)));
                    if (newEnd > main.end()) {
                        columns.set(columns.size() - 1, new Column(main.start(), newEnd));
                    }
                } else if (!PyText.strip(TableLines.slice(line, column.end(), nextStart)).isEmpty()) {
                    throw new TableMarkupError("Text in column margin in table line " + (firstLine + offset + 1)
                            + ".", firstLine + offset);
                }
            }
        }
    }

    private TableStructure structure(Integer headBodySeparator) {
        List<Integer> widths = new ArrayList<>();
        for (Column column : columns) {
            widths.add(column.end() - column.start());
        }
        int firstBodyRow = 0;
        if (headBodySeparator != null && headBodySeparator != 0) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).get(0).offset() > headBodySeparator) {
                    firstBodyRow = i;
                    break;
                }
            }
        }
        return new TableStructure(List.copyOf(widths), List.copyOf(rows.subList(0, firstBodyRow)),
                List.copyOf(rows.subList(firstBodyRow, rows.size())));
    }
}
