package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.words;

/** Kconfig, reproducing the token stream of Pygments' KconfigLexer (lexers/configs.py), tabs counting 8. */
final class KconfigLexer {
    static final RuleLexer LEXER = build();

    private KconfigLexer() {
    }

    /** A line indented by at least the given number of levels (a tab, or up to 7 spaces and a tab, or 8 spaces). */
    private static String indent(int level) {
        return "(?:\\t| {1,7}\\t| {8})" + (level == 1 ? "" : "{" + level + "}") + ".*\\n";
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("\\s+", "Text.Whitespace")
                .rule("#.*?\\n", "Comment.Single")
                .rule(words("", "\\b", "mainmenu", "config", "menuconfig", "choice", "endchoice", "comment", "menu",
                        "endmenu", "visible if", "if", "endif", "source", "prompt", "select", "depends on",
                        "default", "range", "option"), "Keyword")
                .rule("(?:---help---|help)[\\t ]*\\n", "Keyword", "help")
                .rule("(?:bool|tristate|string|hex|int|defconfig_list|modules|env)\\b", "Name.Builtin")
                .rule("[!=&|]", "Operator")
                .rule("[()]", "Punctuation")
                .rule("[0-9]+", "Literal.Number.Integer")
                .rule("'(?:''|[^'])*'", "Literal.String.Single")
                .rule("\"(?:\"\"|[^\"])*\"", "Literal.String.Double")
                .rule("\\S+", "Text");
        r.state("help").rule("\\s*\\n", "Text");
        for (int level = 7; level >= 1; level--) {
            r.rule(indent(level), "Literal.String.Doc", "indent" + level);
        }
        r.otherwise("#pop");
        for (int level = 7; level >= 1; level--) {
            r.state("indent" + level)
                    .rule(indent(level), "Literal.String.Doc")
                    .rule("\\s*\\n", "Text")
                    .otherwise("#pop:2");
        }
        return r.build();
    }
}
