package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;

/** Bash and sh, reproducing the token stream of Pygments' BashLexer (lexers/shell.py). */
final class BashLexer {
    static final RuleLexer LEXER = build();

    private BashLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .include("basic")
                .rule("`", "Literal.String.Backtick", "backticks")
                .include("data")
                .include("interp");
        r.state("interp")
                .rule("\\$\\(\\(", "Keyword", "math")
                .rule("\\$\\(", "Keyword", "paren")
                .rule("\\$\\{#?", "Literal.String.Interpol", "curly")
                .rule("\\$[a-zA-Z_]\\w*", "Name.Variable")
                .rule("\\$(?:\\d+|[#$?!_*@-])", "Name.Variable")
                .rule("\\$", "Text");
        r.state("basic")
                .rule("\\b(if|fi|else|while|in|do|done|for|then|return|function|case|select|break|continue|until"
                        + "|esac|elif)(\\s*)\\b", groups("Keyword", "Text.Whitespace"))
                .rule("\\b(?:alias|bg|bind|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo"
                        + "|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local"
                        + "|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time"
                        + "|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\\s)`])",
                        "Name.Builtin")
                .rule("\\A#!.+\\n", "Comment.Hashbang")
                .rule("#.*\\n", "Comment.Single")
                .rule("\\\\[\\s\\S]", "Literal.String.Escape")
                .rule("(\\b\\w+)(\\s*)(\\+?=)", groups("Name.Variable", "Text.Whitespace", "Operator"))
                .rule("[\\[\\]{}()=]", "Operator")
                .rule("<<<", "Operator")
                .rule("<<-?\\s*('?)\\\\?(\\w+)[\\s\\S]+?\\2", "Literal.String")
                .rule("&&|\\|\\|", "Operator");
        // Possessive repetitions below keep Java's regex recursion shallow; each has only one way to match.
        r.state("data")
                .rule("(?s)\\$?\"(?:\\\\.|[^\"\\\\$])*+\"", "Literal.String.Double")
                .rule("\"", "Literal.String.Double", "string")
                .rule("(?s)\\$'(?:\\\\\\\\|\\\\[0-7]+|\\\\.|[^'\\\\])*+'", "Literal.String.Single")
                .rule("(?s)'.*?'", "Literal.String.Single")
                .rule(";", "Punctuation")
                .rule("&", "Punctuation")
                .rule("\\|", "Punctuation")
                .rule("\\s+", "Text.Whitespace")
                .rule("\\d+\\b", "Literal.Number")
                .rule("[^=\\s\\[\\]{}()$\"'`\\\\<&|;]+", "Text")
                .rule("<", "Text");
        r.state("string")
                .rule("\"", "Literal.String.Double", "#pop")
                .rule("(?s)(?:\\\\\\\\|\\\\[0-7]+|\\\\.|[^\"\\\\$])++", "Literal.String.Double")
                .include("interp");
        r.state("curly")
                .rule("\\}", "Literal.String.Interpol", "#pop")
                .rule(":-", "Keyword")
                .rule("\\w+", "Name.Variable")
                .rule("[^}:\"'`$\\\\]+", "Punctuation")
                .rule(":", "Punctuation")
                .include("root");
        r.state("paren")
                .rule("\\)", "Keyword", "#pop")
                .include("root");
        r.state("math")
                .rule("\\)\\)", "Keyword", "#pop")
                .rule("\\*\\*|\\|\\||<<|>>|[-+*/%^|&<>]", "Operator")
                .rule("\\d+#[\\da-zA-Z]+", "Literal.Number")
                .rule("\\d+#(?! )", "Literal.Number")
                .rule("0[xX][\\da-fA-F]+", "Literal.Number")
                .rule("\\d+", "Literal.Number")
                .rule("[a-zA-Z_]\\w*", "Name.Variable")
                .include("root");
        r.state("backticks")
                .rule("`", "Literal.String.Backtick", "#pop")
                .include("root");
        return r.build();
    }
}
