package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;
import static org.kdocs.source.highlight.LexerStates.words;

/** Rust, reproducing the token stream of Pygments' RustLexer (lexers/rust.py). */
final class RustLexer {
    private static final String TYPES = words("", "\\b", "u8", "u16", "u32", "u64", "u128", "i8", "i16", "i32",
            "i64", "i128", "usize", "isize", "f32", "f64", "char", "str", "bool");
    private static final String PRELUDE = words("", "\\b", "Copy", "Send", "Sized", "Sync", "Unpin", "Drop", "Fn",
            "FnMut", "FnOnce", "drop", "Box", "ToOwned", "Clone", "PartialEq", "PartialOrd", "Eq", "Ord", "AsRef",
            "AsMut", "Into", "From", "Default", "Iterator", "Extend", "IntoIterator", "DoubleEndedIterator",
            "ExactSizeIterator", "Option", "Some", "None", "Result", "Ok", "Err", "String", "ToString", "Vec");
    private static final String MACROS = words("", "!", "asm", "assert", "assert_eq", "assert_ne", "cfg", "column",
            "compile_error", "concat", "concat_idents", "dbg", "debug_assert", "debug_assert_eq", "debug_assert_ne",
            "env", "eprint", "eprintln", "file", "format", "format_args", "format_args_nl", "global_asm", "include",
            "include_bytes", "include_str", "is_aarch64_feature_detected", "is_arm_feature_detected",
            "is_mips64_feature_detected", "is_mips_feature_detected", "is_powerpc64_feature_detected",
            "is_powerpc_feature_detected", "is_x86_feature_detected", "line", "llvm_asm", "log_syntax",
            "macro_rules", "matches", "module_path", "option_env", "panic", "print", "println", "stringify",
            "thread_local", "todo", "trace_macros", "unimplemented", "unreachable", "vec", "write", "writeln");

    static final RuleLexer LEXER = build();

