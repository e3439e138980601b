package org.kdocs.source.highlight;

/** TeX and LaTeX, reproducing the token stream of Pygments' TexLexer (lexers/markup.py). */
final class TexLexer {
    static final RuleLexer LEXER = build();

    private TexLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("general")
                .rule("%.*?\\n", "Comment")
                .rule("[{}]", "Name.Builtin")
                .rule("[&_^]", "Name.Builtin");
        r.state("root")
                .rule("\\\\\\[", "Literal.String.Backtick", "displaymath")
                .rule("\\\\\\(", "Literal.String", "inlinemath")
                .rule("\\$\\$", "Literal.String.Backtick", "displaymath")
                .rule("\\$", "Literal.String", "inlinemath")
                .rule("\\\\(?:[a-zA-Z@_:]+|\\S?)", "Keyword", "command")
                .rule("\\\\$", "Keyword")
                .include("general")
                .rule("[^\\\\$%&_^{}]+", "Text");
        r.state("math")
                .rule("\\\\(?:[a-zA-Z]+|\\S?)", "Name.Variable")
                .include("general")
                .rule("[0-9]+", "Literal.Number")
                .rule("[-=!+*/()\\[\\]]", "Operator")
                .rule("[^=!+*/()\\[\\]\\\\$%&_^{}0-9-]+", "Name.Builtin");
        r.state("inlinemath")
                .rule("\\\\\\)", "Literal.String", "#pop")
                .rule("\\$", "Literal.String", "#pop")
                .include("math");
        r.state("displaymath")
                .rule("\\\\\\]", "Literal.String", "#pop")
                .rule("\\$\\$", "Literal.String", "#pop")
                .rule("\\$", "Name.Builtin")
                .include("math");
        r.state("command")
                .rule("\\[.*?\\]", "Name.Attribute")
                .rule("\\*", "Keyword")
                .otherwise("#pop");
        return r.build();
    }
}
