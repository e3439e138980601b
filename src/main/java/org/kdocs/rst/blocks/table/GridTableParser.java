package org.kdocs.rst.blocks.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;

/**
 * Parses a grid table (docutils tableparser.GridTableParser): starting from
 * the top-left corner, each cell is traced right, down, left and up along
 * its border; its top-right and bottom-left corners then start further
 * cells. Row and column boundaries fall out of the traced borders.
 *
 * <p>The block is the table's lines, stripped and of equal width, as the
 * block parser isolates them; East Asian wide characters may already be
 * padded with NUL (otherwise the parser pads them).
 */
public final class GridTableParser {
    private static final Pattern HEAD_BODY_SEPARATOR = Pattern.compile("\\+=[=+]+=\\+ *$");

    private int[][] grid;
    private SourceLines block;
    private int bottom;
    private int right;
    private int[] done;
    private final TreeSet<Integer> rowSeparators = new TreeSet<>(List.of(0));
    private final TreeSet<Integer> colSeparators = new TreeSet<>(List.of(0));
    private final List<Traced> cells = new ArrayList<>();

    private record Traced(int top, int left, int bottom, int right, SourceLines content) {
    }

    /** Parses the table block; a fresh parser is not needed per table. */
    public TableStructure parse(SourceLines tableBlock) throws TableMarkupError {
        if (tableBlock.isEmpty() || tableBlock.get(0).isEmpty()) {
            throw new TableMarkupError("Malformed table; parse incomplete.", 0);
        }
        reset(tableBlock);
        Integer headBodySeparator = HeadBodySeparator.find(block, HEAD_BODY_SEPARATOR);
        grid = new int[block.size()][];
        for (int i = 0; i < block.size(); i++) {
            grid[i] = TableLines.codePoints(block.get(i));
        }
        traceCells();
        return structure(headBodySeparator);
    }

    private void reset(SourceLines tableBlock) {
        block = TableLines.padded(tableBlock);
        bottom = block.size() - 1;
        int width = TableLines.codePoints(block.get(0)).length;
        right = width - 1;
        done = new int[width];
        java.util.Arrays.fill(done, -1);
        rowSeparators.clear();
        rowSeparators.add(0);
        colSeparators.clear();
        colSeparators.add(0);
        cells.clear();
    }

    private int at(int row, int col) {
        int[] line = grid[row];
        return col >= 0 && col < line.length ? line[col] : ' ';
    }

    /** A cell's top-left corner, taken in reading order (row, then column) as docutils sorts its corners. */
    private record Corner(int top, int left) {
    }

    /** Where a traced cell ends: the row of its bottom border and the column of its right one. */
    private record CellEnd(int bottom, int right) {
    }

    private void traceCells() throws TableMarkupError {
        PriorityQueue<Corner> corners = new PriorityQueue<>(
                java.util.Comparator.comparingInt(Corner::top).thenComparingInt(Corner::left));
        corners.add(new Corner(0, 0));
        while (!corners.isEmpty()) {
            Corner corner = corners.poll();
            int top = corner.top();
            int left = corner.left();
            if (top == bottom || left == right || top <= done[left]) {
                continue;
            }
            CellEnd found = scanCell(top, left);
            if (found == null) {
                continue;
            }
            int cellBottom = found.bottom();
            int cellRight = found.right();
            for (int col = left; col < cellRight; col++) {
                done[col] = cellBottom - 1;
            }
            SourceLines content = TableLines.rectangle(block, top + 1, left + 1, cellBottom, cellRight);
            cells.add(new Traced(top, left, cellBottom, cellRight, content));
            corners.add(new Corner(top, cellRight));
            corners.add(new Corner(cellBottom, left));
        }
        for (int col = 0; col < right; col++) {
            if (done[col] != bottom - 1) {
                throw new TableMarkupError("Malformed table; parse incomplete.", 0);
            }
        }
    }

    /** Bottom and right of the cell whose top-left corner is given, or null; records boundaries. */
    private CellEnd scanCell(int top, int left) {
        if (at(top, left) != '+') {
            return null;
        }
        List<Integer> cols = new ArrayList<>();
        for (int i = left + 1; i <= right; i++) {
            int c = at(top, i);
            if (c == '+') {
                cols.add(i);
                int cellBottom = scanDown(top, left, i, cols);
                if (cellBottom >= 0) {
                    return new CellEnd(cellBottom, i);
                }
            } else if (c != '-') {
                return null;
            }
        }
        return null;
    }

