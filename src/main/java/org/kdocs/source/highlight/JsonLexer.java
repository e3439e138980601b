package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON with // and /* comments, reproducing the token stream of Pygments' JsonLexer (lexers/data.py), a
 * character scanner without validation: a run of number characters is a number, a run of the letters of
 * true/false/null is a constant, and a quoted string is an object key (Name.Tag) when a colon follows it.
 * Strings wait in a pending list, with the whitespace and comments after them, until that is known.
 */
final class JsonLexer {
    private static final String NUMBER = "-0123456789";
    private static final String FLOAT = ".eE+";
    private static final String CONSTANT = "truefalsenull";
    private static final String HEX = "0123456789abcdefABCDEF";
    private static final String PUNCTUATION = "{}[],";
    private static final String WHITESPACE = " \n\r\t";

    /** What the scanner is in the middle of. */
    private enum Mode { NONE, STRING, WHITESPACE, CONSTANT, NUMBER, PUNCTUATION, LINE_COMMENT, BLOCK_COMMENT, SLASH }

    private final String text;
    private final List<RuleLexer.Raw> out = new ArrayList<>();
    private final List<RuleLexer.Raw> pending = new ArrayList<>();
    private Mode mode = Mode.NONE;
    private int start;
    private boolean isFloat;
    private boolean escape;
    private int hexDigitsLeft;
    private boolean starSeen;

    private JsonLexer(String text) {
        this.text = text;
    }

    static List<RuleLexer.Raw> lex(String text) {
        JsonLexer lexer = new JsonLexer(text);
        lexer.scan();
        return lexer.out;
    }

    private void scan() {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!continueRun(c, i)) {
                startRun(c, i);
            }
        }
        finish();
    }

    /** Extends the current run with c, or ends it; false when c must start something new. */
    private boolean continueRun(int c, int i) {
        switch (mode) {
            case STRING -> {
                stringChar(c, i);
                return true;
            }
            case WHITESPACE -> {
                if (in(WHITESPACE, c)) {
                    return true;
                }
                hold("Text.Whitespace", i);
            }
            case CONSTANT -> {
                if (in(CONSTANT, c)) {
                    return true;
                }
                emit("Keyword.Constant", i);
            }
            case NUMBER -> {
                if (in(NUMBER, c)) {
                    return true;
                }
                if (in(FLOAT, c)) {
                    isFloat = true;
                    return true;
                }
                emit(isFloat ? "Literal.Number.Float" : "Literal.Number.Integer", i);
                isFloat = false;
            }
            case PUNCTUATION -> {
                if (in(PUNCTUATION, c)) {
                    return true;
                }
                emit("Punctuation", i);
            }
            case LINE_COMMENT -> {
                if (c != '\n') {
                    return true;
                }
                hold("Comment.Single", i);
            }
            case BLOCK_COMMENT -> {
                if (c == '*') {
                    starSeen = true;
                } else if (starSeen) {
                    starSeen = false;
                    if (c == '/') {
                        hold("Comment.Multiline", i + 1);
                        mode = Mode.NONE;
                    }
                }
                return true;
            }
            case SLASH -> {
                if (c == '/' || c == '*') {
                    mode = c == '/' ? Mode.LINE_COMMENT : Mode.BLOCK_COMMENT;
                    return true;
                }
                flushPending();
                emit("Error", i);
            }
            case NONE -> {
                return false;
            }
        }
        mode = Mode.NONE;
        return false;
    }

    private void stringChar(int c, int i) {
        if (hexDigitsLeft > 0) {
            // A non-hex digit cancels the \\u escape and is itself swallowed, even a quote.
            hexDigitsLeft = in(HEX, c) ? hexDigitsLeft - 1 : 0;
            escape = hexDigitsLeft > 0;
        } else if (escape) {
            hexDigitsLeft = c == 'u' ? 4 : 0;
            escape = c == 'u';
        } else if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            pending.add(new RuleLexer.Raw("Literal.String.Double", text.substring(start, i + 1)));
            mode = Mode.NONE;
            escape = false;
            hexDigitsLeft = 0;
        }
    }

    private void startRun(int c, int i) {
        start = i;
        if (c == '"') {
            mode = Mode.STRING;
        } else if (in(WHITESPACE, c)) {
            mode = Mode.WHITESPACE;
        } else if (c == 'f' || c == 'n' || c == 't') {
            flushPending();
            mode = Mode.CONSTANT;
        } else if (in(NUMBER, c)) {
            flushPending();
            mode = Mode.NUMBER;
        } else if (c == ':') {
            for (RuleLexer.Raw held : pending) {
                out.add(held.type().equals("Literal.String.Double") ? new RuleLexer.Raw("Name.Tag", held.text()) : held);
            }
            pending.clear();
            mode = Mode.PUNCTUATION;
        } else if (in(PUNCTUATION, c)) {
            flushPending();
            mode = Mode.PUNCTUATION;
        } else if (c == '/') {
            mode = Mode.SLASH;
        } else {
            flushPending();
            out.add(new RuleLexer.Raw("Error", Character.toString(c)));
        }
    }

    private void finish() {
        flushPending();
        String rest = text.substring(Math.min(start, text.length()));
        String type = switch (mode) {
            case STRING, BLOCK_COMMENT, SLASH -> "Error";
            case NUMBER -> isFloat ? "Literal.Number.Float" : "Literal.Number.Integer";
            case CONSTANT -> "Keyword.Constant";
            case WHITESPACE -> "Text.Whitespace";
            case PUNCTUATION -> "Punctuation";
            case LINE_COMMENT -> "Comment.Single";
            case NONE -> null;
        };
        if (type != null) {
            out.add(new RuleLexer.Raw(type, rest));
        }
    }

    /** A token that must wait behind pending strings, or goes straight out when none wait. */
    private void hold(String type, int end) {
        RuleLexer.Raw token = new RuleLexer.Raw(type, text.substring(start, end));
        (pending.isEmpty() ? out : pending).add(token);
    }

    private void emit(String type, int end) {
        out.add(new RuleLexer.Raw(type, text.substring(start, end)));
    }

    private void flushPending() {
        out.addAll(pending);
        pending.clear();
    }

    private static boolean in(String set, int c) {
        return set.indexOf(c) >= 0;
    }
}
