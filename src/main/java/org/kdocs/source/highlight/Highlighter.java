package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits code into classified tokens the way docutils' code directive does with Pygments
 * (docutils utils/code_analyzer.py Lexer with long token names): Pygments' input normalisation, its token
 * stream, consecutive tokens of one type merged, the final newline dropped.
 */
public final class Highlighter {
    /** Pygments aliases of the covered lexers. */
    private static final Map<String, Function<String, List<RuleLexer.Raw>>> LEXERS = Map.ofEntries(
            Map.entry("c", CLexer.LEXER::lex),
            Map.entry("bash", BashLexer.LEXER::lex), Map.entry("sh", BashLexer.LEXER::lex),
            Map.entry("ksh", BashLexer.LEXER::lex), Map.entry("zsh", BashLexer.LEXER::lex),
            Map.entry("shell", BashLexer.LEXER::lex), Map.entry("openrc", BashLexer.LEXER::lex),
            Map.entry("console", ShellSessionLexer::lex), Map.entry("shell-session", ShellSessionLexer::lex),
            Map.entry("tex", TexLexer.LEXER::lex), Map.entry("latex", TexLexer.LEXER::lex),
            Map.entry("python", PythonLexer.LEXER::lex), Map.entry("py", PythonLexer.LEXER::lex),
            Map.entry("python3", PythonLexer.LEXER::lex), Map.entry("py3", PythonLexer.LEXER::lex),
            Map.entry("sage", PythonLexer.LEXER::lex), Map.entry("bazel", PythonLexer.LEXER::lex),
            Map.entry("starlark", PythonLexer.LEXER::lex), Map.entry("pyi", PythonLexer.LEXER::lex),
            Map.entry("rust", RustLexer.LEXER::lex), Map.entry("rs", RustLexer.LEXER::lex),
            Map.entry("kconfig", KconfigLexer.LEXER::lex), Map.entry("menuconfig", KconfigLexer.LEXER::lex),
            Map.entry("linux-config", KconfigLexer.LEXER::lex), Map.entry("kernel-config", KconfigLexer.LEXER::lex),
            Map.entry("make", MakefileLexer::lex), Map.entry("makefile", MakefileLexer::lex),
            Map.entry("mf", MakefileLexer::lex), Map.entry("bsdmake", MakefileLexer::lex),
            Map.entry("xml", XmlLexer.LEXER::lex), Map.entry("java", JavaLexer.LEXER::lex),
            Map.entry("devicetree", DevicetreeLexer.LEXER::lex), Map.entry("dts", DevicetreeLexer.LEXER::lex),
            Map.entry("diff", DiffLexer.LEXER::lex), Map.entry("udiff", DiffLexer.LEXER::lex),
            Map.entry("json", JsonLexer::lex), Map.entry("json-object", JsonLexer::lex),
            Map.entry("yaml", YamlLexer.LEXER::lex),
            Map.entry("rst", RstLexer.LEXER::lex), Map.entry("rest", RstLexer.LEXER::lex),
            Map.entry("restructuredtext", RstLexer.LEXER::lex),
            Map.entry("emacs-lisp", EmacsLispLexer.LEXER::lex), Map.entry("elisp", EmacsLispLexer.LEXER::lex),
            Map.entry("emacs", EmacsLispLexer.LEXER::lex));

    private Highlighter() {
    }

    /** Whether {@link #tokens} knows the language (a Pygments alias, compared case-insensitively). */
    public static boolean covers(String language) {
        return language != null && LEXERS.containsKey(language.toLowerCase(Locale.ROOT));
    }

    /** The raw token stream of a covered lexer alias (lower case), for lexers that embed others; else null. */
    static Function<String, List<RuleLexer.Raw>> lexer(String alias) {
        return LEXERS.get(alias);
    }

    /** The tokens of code in the language, or null when the language is not covered. */
    public static List<HighlightToken> tokens(String language, String code) {
        if (!covers(language)) {
            return null;
        }
        Function<String, List<RuleLexer.Raw>> lexer = LEXERS.get(language.toLowerCase(Locale.ROOT));
        List<RuleLexer.Raw> raw;
        try {
            raw = lexer.apply(normalize(code));
        } catch (StackOverflowError tooDeep) {
            // A pathological input exhausted the regex engine: an unclassified run is still correct text.
            return List.of(new HighlightToken(List.of(), stripFinalNewline(normalize(code))));
        }
        return merge(raw);
    }

    /** Pygments' preprocessing with default lexer options: no BOM, \n line ends, outer newlines stripped, one final newline. */
    static String normalize(String code) {
        String text = code.startsWith("\ufeff") ? code.substring(1) : code;
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '\n') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(start, end) + "\n";
    }

    private static String stripFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<HighlightToken> merge(List<RuleLexer.Raw> raw) {
        List<HighlightToken> result = new ArrayList<>();
        if (raw.isEmpty()) {
            return result;
        }
        String type = raw.get(0).type();
        StringBuilder value = new StringBuilder(raw.get(0).text());
        for (int i = 1; i < raw.size(); i++) {
            RuleLexer.Raw next = raw.get(i);
            if (next.type().equals(type)) {
                value.append(next.text());
            } else {
                result.add(new HighlightToken(classes(type), value.toString()));
                type = next.type();
                value = new StringBuilder(next.text());
            }
        }
        String last = stripFinalNewline(value.toString());
        if (!last.isEmpty()) {
            result.add(new HighlightToken(classes(type), last));
        }
        return result;
    }

    /** docutils' long class names: the token type path lower-cased, without "token" and "text". */
    static List<String> classes(String type) {
        List<String> classes = new ArrayList<>();
        for (String part : type.toLowerCase(Locale.ROOT).split("\\.")) {
            if (!part.isEmpty() && !part.equals("text") && !part.equals("token")) {
                classes.add(part);
            }
        }
        return classes;
    }
}
