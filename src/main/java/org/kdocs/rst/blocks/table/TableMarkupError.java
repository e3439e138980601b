package org.kdocs.rst.blocks.table;

/**
 * A table whose text does not form a valid table (docutils
 * TableMarkupError). The offset, when known, is the line within the table
 * block where the problem is, for the "Malformed table" message.
 */
public final class TableMarkupError extends Exception {
    private final int offset;

    public TableMarkupError(String message, int offset) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** Line offset within the table block, or -1 when unknown. */
    public int offset() {
        return offset;
    }
}
