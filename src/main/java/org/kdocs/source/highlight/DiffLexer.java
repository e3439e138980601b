package org.kdocs.source.highlight;

import static org.kdocs.source.highlight.LexerStates.groups;

/**
 * Unified and context diffs (patch e-mails), reproducing the token stream of Pygments' DiffLexer
 * (lexers/diff.py): each line is classified by its first characters.
 */
final class DiffLexer {
    static final RuleLexer LEXER = build();

    private DiffLexer() {
    }

    private static RuleLexer build() {
        LexerStates r = new LexerStates();
        r.state("root")
                .rule("( )(.*)(\\n)", groups("Text.Whitespace", "Text", "Text.Whitespace"))
                .rule("(!.*|---)(\\n)", groups("Generic.Strong", "Text.Whitespace"))
                .rule("((?:< |-).*)(\\n)", groups("Generic.Deleted", "Text.Whitespace"))
                .rule("((?:> |\\+).*)(\\n)", groups("Generic.Inserted", "Text.Whitespace"))
                .rule("(@.*|\\d(?:,\\d+)?(?:a|c|d)\\d+(?:,\\d+)?)(\\n)", groups("Generic.Subheading", "Text.Whitespace"))
                .rule("((?:[Ii]ndex|diff).*)(\\n)", groups("Generic.Heading", "Text.Whitespace"))
                .rule("(=.*)(\\n)", groups("Generic.Heading", "Text.Whitespace"))
                .rule("(.*)(\\n)", groups("Text", "Text.Whitespace"));
        return r.build();
    }
}
