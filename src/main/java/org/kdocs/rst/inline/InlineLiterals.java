package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.inline.MarkupScanner.End;
import org.kdocs.rst.inline.MarkupScanner.Kind;
import org.kdocs.rst.inline.MarkupScanner.Start;
import org.kdocs.tree.Escapes;

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
        String escaped = Escapes.escapeToNull(text);
        MarkupScanner scanner = new MarkupScanner(escaped, characterLevel);
        List<Span> spans = new ArrayList<>();
        int base = 0;
        while (base < escaped.length()) {
            Start match = scanner.findStart(base);
            if (match == null) {
                break;
            }
            base = resume(scanner, match, base, spans);
        }
        return spans;
    }

    /** Where InlineParse.run continues after a start match; a literal found on the way is added. */
    private static int resume(MarkupScanner scanner, Start m, int base, List<Span> spans) {
        switch (m.kind()) {
            case REFERENCE, FOOTNOTE:
                return m.end();
            case INTERPRETED:
                boolean prefixRole = m.nameEnd() > m.nameStart();
                if (!prefixRole && scanner.quotedStart(m.start(), m.end(), base)) {
                    return m.end();
                }
                return closedAt(scanner, Kind.INTERPRETED, m.end(), null);
            default:
                if (scanner.quotedStart(m.start(), m.end(), base)) {
                    return m.end();
                }
                return closedAt(scanner, m.kind(), m.end(), m.kind() == Kind.LITERAL ? spans : null);
        }
    }

    private static int closedAt(MarkupScanner scanner, Kind kind, int from, List<Span> literals) {
        End end = scanner.findEnd(kind, from);
        if (end == null || end.start() <= from) {
            return from; // no end-string: the start-string becomes text (a problematic node)
        }
        if (literals != null) {
            literals.add(new Span(from, end.start()));
        }
        return end.end();
    }
}
