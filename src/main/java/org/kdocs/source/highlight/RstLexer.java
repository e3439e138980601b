package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;
import static org.kdocs.source.highlight.LexerStates.using;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.kdocs.source.highlight.Insertions.Insertion;

/**
 * reStructuredText, reproducing the token stream of Pygments' RstLexer (lexers/markup.py): a line-oriented
 * approximation of the markup, not a parse. The body of a code, code-block or sourcecode directive is handed to
 * the lexer of its language when there is one, with the indentation put back as plain text.
 */
final class RstLexer {
    private static final String INLINE = "inline";
    /** The characters that may follow the end of inline literal markup (docutils' end-string suffix). */
    private static final String END_STRING = "(?=$|[-/:.,; \\n\\u0000\\u2010-\\u2014\\u00a0'\")\\]}>\\u2019\\u201d\\u00bb!?])";
    /** A list item's first line and its continuation lines indented two past the marker's own indent. */
    private static final String ITEM = "( .+\\n(?:\\1  .+\\n)*)";

    static final RuleLexer LEXER = build();

    private RstLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        Object[] marker = {"Text", "Literal.Number", using(INLINE)};
        r.state("root")
                .rule("^(=+|-+|`+|:+|\\.+|'+|\"+|~+|\\^+|_+|\\*+|\\++|#+)([ \\t]*\\n)(.+)(\\n)(\\1)(\\n)",
                        groups("Generic.Heading", "Text", "Generic.Heading", "Text", "Generic.Heading", "Text"))
                .rule("^(\\S.*)(\\n)(={3,}|-{3,}|`{3,}|:{3,}|\\.{3,}|'{3,}|\"{3,}|~{3,}|\\^{3,}|_{3,}|\\*{3,}|\\+{3,}"
                        + "|#{3,})(\\n)", groups("Generic.Heading", "Text", "Generic.Heading", "Text"))
                .rule("^(\\s*)([-*+])" + ITEM, groups(marker))
                .rule("^(\\s*)([0-9#ivxlcmIVXLCM]+\\.)" + ITEM, groups(marker))
                .rule("^(\\s*)(\\(?[0-9#ivxlcmIVXLCM]+\\))" + ITEM, groups(marker))
                // Letter enumerators need a continuation line, so that a sentence starting "A. " stays text.
                .rule("^(\\s*)([A-Z]+\\.)( .+\\n(?:\\1  .+\\n)+)", groups(marker))
                .rule("^(\\s*)(\\(?[A-Za-z]+\\))( .+\\n(?:\\1  .+\\n)+)", groups(marker))
                .rule("^(\\s*)(\\|)( .+\\n(?:\\|  .+\\n)*)", groups("Text", "Operator", using(INLINE)))
                .rule("^( *\\.\\.)(\\s*)((?:source)?code(?:-block)?)(::)([ \\t]*)([^\\n]+)(\\n[ \\t]*\\n)([ \\t]+)(.*)"
                        + "(\\n)((?:(?:\\8.*)?\\n)+)", LexerStates.call(RstLexer::codeBlock))
                .rule("^( *\\.\\.)(\\s*)([\\w:-]+?)(::)(?:([ \\t]*)(.*))", groups("Punctuation", "Text",
                        "Operator.Word", "Punctuation", "Text", using(INLINE)))
                .rule("^( *\\.\\.)(\\s*)(_(?:[^:\\\\]|\\\\.)+:)(.*?)$",
                        groups("Punctuation", "Text", "Name.Tag", using(INLINE)))
                .rule("^( *\\.\\.)(\\s*)(\\[.+\\])(.*?)$", groups("Punctuation", "Text", "Name.Tag", using(INLINE)))
                .rule("^( *\\.\\.)(\\s*)(\\|.+\\|)(\\s*)([\\w:-]+?)(::)(?:([ \\t]*)(.*))", groups("Punctuation",
                        "Text", "Name.Tag", "Text", "Operator.Word", "Punctuation", "Text", using(INLINE)))
                .rule("^ *\\.\\..*(\\n( +.*\\n|\\n)+)?", "Comment")
                .rule("^( *)(:(?:\\\\\\\\|\\\\:|[^:\\n])+:(?=\\s))([ \\t]*)", groups("Text", "Name.Class", "Text"))
                .rule("^(\\S.*(?<!::)\\n)((?:(?: +.*)\\n)+)", groups(using(INLINE), using(INLINE)))
                .rule("(::)(\\n[ \\t]*\\n)([ \\t]+)(.*)(\\n)((?:(?:\\3.*)?\\n)+)", groups("Literal.String.Escape",
                        "Text", "Literal.String", "Literal.String", "Text", "Literal.String"))
                .include(INLINE);
        r.state(INLINE)
                .rule("\\\\.", "Text")
                .rule("``", "Literal.String", "literal")
                .rule("(`.+?)(<.+?>)(`__?)", groups("Literal.String", "Literal.String.Interpol", "Literal.String"))
                .rule("`.+?`__?", "Literal.String")
                .rule("(`.+?`)(:[a-zA-Z0-9:-]+?:)?", groups("Name.Variable", "Name.Attribute"))
                .rule("(:[a-zA-Z0-9:-]+?:)(`.+?`)", groups("Name.Attribute", "Name.Variable"))
                .rule("\\*\\*.+?\\*\\*", "Generic.Strong")
                .rule("\\*.+?\\*", "Generic.Emph")
                .rule("\\[.*?\\]_", "Literal.String")
                .rule("<.+?>", "Name.Tag")
                .rule("[^\\\\\\n\\[*`:]+", "Text")
                .rule(".", "Text");
        r.state("literal")
                .rule("[^`]+", "Literal.String")
                .rule("``" + END_STRING, "Literal.String", "#pop")
                .rule("`", "Literal.String");
        return r.build();
    }

    /** The directive line as tokens, then the body: highlighted in its language, else one string. */
    private static boolean codeBlock(RuleLexer.Run run, Matcher m, int group, List<RuleLexer.Raw> out) {
        String[] types = {"Punctuation", "Text", "Operator.Word", "Punctuation", "Text", "Keyword", "Text"};
        for (int i = 0; i < types.length; i++) {
            out.add(new RuleLexer.Raw(types[i], m.group(i + 1)));
        }
        String indent = m.group(8);
        String code = indent + m.group(9) + m.group(10) + m.group(11);
        Function<String, List<RuleLexer.Raw>> lexer = Highlighter.lexer(m.group(6).strip().toLowerCase(Locale.ROOT));
        if (lexer == null) {
            out.add(new RuleLexer.Raw("Literal.String", code));
            return true;
        }
        StringBuilder dedented = new StringBuilder();
        List<Insertion> insertions = new ArrayList<>();
        for (String line : pythonLines(code)) {
            if (line.length() > indent.length()) {
                insertions.add(new Insertion(dedented.length(),
                        List.of(new RuleLexer.Raw("Text", line.substring(0, indent.length())))));
                dedented.append(line, indent.length(), line.length());
            } else {
                dedented.append(line);
            }
        }
        out.addAll(Insertions.merge(lexer.apply(dedented.toString()), insertions));
        return true;
    }

    /** Lines with their ends, split where Python's str.splitlines splits. */
    static List<String> pythonLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || (c >= '\u001c' && c <= '\u001e')
                    || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (end) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
