package org.kdocs.site.ext.sphinx.cdomain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character-level side of the C declaration parser (sphinx.util.cfamily.BaseParser):
 * position, regex matches at the position, words, whitespace, literals, and errors that carry the
 * definition with a marker under the failing position, worded as Sphinx words them.
 */
abstract class CScanner {
    /** A parse error (sphinx.util.cfamily.DefinitionError); its message is Sphinx's. */
    static final class DefinitionError extends Exception {
        DefinitionError(String message) {
            super(message, null, false, false);
        }
    }

    /** A failed alternative with the description Sphinx gives it in a combined message. */
    record Alternative(DefinitionError error, String description) {
    }

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();
    static final Pattern WHITESPACE = Pattern.compile("\\s+", FLAGS);
    static final Pattern IDENTIFIER = Pattern.compile("(~?\\b[a-zA-Z_]|@[a-zA-Z0-9_])[a-zA-Z0-9_]*\\b", FLAGS);

    static final Pattern STRING = Pattern.compile(
            "[LuU8]?('([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\")", Pattern.DOTALL);
    private static final String DIGITS = "[0-9]+('[0-9]+)*";
    private static final String HEX = "[0-9a-fA-F]+('[0-9a-fA-F]+)*";
    private static final Pattern FLOAT = Pattern.compile("[+-]?(" + DIGITS + "[eE][+-]?" + DIGITS
            + "|(" + DIGITS + ")?\\." + DIGITS + "([eE][+-]?" + DIGITS + ")?"
            + "|" + DIGITS + "\\.([eE][+-]?" + DIGITS + ")?"
            + "|0[xX]" + HEX + "[pP][+-]?" + HEX
            + "|0[xX](" + HEX + ")?\\." + HEX + "([pP][+-]?" + HEX + ")?"
            + "|0[xX]" + HEX + "\\.([pP][+-]?" + HEX + ")?)");
    private static final Pattern FLOAT_SUFFIX = Pattern.compile("[fFlL]\\b");
    private static final List<Pattern> INTEGERS = List.of(Pattern.compile("0[bB][01]+('[01]+)*"),
            Pattern.compile("0[xX]" + HEX), Pattern.compile("[1-9][0-9]*('[0-9]+)*"),
            Pattern.compile("0[0-7]*('[0-7]+)*"));
    private static final Pattern INTEGER_SUFFIX = Pattern.compile("(([uU]([lL]|(ll)|(LL))?)|(([lL]|(ll)|(LL))[uU]?))\\b");
    private static final Pattern CHAR = Pattern.compile(
            "((?:u8)|u|U|L)?'((?:[^\\\\'])|(\\\\((?:['\"?\\\\abfnrtv])|(?:[0-7]{1,3})|(?:x[0-9a-fA-F]{2})"
                    + "|(?:u[0-9a-fA-F]{4})|(?:U[0-9a-fA-F]{8}))))'");

    final String definition;
    int pos;
    final int end;
    private Matcher lastMatch;

    CScanner(String definition) {
        this.definition = definition.strip();
        this.end = this.definition.length();
    }

    static Pattern regex(String regex) {
        return Pattern.compile(regex, FLAGS | Pattern.COMMENTS);
    }

    DefinitionError error(String message) {
        return new DefinitionError("Invalid C declaration: " + message + " [error at " + pos + "]\n  "
                + definition + "\n  " + "-".repeat(pos) + "^");
    }

    /** Sphinx's _make_multi_error: one error, or a header with each alternative indented below it. */
    static DefinitionError multiError(List<Alternative> errors, String header) {
        if (errors.size() == 1) {
            String message = errors.get(0).error().getMessage();
            return new DefinitionError(header.isEmpty() ? message : header + "\n" + message);
        }
        StringBuilder out = new StringBuilder(header).append('\n');
        for (Alternative alternative : errors) {
            if (!alternative.description().isEmpty()) {
                out.append(alternative.description()).append(":\n");
                for (String line : alternative.error().getMessage().split("\n")) {
                    if (!line.isEmpty()) {
                        out.append("  ").append(line).append('\n');
                    }
                }
            } else {
                out.append(alternative.error().getMessage());
            }
        }
        return new DefinitionError(out.toString());
    }

