package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.List;
import org.kdocs.interp.Diagnostic;
import org.kdocs.interp.Origin;

/** Splits C source into tokens; comments and backslash-newline continuations are whitespace. */
public final class Lexer {
    private static final String[] PUNCTS = {
        "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "!", "<", ">", "=", "?", ":", ";", ",", ".",
        "(", ")", "[", "]", "{", "}", "#"};

    private final String src;
    private final Origin origin;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean startOfLine = true;
    private boolean spaceBefore;

    private Lexer(String src, Origin origin) {
        this.src = src;
        this.origin = origin;
    }

    public static List<Token> lex(String src, Origin origin) {
        return new Lexer(src, origin).run();
    }

    private CompileError error(String message, int atLine, int atCol) {
        return new CompileError(new Diagnostic(origin.file(), origin.firstLine() + atLine - 1,
                origin.firstColumn() + atCol - 1, message));
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpace();
            int tLine = line;
            int tCol = pos - lineStart + 1;
            if (pos >= src.length()) {
                out.add(make(Token.Kind.EOF, "<end of input>", 0, false, 0, tLine, tCol));
                return out;
            }
            char c = src.charAt(pos);
            Token t;
            if (Character.isLetter(c) || c == '_' || c == '$') {
                int s = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                        || src.charAt(pos) == '$')) {
                    pos++;
                }
                t = make(Token.Kind.IDENT, src.substring(s, pos), 0, false, 0, tLine, tCol);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                t = number(tLine, tCol);
            } else if (c == '"') {
                t = make(Token.Kind.STRING, quoted('"', tLine, tCol), 0, false, 0, tLine, tCol);
            } else if (c == '\'') {
                String s = quoted('\'', tLine, tCol);
                if (s.isEmpty()) {
                    throw error("empty character constant", tLine, tCol);
                }
                long v = 0;
                for (int i = 0; i < s.length(); i++) {
                    v = (v << 8) | (s.charAt(i) & 0xff);
                }
                t = make(Token.Kind.CHAR, s, s.length() == 1 ? (byte) v : (int) v, false, 0, tLine, tCol);
            } else {
                String p = null;
                for (String cand : PUNCTS) {
                    if (src.startsWith(cand, pos)) {
                        p = cand;
                        break;
                    }
                }
                if (p == null) {
                    throw error("stray '" + c + "' in program", tLine, tCol);
                }
                pos += p.length();
                t = make(Token.Kind.PUNCT, p, 0, false, 0, tLine, tCol);
            }
            out.add(t);
        }
    }

    private Token make(Token.Kind kind, String text, long value, boolean u, int l, int tLine, int tCol) {
        Token t = new Token(kind, text, value, u, l, origin.firstLine() + tLine - 1,
                origin.firstColumn() + tCol - 1, startOfLine, startOfLine || spaceBefore);
        startOfLine = false;
        spaceBefore = false;
        return t;
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private void skipSpace() {
        int start = pos;
        skipSpaceAndComments();
        spaceBefore = pos > start;
    }

    private void skipSpaceAndComments() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                newline();
                startOfLine = true;
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2;
                newline();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int sl = line;
                int sc = pos - lineStart + 1;
                pos += 2;
                while (pos < src.length() && !src.startsWith("*/", pos)) {
                    if (src.charAt(pos++) == '\n') {
                        newline();
                    }
                }
                if (pos >= src.length()) {
                    throw error("unterminated comment", sl, sc);
                }
                pos += 2;
            } else {
                return;
            }
        }
    }

    private Token number(int tLine, int tCol) {
        int s = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        String text = src.substring(s, pos);
        String lower = text.toLowerCase();
        int end = lower.length();
        boolean u = false;
        int l = 0;
        while (end > 0 && (lower.charAt(end - 1) == 'u' || lower.charAt(end - 1) == 'l')) {
            if (lower.charAt(end - 1) == 'u') {
                u = true;
            } else {
                l++;
            }
            end--;
        }
        String digits = lower.substring(0, end);
        try {
            long v;
            if (digits.startsWith("0x")) {
                v = Long.parseUnsignedLong(digits.substring(2), 16);
            } else if (digits.startsWith("0b")) {
                v = Long.parseUnsignedLong(digits.substring(2), 2);
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                v = Long.parseUnsignedLong(digits.substring(1), 8);
            } else {
                v = Long.parseUnsignedLong(digits);
            }
            if (l > 2) {
                throw new NumberFormatException();
            }
            return make(Token.Kind.NUMBER, text, v, u, l, tLine, tCol);
        } catch (NumberFormatException e) {
            throw error("invalid integer constant '" + text + "' (floating point is not supported)", tLine, tCol);
        }
    }

    private String quoted(char q, int tLine, int tCol) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw error("missing terminating " + q + " character", tLine, tCol);
            }
            char c = src.charAt(pos++);
            if (c == q) {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                throw error("missing terminating " + q + " character", tLine, tCol);
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append((char) 7);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'v' -> sb.append((char) 11);
                case 'e' -> sb.append((char) 27);
                case 'x' -> {
                    int v = 0;
                    int n = 0;
                    while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
                        v = v * 16 + Character.digit(src.charAt(pos++), 16);
                        n++;
                    }
                    if (n == 0) {
                        throw error("\\x used with no following hex digits", tLine, tCol);
                    }
                    sb.append((char) (v & 0xff));
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int i = 0; i < 2 && pos < src.length() && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; i++) {
                            v = v * 8 + (src.charAt(pos++) - '0');
                        }
                        sb.append((char) (v & 0xff));
                    } else {
                        sb.append(e);
                    }
                }
            }
        }
    }
}