    /** The row of the cell's bottom border, found down its right border, or -1. */
    private int scanDown(int top, int left, int cellRight, List<Integer> topCols) {
        List<Integer> rows = new ArrayList<>();
        for (int i = top + 1; i <= bottom; i++) {
            int c = at(i, cellRight);
            if (c == '+') {
                rows.add(i);
                if (closesAt(top, left, i, cellRight, rows, topCols)) {
                    return i;
                }
            } else if (c != '|') {
                return -1;
            }
        }
        return -1;
    }

    /** Scans left along the bottom and up the left side; on success records the boundaries seen. */
    private boolean closesAt(int top, int left, int cellBottom, int cellRight, List<Integer> rightRows,
            List<Integer> topCols) {
        List<Integer> bottomCols = new ArrayList<>();
        for (int i = cellRight - 1; i > left; i--) {
            int c = at(cellBottom, i);
            if (c == '+') {
                bottomCols.add(i);
            } else if (c != '-') {
                return false;
            }
        }
        if (at(cellBottom, left) != '+') {
            return false;
        }
        List<Integer> leftRows = new ArrayList<>();
        for (int i = cellBottom - 1; i > top; i--) {
            int c = at(i, left);
            if (c == '+') {
                leftRows.add(i);
            } else if (c != '|') {
                return false;
            }
        }
        rowSeparators.addAll(rightRows);
        rowSeparators.addAll(leftRows);
        colSeparators.addAll(topCols);
        colSeparators.addAll(bottomCols);
        return true;
    }

    private TableStructure structure(Integer headBodySeparator) throws TableMarkupError {
        Map<Integer, Integer> rowIndex = index(rowSeparators);
        Map<Integer, Integer> colIndex = index(colSeparators);
        List<Integer> colBounds = new ArrayList<>(colSeparators);
        List<Integer> widths = new ArrayList<>();
        for (int i = 1; i < colBounds.size(); i++) {
            widths.add(colBounds.get(i) - colBounds.get(i - 1) - 1);
        }
        int rowCount = rowSeparators.size() - 1;
        int colCount = colBounds.size() - 1;
        TableStructure.Cell[][] rows = new TableStructure.Cell[rowCount][colCount];
        int remaining = rowCount * colCount;
        for (Traced cell : cells) {
            Integer row = rowIndex.get(cell.top());
            Integer col = colIndex.get(cell.left());
            Integer endRow = rowIndex.get(cell.bottom());
            Integer endCol = colIndex.get(cell.right());
            if (row == null || col == null || endRow == null || endCol == null || rows[row][col] != null) {
                throw new TableMarkupError("Malformed table; parse incomplete.", 0);
            }
            int moreRows = endRow - row - 1;
            int moreCols = endCol - col - 1;
            remaining -= (moreRows + 1) * (moreCols + 1);
            rows[row][col] = new TableStructure.Cell(moreRows, moreCols, cell.top() + 1, cell.content());
        }
        if (remaining != 0) {
            throw new TableMarkupError("Malformed table; parse incomplete.", 0);
        }
        int headRows = headBodySeparator != null && headBodySeparator != 0 ? rowIndex.get(headBodySeparator) : 0;
        List<List<TableStructure.Cell>> all = new ArrayList<>();
        for (TableStructure.Cell[] row : rows) {
            List<TableStructure.Cell> present = new ArrayList<>();
            for (TableStructure.Cell cell : row) {
                if (cell != null) {
                    present.add(cell);
                }
            }
            all.add(present);
        }
        return new TableStructure(List.copyOf(widths), List.copyOf(all.subList(0, headRows)),
                List.copyOf(all.subList(headRows, all.size())));
    }

    private static Map<Integer, Integer> index(TreeSet<Integer> separators) {
        Map<Integer, Integer> index = new TreeMap<>();
        for (int separator : separators) {
            index.put(separator, index.size());
        }
        return index;
    }
}
