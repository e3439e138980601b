package org.kdocs.rst.inline;

import java.util.List;

/**
 * Where the inline literals of a text are, found exactly as the inliner
 * finds them (same start- and end-string rules, same order of constructs,
 * so a literal inside interpreted text or an escaped backquote is seen as
 * docutils sees it), without building nodes. For tools that need source
 * positions rather than a tree, such as the translation linter.
 */
public final class InlineLiterals {
    /** The text between the backquotes of one inline literal: [start, end) of the text given. */
    public record Span(int start, int end) {
    }

    private InlineLiterals() {
    }

    /** The inline literals of one text element's source (a paragraph's lines joined by newlines). */
    public static List<Span> find(String text) {
        return find(text, false);
    }

    /**
     * As {@link #find(String)}, with docutils' character_level_inline_markup
     * setting. Positions index {@code text} itself: escaping keeps lengths.
     */
    public static List<Span> find(String text, boolean characterLevel) {
        return InlineConstructs.find(text, characterLevel).stream()
                .filter(c -> c.kind() == InlineConstructs.Kind.LITERAL)
                .map(c -> new Span(c.contentStart(), c.contentEnd())).toList();
    }
}
