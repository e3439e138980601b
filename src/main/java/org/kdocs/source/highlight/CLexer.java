package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.USING_ROOT;
import static org.kdocs.source.highlight.LexerStates.groups;
import static org.kdocs.source.highlight.LexerStates.using;
import static org.kdocs.source.highlight.LexerStates.words;

import java.util.Set;

/** C, reproducing the token stream of Pygments' CLexer (lexers/c_cpp.py CFamilyLexer) with its default options. */
final class CLexer {
    private static final String WS1 = "\\s*(?:/[*].*?[*]/\\s*)?";
    private static final String HEX = "[0-9a-fA-F](?:'?[0-9a-fA-F])*";
    private static final String DEC = "\\d(?:'?\\d)*";
    private static final String INT_SUFFIX = "(?:(?:[uU]?[zZ])|(?:[zZ][uU])|(?:[uU][lL]{0,2})|(?:[lL]{1,2}[uU]?))?";
    private static final String IDENT = "(?!\\d)(?:[\\w$]|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8})+";
    private static final String NS_IDENT = "(?!\\d)(?:[\\w$]|\\\\u[0-9a-fA-F]{4}|\\\\U[0-9a-fA-F]{8}|::)+";
    private static final String COMMENT_SINGLE = "//(?:.|(?<=\\\\)\\n)*\\n";
    // Possessive inner runs keep Java's regex recursion shallow on long comments; what matches is unchanged.
    private static final String COMMENT_MULTI = "/(?:\\\\\\n)?[*](?:[^*]++|[*](?!(?:\\\\\\n)?/))*+[*](?:\\\\\\n)?/";
    private static final String POSSIBLE_COMMENTS =
            "\\s*(?:(?:(?:" + COMMENT_SINGLE + ")|(?:" + COMMENT_MULTI + "))\\s*)*";
    private static final String FUNCTION_HEAD = "(" + NS_IDENT + "(?:[&*\\s])+)(" + POSSIBLE_COMMENTS + ")("
            + NS_IDENT + ")(" + POSSIBLE_COMMENTS + ")(\\([^;\"')]*?\\))(" + POSSIBLE_COMMENTS + ")";

    private static final Set<String> EXTRA_TYPES = Set.of(
            // standard library
            "size_t", "ssize_t", "off_t", "wchar_t", "ptrdiff_t", "sig_atomic_t", "fpos_t", "clock_t", "time_t",
            "va_list", "jmp_buf", "FILE", "DIR", "div_t", "ldiv_t", "mbstate_t", "wctrans_t", "wint_t", "wctype_t",
            // C99
            "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
            "int_least8_t", "int_least16_t", "int_least32_t", "int_least64_t", "uint_least8_t", "uint_least16_t",
            "uint_least32_t", "uint_least64_t", "int_fast8_t", "int_fast16_t", "int_fast32_t", "int_fast64_t",
            "uint_fast8_t", "uint_fast16_t", "uint_fast32_t", "uint_fast64_t", "intptr_t", "uintptr_t",
            "intmax_t", "uintmax_t",
            // Linux
            "clockid_t", "cpu_set_t", "cpumask_t", "dev_t", "gid_t", "id_t", "ino_t", "key_t", "mode_t", "nfds_t",
            "pid_t", "rlim_t", "sig_t", "sighandler_t", "siginfo_t", "sigset_t", "sigval_t", "socklen_t", "timer_t",
            "uid_t",
            // C11 atomics
            "atomic_bool", "atomic_char", "atomic_schar", "atomic_uchar", "atomic_short", "atomic_ushort",
            "atomic_int", "atomic_uint", "atomic_long", "atomic_ulong", "atomic_llong", "atomic_ullong",
            "atomic_char16_t", "atomic_char32_t", "atomic_wchar_t", "atomic_int_least8_t", "atomic_uint_least8_t",
            "atomic_int_least16_t", "atomic_uint_least16_t", "atomic_int_least32_t", "atomic_uint_least32_t",
            "atomic_int_least64_t", "atomic_uint_least64_t", "atomic_int_fast8_t", "atomic_uint_fast8_t",
            "atomic_int_fast16_t", "atomic_uint_fast16_t", "atomic_int_fast32_t", "atomic_uint_fast32_t",
            "atomic_int_fast64_t", "atomic_uint_fast64_t", "atomic_intptr_t", "atomic_uintptr_t", "atomic_size_t",
            "atomic_ptrdiff_t", "atomic_intmax_t", "atomic_uintmax_t");

