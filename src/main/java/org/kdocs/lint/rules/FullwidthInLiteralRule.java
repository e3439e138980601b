package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.rst.inline.InlineConstructs;
import org.kdocs.tree.Severity;

/**
 * {@code fullwidth-in-literal}: a full-width form (U+FF01..U+FF5E) or an
 * ideographic space inside a literal block or inline literal, where it
 * breaks code that is copied out. Full-width marks inside CJK text in a
 * comment (next to a CJK character) are allowed. Inline literals are found
 * by the RST inliner's own recognition ({@link InlineLiterals}) over whole
 * paragraphs, so a literal ends where docutils ends it and may span lines.
 */
public final class FullwidthInLiteralRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("fullwidth-in-literal", Severity.WARNING,
            "Full-width characters inside literal blocks or inline literals.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        List<String> raw = context.doc().rawLines();
        for (int n = 0; n < raw.size(); n++) {
            if (context.scan().kind(n) == MarkupScan.Kind.LITERAL) {
                scan(raw.get(n), 0, raw.get(n).length(), n, sink);
            }
        }
        // the inline literals, from the constructs the other inline rules read (one inliner pass per text)
        for (InlineText text : InlineText.of(context)) {
            for (InlineConstructs.Construct literal : text.constructs()) {
                if (literal.kind() != InlineConstructs.Kind.LITERAL) {
                    continue;
                }
                for (TextBlocks.Piece piece : text.block().pieces(literal.contentStart(), literal.contentEnd())) {
                    String line = raw.get(piece.line());
                    scan(line, piece.from(), piece.to(), piece.line(), sink);
                }
            }
        }
    }

    private static void scan(String line, int from, int to, int n, FindingSink sink) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if ((c >= 0xFF01 && c <= 0xFF5E) || c == 0x3000) {
                if (Prose.isCjkLetter(Prose.before(line, i)) || Prose.isCjkLetter(Prose.after(line, i))) {
                    continue;
                }
                String ascii = c == 0x3000 ? "space" : "'" + (char) (c - 0xFEE0) + "'";
                sink.report(n + 1, Prose.column(line, i), "full-width '" + c + "' in a literal; use " + ascii);
            }
        }
    }
}
