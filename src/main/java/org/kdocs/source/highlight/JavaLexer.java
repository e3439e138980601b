package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.USING_ROOT;
import static org.kdocs.source.highlight.LexerStates.groups;

import java.util.regex.Pattern;

/** Java, reproducing the token stream of Pygments' JavaLexer (lexers/jvm.py; its dot matches newlines). */
final class JavaLexer {
    private static final String IDENT = "(?:[^\\W\\d]|\\$)[\\w$]*";

    static final RuleLexer LEXER = build();

    private JavaLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates(RuleLexer.FLAGS | Pattern.DOTALL);
        r.state("root")
                .rule("(^\\s*)((?:(?:public|private|protected|static|strictfp)(?:\\s+))*)(record)\\b",
                        groups("Text.Whitespace", USING_ROOT, "Keyword.Declaration"), "class")
                .rule("[^\\S\\n]+", "Text.Whitespace")
                .rule("(//.*?)(\\n)", groups("Comment.Single", "Text.Whitespace"))
                .rule("/\\*.*?\\*/", "Comment.Multiline")
                .rule("(?:assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new"
                        + "|return|switch|this|throw|try|while)\\b", "Keyword")
                .rule("((?:(?:[^\\W\\d]|\\$)[\\w.\\[\\]$<>?]*\\s+)+?)(" + IDENT + ")(\\s*)(\\()",
                        groups(USING_ROOT, "Name.Function", "Text.Whitespace", "Punctuation"))
                .rule("@[^\\W\\d][\\w.]*", "Name.Decorator")
                .rule("(?:abstract|const|enum|exports|extends|final|implements|native|non-sealed|open|opens"
                        + "|permits|private|protected|provides|public|requires|sealed|static|strictfp|super"
                        + "|synchronized|throws|to|transient|transitive|uses|volatile|with|yield)\\b",
                        "Keyword.Declaration")
                .rule("(?:boolean|byte|char|double|float|int|long|short|void)\\b", "Keyword.Type")
                .rule("(package)(\\s+)", groups("Keyword.Namespace", "Text.Whitespace"), "import")
                .rule("(?:true|false|null)\\b", "Keyword.Constant")
                .rule("(?:class|interface)\\b", "Keyword.Declaration", "class")
                .rule("module\\b", "Keyword.Declaration", "module")
                .rule("(var)(\\s+)", groups("Keyword.Declaration", "Text.Whitespace"), "var")
                .rule("(import(?:\\s+(?:static|module))?)(\\s+)", groups("Keyword.Namespace", "Text.Whitespace"),
                        "import")
                .rule("\"\"\"\\n", "Literal.String", "multiline_string")
                .rule("\"", "Literal.String", "string")
                .rule("'\\\\.'|'[^\\\\]'|'\\\\u[0-9a-fA-F]{4}'", "Literal.String.Char")
                .rule("(\\.)(" + IDENT + ")", groups("Punctuation", "Name.Attribute"))
                .rule("^(\\s*)(default)(:)", groups("Text.Whitespace", "Keyword", "Punctuation"))
                .rule("^(\\s*)(" + IDENT + ")(:)", groups("Text.Whitespace", "Name.Label", "Punctuation"))
                .rule(IDENT, "Name")
                .rule("(?:[0-9][0-9_]*\\.(?:[0-9][0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][+\\-]?[0-9][0-9_]*)?[fFdD]?"
                        + "|[0-9][eE][+\\-]?[0-9][0-9_]*[fFdD]?|[0-9](?:[eE][+\\-]?[0-9][0-9_]*)?[fFdD]"
                        + "|0[xX](?:[0-9a-fA-F][0-9a-fA-F_]*\\.?|(?:[0-9a-fA-F][0-9a-fA-F_]*)?\\.[0-9a-fA-F]"
                        + "[0-9a-fA-F_]*)[pP][+\\-]?[0-9][0-9_]*[fFdD]?", "Literal.Number.Float")
                .rule("0[xX][0-9a-fA-F][0-9a-fA-F_]*[lL]?", "Literal.Number.Hex")
                .rule("0[bB][01][01_]*[lL]?", "Literal.Number.Bin")
                .rule("0[0-7_]+[lL]?", "Literal.Number.Oct")
                .rule("0|[1-9][0-9_]*[lL]?", "Literal.Number.Integer")
                .rule("[~^*!%&\\[\\]<>|+=/?-]", "Operator")
                .rule("[{}();:.,]", "Punctuation")
                .rule("\\n", "Text.Whitespace");
        r.state("class")
                .rule("\\s+", "Text")
                .rule(IDENT, "Name.Class", "#pop");
        r.state("module")
                .rule("\\s+", "Text")
                .rule(IDENT, "Name.Class", "#pop");
        r.state("var").rule(IDENT, "Name", "#pop");
        r.state("import").rule("[\\w.]+\\*?", "Name.Namespace", "#pop");
        r.state("multiline_string")
                .rule("\"\"\"", "Literal.String", "#pop")
                .rule("\"", "Literal.String")
                .include("string");
        r.state("string")
                .rule("[^\\\\\"]+", "Literal.String")
                .rule("\\\\\\\\", "Literal.String")
                .rule("\\\\\"", "Literal.String")
                .rule("\\\\", "Literal.String")
                .rule("\"", "Literal.String", "#pop");
        return r.build();
    }
}
