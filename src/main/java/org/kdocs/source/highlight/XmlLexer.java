package org.kdocs.source.highlight;

import java.util.regex.Pattern;

/** XML, reproducing the token stream of Pygments' XmlLexer (lexers/html.py; its dot matches newlines). */
final class XmlLexer {
    static final RuleLexer LEXER = build();

    private XmlLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates(RuleLexer.FLAGS | Pattern.DOTALL);
        r.state("root")
                .rule("[^<&\\s]+", "Text")
                .rule("[^<&\\S]+", "Text.Whitespace")
                .rule("&\\S*?;", "Name.Entity")
                .rule("<!\\[CDATA\\[.*?\\]\\]>", "Comment.Preproc")
                .rule("<!--.*?-->", "Comment.Multiline")
                .rule("<\\?.*?\\?>", "Comment.Preproc")
                .rule("<![^>]*>", "Comment.Preproc")
                .rule("<\\s*[\\w:.-]+", "Name.Tag", "tag")
                .rule("<\\s*/\\s*[\\w:.-]+\\s*>", "Name.Tag");
        r.state("tag")
                .rule("\\s+", "Text.Whitespace")
                .rule("[\\w.:-]+\\s*=", "Name.Attribute", "attr")
                .rule("/?\\s*>", "Name.Tag", "#pop");
        r.state("attr")
                .rule("\\s+", "Text.Whitespace")
                .rule("\".*?\"", "Literal.String", "#pop")
                .rule("'.*?'", "Literal.String", "#pop")
                .rule("[^\\s>]+", "Literal.String", "#pop");
        return r.build();
    }
}
