package org.kdocs.interp;

/**
 * Where a program's text came from, so diagnostics point into the document: line 1 of the text is
 * {@code firstLine} of {@code file}, and column 1 is {@code firstColumn}.
 */
public record Origin(String file, int firstLine, int firstColumn) {
    public static Origin of(String file) {
        return new Origin(file, 1, 1);
    }

    public static Origin of(String file, int firstLine) {
        return new Origin(file, firstLine, 1);
    }
}
