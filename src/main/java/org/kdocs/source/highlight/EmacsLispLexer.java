package org.kdocs.source.highlight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Emacs Lisp, reproducing the token stream of Pygments' EmacsLispLexer (lexers/lisp.py): symbols are
 * Name.Variable unless elisp-names.txt lists them as a builtin function, special form, macro and so on.
 */
final class EmacsLispLexer {
    /** A character that may start a symbol: an escape or a non-macro character ("+-/" is a range). */
    private static final String START = "(?:\\\\.|[\\w!$%&*+-/<=>?@^{}~|])";
    private static final String SYMBOL = "(" + START + "(?:\\\\.|[\\w!$%&*+-/<=>?@^{}~|]|[#.:])*)";
    /** Followed by whitespace or a terminating macro character. */
    private static final String TERMINATED = "(?=[ \"()\\]'\\n,;`])";

    private static final Map<String, String> NAMES = loadNames();
    static final RuleLexer LEXER = build();

    private EmacsLispLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root").otherwise("body");
        r.state("body")
                .rule("\\s+", "Text.Whitespace")
                .rule(";.*$", "Comment.Single")
                .rule("\"", "Literal.String", "string")
                .rule("\\?([^\\\\]|\\\\.)", "Literal.String.Char")
                .rule(":" + SYMBOL, "Name.Builtin")
                .rule("::" + SYMBOL, "Literal.String.Symbol")
                .rule("'" + SYMBOL, "Literal.String.Symbol")
                .rule("'", "Operator")
                .rule("`", "Operator")
                .rule("[-+]?\\d+\\.?" + TERMINATED, "Literal.Number.Integer")
                .rule("[-+]?\\d+/\\d+" + TERMINATED, "Literal.Number")
                .rule("[-+]?(\\d*\\.\\d+([defls][-+]?\\d+)?|\\d+(\\.\\d*)?[defls][-+]?\\d+)" + TERMINATED,
                        "Literal.Number.Float")
                .rule("\\[|\\]", "Punctuation")
                .rule("#:" + SYMBOL, "Literal.String.Symbol")
                .rule("#\\^\\^?", "Operator")
                .rule("#'", "Name.Function")
                .rule("#[bB][+-]?[01]+(/[01]+)?", "Literal.Number.Bin")
                .rule("#[oO][+-]?[0-7]+(/[0-7]+)?", "Literal.Number.Oct")
                .rule("#[xX][+-]?[0-9a-fA-F]+(/[0-9a-fA-F]+)?", "Literal.Number.Hex")
                .rule("#\\d+r[+-]?[0-9a-zA-Z]+(/[0-9a-zA-Z]+)?", "Literal.Number")
                .rule("#\\d+=", "Operator")
                .rule("#\\d+#", "Operator")
                .rule(",@|,|\\.|:", "Operator")
                .rule("(t|nil)" + TERMINATED, "Name.Constant")
                .rule("\\*" + SYMBOL + "\\*", "Name.Variable.Global")
                .rule(SYMBOL, "Name.Variable")
                .rule("#\\(", "Operator", "body")
                .rule("\\(", "Punctuation", "body")
                .rule("\\)", "Punctuation", "#pop");
        r.state("string")
                .rule("[^\"\\\\`]+", "Literal.String")
                .rule("`" + SYMBOL + "'", "Literal.String.Symbol")
                .rule("`", "Literal.String")
                .rule("\\\\.", "Literal.String")
                .rule("\\\\\\n", "Literal.String")
                .rule("\"", "Literal.String", "#pop");
        return r.build(raw -> raw.type().equals("Name.Variable") && NAMES.containsKey(raw.text())
                ? new RuleLexer.Raw(NAMES.get(raw.text()), raw.text()) : raw);
    }

    /** Symbol name to token type; a name in several classes keeps the first, as Pygments checks them in order. */
    private static Map<String, String> loadNames() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = EmacsLispLexer.class.getResourceAsStream("elisp-names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String type = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("# ") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]") && line.length() > 2) {
                    type = line.substring(1, line.length() - 1);
                } else {
                    names.putIfAbsent(line, type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
