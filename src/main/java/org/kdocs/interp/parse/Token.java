package org.kdocs.interp.parse;

/**
 * One lexical token. {@code startOfLine} says a newline preceded it (needed for directives and for the
 * documentation convention of a lone {@code ...} line), {@code spaceBefore} that white space did (for
 * the preprocessor's {@code #} operator); positions are already mapped to the document. The text of a
 * string or character literal is its value, without quotes and escapes.
 */
public record Token(Kind kind, String text, long value, boolean unsignedSuffix, int longSuffix,
                    int line, int column, boolean startOfLine, boolean spaceBefore) {
    public enum Kind { IDENT, NUMBER, CHAR, STRING, PUNCT, EOF }

    public Token(Kind kind, String text, long value, boolean unsignedSuffix, int longSuffix, int line, int column,
                 boolean startOfLine) {
        this(kind, text, value, unsignedSuffix, longSuffix, line, column, startOfLine, startOfLine);
    }

    /** How the token is written in source: literals with their quotes and escapes. */
    public String spelling() {
        return switch (kind) {
            case STRING -> '"' + escaped(text, '"') + '"';
            case CHAR -> "'" + escaped(text, '\'') + "'";
            default -> text;
        };
    }

    private static String escaped(String value, char quote) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public boolean is(String punct) {
        return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(punct);
    }

    Token at(Token where) {
        return new Token(kind, text, value, unsignedSuffix, longSuffix, where.line, where.column, where.startOfLine,
                spaceBefore);
    }

    Token withStartOfLine(boolean sol) {
        return new Token(kind, text, value, unsignedSuffix, longSuffix, line, column, sol, spaceBefore);
    }
}
