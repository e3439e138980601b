package org.kdocs.rst.inline;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.inline.MarkupScanner.End;
import org.kdocs.rst.inline.MarkupScanner.Start;
import org.kdocs.tree.Escapes;

/**
 * Where the inline markup constructs of a text are (docutils' Inliner.parse
 * loop: emphasis, strong, literals, targets, substitution references,
 * interpreted text with its role, phrase and simple references, footnote
 * references), found with the inliner's own start- and end-string rules but
 * without building nodes. A start-string without an end-string is no
 * construct. For tools that need source positions, such as the linter.
 */
public final class InlineConstructs {
    /** The kinds of construct, as docutils names its patterns. */
    public enum Kind { STRONG, EMPHASIS, LITERAL, TARGET, SUBSTITUTION, REFERENCE, FOOTNOTE, INTERPRETED }

    /**
     * One construct: [start, end) of the whole text including any role and
     * reference suffix, [contentStart, contentEnd) of the text between the
     * delimiters. {@code role} is the interpreted text's role without colons
     * (empty when it has none); {@code refend} is "_" or "__" for references.
     */
    public record Construct(Kind kind, int start, int end, int contentStart, int contentEnd, String role,
                            String refend) {
        /** Interpreted text with no role that is not a reference: the document's default role applies. */
        public boolean defaultRole() {
            return kind == Kind.INTERPRETED && role.isEmpty() && refend.isEmpty();
        }
    }

    private InlineConstructs() {
    }

    /** The constructs of one text element's source (a paragraph's lines joined by newlines), in order. */
    public static List<Construct> find(String text) {
        return find(text, false);
    }

    /** As {@link #find(String)}, with docutils' character_level_inline_markup setting. */
    public static List<Construct> find(String text, boolean characterLevel) {
        String escaped = Escapes.escapeToNull(text);
        MarkupScanner scanner = new MarkupScanner(escaped, characterLevel);
        List<Construct> found = new ArrayList<>();
        int base = 0;
        while (base < escaped.length()) {
            Start match = scanner.findStart(base);
            if (match == null) {
                break;
            }
            base = resume(scanner, escaped, match, base, found);
        }
        return found;
    }

    /** Where InlineParse.run continues after a start match; the construct found on the way is added. */
    private static int resume(MarkupScanner scanner, String s, Start m, int base, List<Construct> found) {
        switch (m.kind()) {
            case REFERENCE, FOOTNOTE:
                found.add(new Construct(kind(m.kind()), m.start(), m.end(), m.nameStart(), m.nameEnd(), "",
                        m.refend() == null ? "" : m.refend()));
                return m.end();
            case INTERPRETED:
                boolean prefixRole = m.nameEnd() > m.nameStart();
                if (!prefixRole && scanner.quotedStart(m.start(), m.end(), base)) {
                    return m.end();
                }
                End end = scanner.findEnd(MarkupScanner.Kind.INTERPRETED, m.end());
                if (end == null || end.start() <= m.end()) {
                    return m.end();
                }
                String role = prefixRole ? s.substring(m.nameStart() + 1, m.nameEnd() - 1)
                        : end.hasRole() ? s.substring(end.roleStart() + 1, end.roleEnd() - 1) : "";
                String refend = end.hasRole() ? "" : end.refend();
                found.add(new Construct(Kind.INTERPRETED, prefixRole ? m.nameStart() : m.start(), end.end(), m.end(),
                        end.start(), role, refend));
                return end.end();
            default:
                if (scanner.quotedStart(m.start(), m.end(), base)) {
                    return m.end();
                }
                End close = scanner.findEnd(m.kind(), m.end());
                if (close == null || close.start() <= m.end()) {
                    return m.end(); // no end-string: the start-string becomes text (a problematic node)
                }
                String suffix = m.kind() == MarkupScanner.Kind.SUBSTITUTION
                        ? s.substring(close.start() + 1, close.end()) : "";
                found.add(new Construct(kind(m.kind()), m.start(), close.end(), m.end(), close.start(), "", suffix));
                return close.end();
        }
    }

    private static Kind kind(MarkupScanner.Kind kind) {
        return Kind.valueOf(kind.name());
    }
}
