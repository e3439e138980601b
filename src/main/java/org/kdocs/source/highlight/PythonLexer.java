package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.USING_ROOT;
import static org.kdocs.source.highlight.LexerStates.groups;
import static org.kdocs.source.highlight.LexerStates.words;

/** Python 3, reproducing the token stream of Pygments' PythonLexer (lexers/python.py). */
final class PythonLexer {
    /** Identifiers: Unicode letters and connectors (Pygments uses XID_Start / XID_Continue). */
    private static final String NAME = "[_\\p{L}\\p{Nl}][_\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}]*";
    private static final String LOWER_KEYWORDS = "and|as|assert|async|await|break|class|continue|def|del|elif|else"
            + "|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while"
            + "|with|yield";

    static final RuleLexer LEXER = build();

    private PythonLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("\\n", "Text.Whitespace")
                .rule("^(\\s*)([rRuUbB]{0,2})(\"\"\"[\\s\\S]*?\"\"\")",
                        groups("Text.Whitespace", "Literal.String.Affix", "Literal.String.Doc"))
                .rule("^(\\s*)([rRuUbB]{0,2})('''[\\s\\S]*?''')",
                        groups("Text.Whitespace", "Literal.String.Affix", "Literal.String.Doc"))
                .rule("\\A#!.+$", "Comment.Hashbang")
                .rule("#.*$", "Comment.Single")
                .rule("\\\\\\n", "Text")
                .rule("\\\\", "Text")
                .include("keywords")
                .include("soft-keywords")
                .rule("(def)((?:\\s|\\\\\\s)+)", groups("Keyword", "Text.Whitespace"), "funcname")
                .rule("(class)((?:\\s|\\\\\\s)+)", groups("Keyword", "Text.Whitespace"), "classname")
                .rule("(from)((?:\\s|\\\\\\s)+)", groups("Keyword.Namespace", "Text.Whitespace"), "fromimport")
                .rule("(import)((?:\\s|\\\\\\s)+)", groups("Keyword.Namespace", "Text.Whitespace"), "import")
                .include("expr");
        r.state("expr");
        stringOpenings(r, "(?i)(r[ft]|[ft]r)", "rfstringescape", "f");
        stringOpenings(r, "([fFtT])", "fstringescape", "f");
        stringOpenings(r, "(?i)(rb|br|r)", null, "s");
        stringOpenings(r, "([uU]?)", "stringescape", "s");
        stringOpenings(r, "([bB])", "bytesescape", "s");
        r.rule("[^\\S\\n]+", "Text")
                .include("numbers")
                .rule("!=|==|<<|>>|:=|[-~+/*%=<>&^|.]", "Operator")
                .rule("[\\]{}:(),;\\[]", "Punctuation")
                .rule("(?:in|is|and|or|not)\\b", "Operator.Word")
                .include("expr-keywords")
                .include("builtins")
                .include("magicfuncs")
                .include("magicvars")
                .include("name");
        r.state("expr-inside-fstring")
                .rule("[{(\\[]", "Punctuation", "expr-inside-fstring-inner")
                .rule("(?:=\\s*)?(?:![sraf])?\\}", "Literal.String.Interpol", "#pop")
                .rule("(?:=\\s*)?(?:![sraf])?:", "Literal.String.Interpol", "#pop")
                .rule("\\s+", "Text.Whitespace")
                .include("expr");
        r.state("expr-inside-fstring-inner")
                .rule("[{(\\[]", "Punctuation", "expr-inside-fstring-inner")
                .rule("[\\])}]", "Punctuation", "#pop")
                .rule("\\s+", "Text.Whitespace")
                .include("expr");
        r.state("expr-keywords")
                .rule(words("", "\\b", "async for", "await", "else", "for", "if", "lambda", "yield", "yield from"),
                        "Keyword")
                .rule(words("", "\\b", "True", "False", "None"), "Keyword.Constant");
        r.state("keywords")
                .rule(words("", "\\b", "assert", "async", "await", "break", "continue", "del", "elif", "else",
                        "except", "finally", "for", "global", "if", "lambda", "pass", "raise", "nonlocal", "return",
                        "try", "while", "yield", "yield from", "as", "with"), "Keyword")
                .rule(words("", "\\b", "True", "False", "None"), "Keyword.Constant");
        r.state("soft-keywords")
                .rule("(^[ \\t]*)(match|case)\\b(?![ \\t]*(?:[:,;=^&|@~)\\]}]|(?:" + LOWER_KEYWORDS + ")\\b))",
                        groups("Text", "Keyword"), "soft-keywords-inner");
        r.state("soft-keywords-inner")
                .rule("(\\s+)([^\\n_]*)(_\\b)", groups("Text.Whitespace", USING_ROOT, "Keyword"))
                .otherwise("#pop");
        r.state("builtins")
                .rule(words("(?<!\\.)", "\\b", "__import__", "abs", "aiter", "all", "any", "bin", "bool",
                        "bytearray", "breakpoint", "bytes", "callable", "chr", "classmethod", "compile", "complex",
                        "delattr", "dict", "dir", "divmod", "enumerate", "eval", "filter", "float", "format",
                        "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int",
                        "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
                        "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range", "repr",
                        "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
                        "super", "tuple", "type", "vars", "zip"), "Name.Builtin")
                .rule("(?<!\\.)(?:self|Ellipsis|NotImplemented|cls)\\b", "Name.Builtin.Pseudo")
                .rule(words("(?<!\\.)", "\\b", PythonNames.EXCEPTIONS), "Name.Exception");
        r.state("magicfuncs").rule(words("", "\\b", PythonNames.MAGIC_FUNCTIONS), "Name.Function.Magic");
        r.state("magicvars").rule(words("", "\\b", PythonNames.MAGIC_VARIABLES), "Name.Variable.Magic");
        r.state("numbers")
                .rule("(?:\\d(?:_?\\d)*\\.(?:\\d(?:_?\\d)*)?|(?:\\d(?:_?\\d)*)?\\.\\d(?:_?\\d)*)"
                        + "(?:[eE][+-]?\\d(?:_?\\d)*)?", "Literal.Number.Float")
                .rule("\\d(?:_?\\d)*[eE][+-]?\\d(?:_?\\d)*j?", "Literal.Number.Float")
                .rule("0[oO](?:_?[0-7])+", "Literal.Number.Oct")
                .rule("0[bB](?:_?[01])+", "Literal.Number.Bin")
                .rule("0[xX](?:_?[a-fA-F0-9])+", "Literal.Number.Hex")
                .rule("\\d(?:_?\\d)*", "Literal.Number.Integer");
        r.state("name")
                .rule("@" + NAME, "Name.Decorator")
                .rule("@", "Operator")
                .rule(NAME, "Name");
        r.state("funcname")
                .include("magicfuncs")
                .rule(NAME, "Name.Function", "#pop")
                .otherwise("#pop");
        r.state("classname").rule(NAME, "Name.Class", "#pop");
        r.state("import")
                .rule("(\\s+)(as)(\\s+)", groups("Text.Whitespace", "Keyword", "Text.Whitespace"))
                .rule("\\.", "Name.Namespace")
                .rule(NAME, "Name.Namespace")
                .rule("(\\s*)(,)(\\s*)", groups("Text.Whitespace", "Operator", "Text.Whitespace"))
                .otherwise("#pop");
        r.state("fromimport")
                .rule("(\\s+)(import)\\b", groups("Text.Whitespace", "Keyword.Namespace"), "#pop")
                .rule("\\.", "Name.Namespace")
                .rule("None\\b", "Keyword.Constant", "#pop")
                .rule(NAME, "Name.Namespace")
                .otherwise("#pop");
        r.state("rfstringescape")
                .rule("\\{\\{", "Literal.String.Escape")
                .rule("\\}\\}", "Literal.String.Escape");
        r.state("fstringescape").include("rfstringescape").include("stringescape");
        r.state("bytesescape")
                .rule("\\\\(?:[\\\\abfnrtv\"']|\\n|x[a-fA-F0-9]{2}|[0-7]{1,3})", "Literal.String.Escape");
        r.state("stringescape")
                .rule("\\\\(?:N\\{.*?\\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8})", "Literal.String.Escape")
                .include("bytesescape");
        for (String kind : new String[] {"Single", "Double"}) {
            String type = "Literal.String." + kind;
            r.state("fstrings-" + kind)
                    .rule("\\}", "Literal.String.Interpol")
                    .rule("\\{", "Literal.String.Interpol", "expr-inside-fstring")
                    .rule("[^\\\\'\"{}\\n]+", type)
                    .rule("['\"\\\\]", type);
            r.state("strings-" + kind)
                    .rule("%(?:\\(\\w+\\))?[-#0 +]*(?:[0-9]+|[*])?(?:\\.(?:[0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]",
                            "Literal.String.Interpol")
                    .rule("\\{(?:\\w+(?:\\.\\w+|\\[[^\\]]+\\])*)?(?:![sra])?"
                            + "(?::(?:.?[<>=\\^])?[-+ ]?#?0?(?:\\d+)?,?(?:\\.\\d+)?[E-GXb-gnosx%]?)?\\}",
                            "Literal.String.Interpol")
                    .rule("[^\\\\'\"%{\\n]+", type)
                    .rule("['\"\\\\]", type)
                    .rule("%|\\{{1,2}", type);
        }
        closing(r, "dqf", "\"", "Double", "fstrings-Double", "\\\\\\\\|\\\\\"|\\\\\\n");
        closing(r, "sqf", "'", "Single", "fstrings-Single", "\\\\\\\\|\\\\'|\\\\\\n");
        closing(r, "dqs", "\"", "Double", "strings-Double", "\\\\\\\\|\\\\\"|\\\\\\n");
        closing(r, "sqs", "'", "Single", "strings-Single", "\\\\\\\\|\\\\'|\\\\\\n");
        closing(r, "tdqf", "\"\"\"", "Double", "fstrings-Double", null);
        closing(r, "tsqf", "'''", "Single", "fstrings-Single", null);
        closing(r, "tdqs", "\"\"\"", "Double", "strings-Double", null);
        closing(r, "tsqs", "'''", "Single", "strings-Single", null);
        for (String escape : new String[] {"rfstringescape", "fstringescape", "stringescape", "bytesescape"}) {
            for (String body : new String[] {"dqf", "sqf", "tdqf", "tsqf", "dqs", "sqs", "tdqs", "tsqs"}) {
                r.state(escape + "+" + body).include(escape).include(body);
            }
        }
        return r.build();
    }

    /** The four string openings for one prefix; the body state is combined with an escape state when given. */
    private static void stringOpenings(LexerStates r, String prefix, String escape, String kind) {
        String[][] quotes = {{"\"\"\"", "Double", "tdq"}, {"'''", "Single", "tsq"}, {"\"", "Double", "dq"},
                             {"'", "Single", "sq"}};
        for (String[] q : quotes) {
            String body = q[2] + kind;
            r.rule(prefix + "(" + java.util.regex.Pattern.quote(q[0]) + ")",
                    groups("Literal.String.Affix", "Literal.String." + q[1]),
                    escape == null ? body : escape + "+" + body);
        }
    }

    /** A string body: its closing quote, raw-string escapes for one-line strings, the inner rules, newlines. */
    private static void closing(LexerStates r, String name, String quote, String kind, String inner, String rawEscapes) {
        String type = "Literal.String." + kind;
        r.state(name).rule(java.util.regex.Pattern.quote(quote), type, "#pop");
        if (rawEscapes != null) {
            r.rule(rawEscapes, "Literal.String.Escape");
        }
        r.include(inner);
        if (rawEscapes == null) {
            r.rule("\\n", type);
        }
    }
}