    private RustLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("#![^\\[\\n].*$", "Comment.Preproc")
                .otherwise("base");
        r.state("base")
                .rule("\\n", "Text.Whitespace")
                .rule("\\s+", "Text.Whitespace")
                .rule("//!.*?\\n", "Literal.String.Doc")
                .rule("///(?:\\n|[^/].*?\\n)", "Literal.String.Doc")
                .rule("//.*?\\n", "Comment.Single")
                .rule("/\\*\\*(?:\\n|[^/*])", "Literal.String.Doc", "doccomment")
                .rule("/\\*!", "Literal.String.Doc", "doccomment")
                .rule("/\\*", "Comment.Multiline", "comment")
                .rule("\\$(?:[a-zA-Z_]\\w*|\\(,?|\\),?|,?)", "Comment.Preproc")
                .rule(words("", "\\b", "as", "async", "await", "box", "const", "crate", "dyn", "else", "extern",
                        "for", "if", "impl", "in", "loop", "match", "move", "mut", "pub", "ref", "return", "static",
                        "super", "trait", "unsafe", "use", "where", "while"), "Keyword")
                .rule(words("", "\\b", "abstract", "become", "do", "final", "macro", "override", "priv", "typeof",
                        "try", "unsized", "virtual", "yield"), "Keyword.Reserved")
                .rule("(?:true|false)\\b", "Keyword.Constant")
                .rule("self\\b", "Name.Builtin.Pseudo")
                .rule("mod\\b", "Keyword", "modname")
                .rule("let\\b", "Keyword.Declaration")
                .rule("fn\\b", "Keyword", "funcname")
                .rule("(?:struct|enum|type|union)\\b", "Keyword", "typename")
                .rule("(default)(\\s+)(type|fn)\\b", groups("Keyword", "Text.Whitespace", "Keyword"))
                .rule(TYPES, "Keyword.Type")
                .rule("[sS]elf\\b", "Name.Builtin.Pseudo")
                .rule(PRELUDE, "Name.Builtin")
                .rule(MACROS, "Name.Function.Magic")
                .rule("::\\b", "Punctuation")
                .rule("(?::|->)", "Punctuation", "typename")
                .rule("(break|continue)(\\b\\s*)('[A-Za-z_]\\w*)?", groups("Keyword", "Text.Whitespace", "Name.Label"))
                .rule("'(?:\\\\['\"\\\\nrt]|\\\\x[0-7][0-9a-fA-F]|\\\\0|\\\\u\\{[0-9a-fA-F]{1,6}\\}|.)'",
                        "Literal.String.Char")
                .rule("b'(?:\\\\['\"\\\\nrt]|\\\\x[0-9a-fA-F]{2}|\\\\0|\\\\u\\{[0-9a-fA-F]{1,6}\\}|.)'",
                        "Literal.String.Char")
                .rule("0b[01_]+", "Literal.Number.Bin", "number_lit")
                .rule("0o[0-7_]+", "Literal.Number.Oct", "number_lit")
                .rule("0[xX][0-9a-fA-F_]+", "Literal.Number.Hex", "number_lit")
                .rule("[0-9][0-9_]*(?:\\.[0-9_]+[eE][+\\-]?[0-9_]+|\\.[0-9_]*(?!\\.)|[eE][+\\-]?[0-9_]+)",
                        "Literal.Number.Float", "number_lit")
                .rule("[0-9][0-9_]*", "Literal.Number.Integer", "number_lit")
                .rule("b\"", "Literal.String", "bytestring")
                .rule("\"", "Literal.String", "string")
                .rule("(?s)b?r(#*)\".*?\"\\1", "Literal.String")
                .rule("'", "Operator", "lifetime")
                .rule("\\.\\.=?", "Operator")
                .rule("[{}()\\[\\],.;]", "Punctuation")
                .rule("[+\\-*/%&|<>^!~@=:?]", "Operator")
                .rule("[a-zA-Z_]\\w*", "Name")
                .rule("r#[a-zA-Z_]\\w*", "Name")
                .rule("#!?\\[", "Comment.Preproc", "attribute[")
                .rule("#", "Punctuation");
        for (String[] c : new String[][] {{"comment", "Comment.Multiline"}, {"doccomment", "Literal.String.Doc"}}) {
            r.state(c[0])
                    .rule("[^*/]+", c[1])
                    .rule("/\\*", c[1], "#push")
                    .rule("\\*/", c[1], "#pop")
                    .rule("[*/]", c[1]);
        }
        r.state("modname")
                .rule("\\s+", "Text.Whitespace")
                .rule("[a-zA-Z_]\\w*", "Name.Namespace", "#pop")
                .otherwise("#pop");
        r.state("funcname")
                .rule("\\s+", "Text.Whitespace")
                .rule("[a-zA-Z_]\\w*", "Name.Function", "#pop")
                .otherwise("#pop");
        r.state("typename")
                .rule("\\s+", "Text.Whitespace")
                .rule("&", "Keyword.Pseudo")
                .rule("'", "Operator", "lifetime")
                .rule(PRELUDE, "Name.Builtin")
                .rule(TYPES, "Keyword.Type")
                .rule("[a-zA-Z_]\\w*", "Name.Class", "#pop")
                .otherwise("#pop");
        r.state("lifetime")
                .rule("static|_", "Name.Builtin")
                .rule("[a-zA-Z_]+\\w*", "Name.Attribute")
                .otherwise("#pop");
        r.state("number_lit")
                .rule("[ui](?:8|16|32|64|size)", "Keyword", "#pop")
                .rule("f(?:32|64)", "Keyword", "#pop")
                .otherwise("#pop");
        r.state("string")
                .rule("\"", "Literal.String", "#pop")
                .rule("\\\\['\"\\\\nrt]|\\\\x[0-7][0-9a-fA-F]|\\\\0|\\\\u\\{[0-9a-fA-F]{1,6}\\}",
                        "Literal.String.Escape")
                .rule("[^\\\\\"]+", "Literal.String")
                .rule("\\\\", "Literal.String");
        r.state("bytestring")
                .rule("\\\\x[89a-fA-F][0-9a-fA-F]", "Literal.String.Escape")
                .include("string");
        r.state("attribute_common")
                .rule("\"", "Literal.String", "string")
                .rule("\\[", "Comment.Preproc", "attribute[");
        r.state("attribute[")
                .include("attribute_common")
                .rule("\\]", "Comment.Preproc", "#pop")
                .rule("[^\"\\]\\[]+", "Comment.Preproc");
        return r.build();
    }
}
