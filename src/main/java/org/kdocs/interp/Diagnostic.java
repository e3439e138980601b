package org.kdocs.interp;

/** A compile-time error (parse or type error) at a source position of the original document. */
public record Diagnostic(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": error: " + message;
    }
}