    static final RuleLexer LEXER = build();

    private CLexer() {
    }

    /** C's string literal state, which Pygments' Devicetree lexer takes over as it is. */
    static void stringState(LexerStates r) {
        r.state("string")
                .rule("\"", "Literal.String", "#pop")
                .rule("\\\\(?:[\\\\abfnrtv\"']|x[a-fA-F0-9]{2,4}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|[0-7]{1,3})",
                        "Literal.String.Escape")
                .rule("[^\\\\\"\\n]+", "Literal.String")
                .rule("\\\\\\n", "Literal.String")
                .rule("\\\\", "Literal.String");
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("whitespace")
                .rule("^#if\\s+0", "Comment.Preproc", "if0")
                .rule("^#", "Comment.Preproc", "macro")
                .rule("^(" + WS1 + ")(#if\\s+0)", groups(USING_ROOT, "Comment.Preproc"), "if0")
                .rule("^(" + WS1 + ")(#)", groups(USING_ROOT, "Comment.Preproc"), "macro")
                .rule("(^[ \\t]*)(?!(?:public|private|protected|default)\\b)(" + IDENT + ")(\\s*)(:)(?!:)",
                        groups("Text.Whitespace", "Name.Label", "Text.Whitespace", "Punctuation"))
                .rule("\\n", "Text.Whitespace")
                .rule("[^\\S\\n]+", "Text.Whitespace")
                .rule("\\\\\\n", "Text")
                .rule(COMMENT_SINGLE, "Comment.Single")
                .rule(COMMENT_MULTI, "Comment.Multiline")
                .rule("/(?:\\\\\\n)?[*][\\s\\S]*", "Comment.Multiline");
        r.state("statements")
                .include("keywords")
                .include("types")
                .rule("([LuU]|u8)?(\")", groups("Literal.String.Affix", "Literal.String"), "string")
                .rule("([LuU]|u8)?(')(\\\\.|\\\\[0-7]{1,3}|\\\\x[a-fA-F0-9]{1,2}|[^\\\\'\\n])(')",
                        groups("Literal.String.Affix", "Literal.String.Char", "Literal.String.Char",
                                "Literal.String.Char"))
                .rule("0[xX](?:" + HEX + "\\." + HEX + "|\\." + HEX + "|" + HEX + ")[pP][+-]?" + HEX + "[lL]?",
                        "Literal.Number.Float")
                .rule("-?(?:" + DEC + "\\." + DEC + "|\\." + DEC + "|" + DEC + ")[eE][+-]?" + DEC + "[fFlL]?",
                        "Literal.Number.Float")
                .rule("-?(?:(?:" + DEC + "\\.(?:" + DEC + ")?|\\." + DEC + ")[fFlL]?)|(?:" + DEC + "[fFlL])",
                        "Literal.Number.Float")
                .rule("-?0[xX]" + HEX + INT_SUFFIX, "Literal.Number.Hex")
                .rule("-?0[bB][01](?:'?[01])*" + INT_SUFFIX, "Literal.Number.Bin")
                .rule("-?0(?:'?[0-7])+" + INT_SUFFIX, "Literal.Number.Oct")
                .rule("-?" + DEC + INT_SUFFIX, "Literal.Number.Integer")
                .rule("[~!%^&*+=|?:<>/-]", "Operator")
                .rule("[()\\[\\],.]", "Punctuation")
                .rule("(?:true|false|NULL|nullptr)\\b", "Name.Builtin")
                .rule(IDENT, "Name");
        r.state("types")
                .rule(words("__", "\\b", "int8", "int16", "int32", "int64", "wchar_t"), "Keyword.Reserved")
                .rule(words("", "\\b", "bool", "int", "long", "float", "short", "double", "char", "unsigned",
                        "signed", "void", "_BitInt", "__int128"), "Keyword.Type");
        r.state("keywords")
                .rule("(struct|union)(\\s+)", groups("Keyword", "Text.Whitespace"), "classname")
                .rule("case\\b", "Keyword", "case-value")
                .rule(words("", "\\b", "asm", "auto", "break", "const", "constexpr", "continue", "default", "do",
                        "else", "enum", "extern", "for", "goto", "if", "register", "restricted", "return", "sizeof",
                        "struct", "static", "switch", "typedef", "typeof", "typeof_unqual", "volatile", "while",
                        "union", "thread_local", "alignas", "alignof", "static_assert", "_Pragma", "fortran"),
                        "Keyword")
                .rule(words("", "\\b", "inline", "_inline", "__inline", "naked", "restrict", "thread"),
                        "Keyword.Reserved")
                .rule("__m(?:128i|128d|128|64)\\b", "Keyword.Reserved")
                .rule(words("__", "\\b", "asm", "based", "except", "stdcall", "cdecl", "fastcall", "declspec",
                        "finally", "try", "leave", "w64", "unaligned", "raise", "noop", "identifier", "forceinline",
                        "assume", "null"), "Keyword.Reserved");
        r.state("root")
                .include("whitespace")
                .include("keywords")
                .rule(FUNCTION_HEAD + "([^;{/\"']*)(\\{)", groups(USING_ROOT, using("whitespace"), "Name.Function",
                        using("whitespace"), USING_ROOT, using("whitespace"), USING_ROOT, "Punctuation"), "function")
                .rule(FUNCTION_HEAD + "([^;/\"']*)(;)", groups(USING_ROOT, using("whitespace"), "Name.Function",
                        using("whitespace"), USING_ROOT, using("whitespace"), USING_ROOT, "Punctuation"))
                .include("types")
                .otherwise("statement");
        r.state("statement")
                .include("whitespace")
                .include("statements")
                .rule("\\}", "Punctuation")
                .rule("[{;]", "Punctuation", "#pop");
        r.state("function")
                .include("whitespace")
                .include("statements")
                .rule(";", "Punctuation")
                .rule("\\{", "Punctuation", "#push")
                .rule("\\}", "Punctuation", "#pop");
        stringState(r);
        r.state("macro")
                .rule("(" + WS1 + ")(include)(" + WS1 + ")(\"[^\"]+\")([^\\n]*)", groups(USING_ROOT,
                        "Comment.Preproc", USING_ROOT, "Comment.PreprocFile", "Comment.Single"))
                .rule("(" + WS1 + ")(include)(" + WS1 + ")(<[^>]+>)([^\\n]*)", groups(USING_ROOT,
                        "Comment.Preproc", USING_ROOT, "Comment.PreprocFile", "Comment.Single"))
                .rule("[^/\\n]+", "Comment.Preproc")
                .rule("/[*][\\s\\S]*?[*]/", "Comment.Multiline")
                .rule("//.*?\\n", "Comment.Single", "#pop")
                .rule("/", "Comment.Preproc")
                .rule("(?<=\\\\)\\n", "Comment.Preproc")
                .rule("\\n", "Comment.Preproc", "#pop");
        r.state("if0")
                .rule("^\\s*#if.*?(?<!\\\\)\\n", "Comment.Preproc", "#push")
                .rule("^\\s*#el(?:se|if).*\\n", "Comment.Preproc", "#pop")
                .rule("^\\s*#endif.*?(?<!\\\\)\\n", "Comment.Preproc", "#pop")
                .rule(".*?\\n", "Comment");
        r.state("classname")
                .rule(IDENT, "Name.Class", "#pop")
                .rule("\\s*(?=>)", "Text", "#pop")
                .otherwise("#pop");
        r.state("case-value")
                .rule("(?<!:)(:)(?!:)", "Punctuation", "#pop")
                .rule(IDENT, "Name.Constant")
                .include("whitespace")
                .include("statements");
        return r.build(raw -> raw.type().equals("Name") && EXTRA_TYPES.contains(raw.text())
                ? new RuleLexer.Raw("Keyword.Type", raw.text()) : raw);
    }
}
