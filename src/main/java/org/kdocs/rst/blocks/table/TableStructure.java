package org.kdocs.rst.blocks.table;

import java.util.List;

import org.kdocs.source.SourceLines;

/**
 * A parsed table: column widths and the rows of head and body (the
 * {@code (colspecs, headrows, bodyrows)} triple of docutils' table parsers).
 * A cell covered by another cell's span is absent from its row.
 *
 * @param columnWidths width of each column in characters
 * @param headRows     rows above the head separator
 * @param bodyRows     the other rows
 */
public record TableStructure(List<Integer> columnWidths, List<List<Cell>> headRows, List<List<Cell>> bodyRows) {

    /**
     * One cell.
     *
     * @param moreRows extra rows it spans
     * @param moreCols extra columns it spans
     * @param offset   line offset of the cell's first line within the table block
     * @param content  the cell's text, as lines with their origin, ready for nested parsing
     */
    public record Cell(int moreRows, int moreCols, int offset, SourceLines content) {
    }
}
