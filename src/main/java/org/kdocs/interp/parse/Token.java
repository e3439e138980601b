package org.kdocs.interp.parse;

/**
 * One lexical token. {@code startOfLine} says a newline preceded it (needed for directives and for the
 * documentation convention of a lone {@code ...} line); positions are already mapped to the document.
 */
public record Token(Kind kind, String text, long value, boolean unsignedSuffix, int longSuffix,
                    int line, int column, boolean startOfLine) {
    public enum Kind { IDENT, NUMBER, CHAR, STRING, PUNCT, EOF }

    public boolean is(String punct) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct);
    }

    Token at(Token where) {
        return new Token(kind, text, value, unsignedSuffix, longSuffix, where.line, where.column, where.startOfLine);
    }

    Token withStartOfLine(boolean sol) {
        return new Token(kind, text, value, unsignedSuffix, longSuffix, line, column, sol);
    }
}