    boolean match(Pattern regex) {
        Matcher m = regex.matcher(definition).region(pos, end).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            pos = m.end();
            lastMatch = m;
            return true;
        }
        return false;
    }

    String matchedText() {
        return lastMatch == null ? null : lastMatch.group();
    }

    String matchedGroup(int group) {
        return lastMatch == null ? null : lastMatch.group(group);
    }

    boolean skipString(String string) {
        if (definition.startsWith(string, pos)) {
            pos += string.length();
            return true;
        }
        return false;
    }

    boolean skipWord(String word) {
        return match(WORDS.computeIfAbsent(word, w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b", FLAGS)));
    }

    boolean skipWs() {
        return match(WHITESPACE);
    }

    boolean skipWordAndWs(String word) {
        if (skipWord(word)) {
            skipWs();
            return true;
        }
        return false;
    }

    boolean skipStringAndWs(String string) {
        if (skipString(string)) {
            skipWs();
            return true;
        }
        return false;
    }

    boolean eof() {
        return pos >= end;
    }

    /** The character at the position, or "EOF" past the end (compared as a string, as Sphinx does). */
    String current() {
        return pos < end ? String.valueOf(definition.charAt(pos)) : "EOF";
    }

    boolean currentIs(char c) {
        return pos < end && definition.charAt(pos) == c;
    }

    void assertEnd(boolean allowSemicolon) throws DefinitionError {
        skipWs();
        if (allowSemicolon) {
            if (!eof() && !definition.substring(pos).equals(";")) {
                throw error("Expected end of definition or ;.");
            }
        } else if (!eof()) {
            throw error("Expected end of definition.");
        }
    }

    /** Text up to one of {@code ends} outside brackets (Sphinx's _parse_balanced_token_seq). */
    String balancedTokens(String ends) throws DefinitionError {
        int start = pos;
        skipBalanced(ends, true);
        if (eof()) {
            throw error("Could not find end of balanced-token-seq starting at " + start + ".");
        }
        return definition.substring(start, pos);
    }

    /**
     * Moves up to one of {@code ends} that stands outside brackets, or to the end. With {@code strict}
     * a closing bracket that closes nothing is an error, as in a balanced-token-seq; the expression
     * fallback passes over it.
     */
    void skipBalanced(String ends, boolean strict) throws DefinitionError {
        StringBuilder closers = new StringBuilder();
        while (!eof()) {
            char c = definition.charAt(pos);
            if (closers.length() == 0 && ends.indexOf(c) >= 0) {
                break;
            }
            int open = "([{".indexOf(c);
            if (open >= 0) {
                closers.append(")]}".charAt(open));
            } else if (closers.length() > 0 && c == closers.charAt(closers.length() - 1)) {
                closers.setLength(closers.length() - 1);
            } else if (strict && ")]}".indexOf(c) >= 0) {
                throw error("Unexpected '" + c + "' in balanced-token-seq.");
            }
            pos++;
        }
    }

    // ---- literals (DefinitionParser._parse_string and _parse_literal)

    String string() throws DefinitionError {
        if (!currentIs('"')) {
            return null;
        }
        int start = pos;
        pos++;
        boolean escape = false;
        while (true) {
            if (eof()) {
                throw error("Unexpected end during inside string.");
            } else if (currentIs('"') && !escape) {
                pos++;
                break;
            } else {
                escape = currentIs('\\');
            }
            pos++;
        }
        return definition.substring(start, pos);
    }

    CAst.Node literal() throws DefinitionError {
        skipWs();
        if (skipWord("true")) {
            return new CAst.Token("true", SigNodes.KEYWORD);
        }
        if (skipWord("false")) {
            return new CAst.Token("false", SigNodes.KEYWORD);
        }
        int start = pos;
        if (match(FLOAT)) {
            match(FLOAT_SUFFIX);
            return new CAst.Token(definition.substring(start, pos), SigNodes.NUMBER);
        }
        for (Pattern integer : INTEGERS) {
            if (match(integer)) {
                match(INTEGER_SUFFIX);
                return new CAst.Token(definition.substring(start, pos), SigNodes.NUMBER);
            }
        }
        String string = string();
        if (string != null) {
            return new CAst.Token(string, SigNodes.STRING);
        }
        if (match(CHAR)) {
            String prefix = matchedGroup(1);
            String data = matchedGroup(2);
            return new CAst.Token((prefix == null ? "" : prefix) + "'" + data + "'", SigNodes.CHAR);
        }
        return null;
    }
}
