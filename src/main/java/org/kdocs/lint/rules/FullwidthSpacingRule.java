package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code fullwidth-spacing}: a space beside a full-width punctuation mark
 * ({@code 因此， 我}, {@code 定义 （X）， 如果}, {@code ``foo`` 。}). A
 * full-width mark carries its own spacing, and reStructuredText needs no
 * space there either: full-width marks are punctuation to the inliner, so
 * markup may touch them. Left alone: indentation, the expanded literal
 * marker ({@code 如下： ::}), the column gaps of simple tables, and curly
 * quotes whose other side is Latin text.
 */
public final class FullwidthSpacingRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("fullwidth-spacing", Severity.WARNING,
            "A space beside a full-width punctuation mark (因此， 我 / 定义 （X）).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        List<TableShapes.Shape> tables = TableShapes.of(context);
        for (InlineText text : InlineText.of(context)) {
            String s = text.bare();
            int i = 0;
            while (i < s.length()) {
                if (s.charAt(i) != ' ') {
                    i++;
                    continue;
                }
                int end = i;
                while (end < s.length() && s.charAt(end) == ' ') {
                    end++;
                }
                int before = Prose.before(s, i);
                int after = end < s.length() ? s.codePointAt(end) : -1;
                boolean inner = before >= 0 && before != '\n' && after >= 0 && after != '\n';
                if (inner && !literalMarker(s, end) && !markupNeedsIt(before, after)
                        && !(end - i > 1 && inSimpleTable(tables, text.line(i)))) {
                    if (mark(before, after)) {
                        sink.report(text.line(i) + 1, text.column(i, context), "space after '"
                                + Character.toString(before) + "': a full-width mark carries its own spacing");
                    } else if (mark(after, before)) {
                        sink.report(text.line(i) + 1, text.column(i, context), "space before '"
                                + Character.toString(after) + "': a full-width mark carries its own spacing");
                    }
                }
                i = end;
            }
        }
    }

    /** A full-width mark, or a curly double quote whose other side is CJK. */
    private static boolean mark(int c, int otherSide) {
        if (c == 0x3000) {
            return false; // the ideographic space is a space, not a mark
        }
        if (c == '“' || c == '”') {
            return Prose.isCjk(otherSide);
        }
        return Prose.isCjkPunctuation(c);
    }

    /**
     * The space docutils needs between markup and an opening bracket after it
     * ({@code ``x`` （}), or a closing bracket and markup after it: an
     * end-string may be followed by closing punctuation or delimiters only,
     * a start-string preceded by opening punctuation or delimiters only
     * (states.Inliner start_string_prefix, end_string_suffix).
     */
    private static boolean markupNeedsIt(int before, int after) {
        return before == Prose.MASK && Character.getType(after) == Character.START_PUNCTUATION
                || after == Prose.MASK && Character.getType(before) == Character.END_PUNCTUATION;
    }

    /** The space before a final {@code ::}, which docutils removes together with the marker. */
    private static boolean literalMarker(String s, int end) {
        return s.startsWith("::", end) && (end + 2 == s.length() || s.charAt(end + 2) == '\n');
    }

    private static boolean inSimpleTable(List<TableShapes.Shape> tables, int line) {
        for (TableShapes.Shape t : tables) {
            if (t.kind().equals("simple table") && line >= t.line() && line < t.end()) {
                return true;
            }
        }
        return false;
    }
}
