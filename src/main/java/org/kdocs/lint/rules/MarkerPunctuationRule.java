package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code marker-punctuation}: a full-width mark right before the literal
 * block marker, as in {@code 请使用。::}. A paragraph ending in {@code ::}
 * keeps one colon (docutils' literal_block handling), so the reader sees
 * {@code 请使用。:}, punctuation doubled. Only sentence marks count: after a
 * closing bracket a colon is ordinary. With a space before it
 * ({@code 请使用： ::}) the marker disappears entirely.
 */
public final class MarkerPunctuationRule implements Rule {
    private static final String SENTENCE_MARKS = "，。、；：？！";

    private static final Declaration DECLARATION = new Declaration("marker-punctuation", Severity.WARNING,
            "A full-width mark before a final '::' (请使用。::), which renders as doubled punctuation.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (InlineText text : InlineText.of(context)) {
            String s = text.bare();
            if (!s.endsWith("::") || s.length() < 3 || s.endsWith(":::")) {
                continue;
            }
            int at = s.length() - 2;
            int mark = s.codePointBefore(at);
            if (SENTENCE_MARKS.indexOf(mark) < 0) {
                continue; // after a closing bracket or quote a colon is ordinary punctuation
            }
            int start = at - Character.charCount(mark);
            String shown = Character.toString(mark);
            sink.report(text.line(start) + 1, text.column(start, context), "'" + shown + "::' renders as '" + shown
                    + ":', punctuation twice; write '" + (mark == '：' ? "：" : shown) + " ::' (the marker then"
                    + " disappears)" + (mark == '：' ? "" : " or '：' with ' ::'"));
        }
    }
}
