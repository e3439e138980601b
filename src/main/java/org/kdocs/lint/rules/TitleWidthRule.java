package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Title;
import org.kdocs.lint.TitleFixer;
import org.kdocs.tree.Severity;

/**
 * {@code title-width}: the zh_CN convention that a title's adornment is
 * exactly as long as the title is wide (a CJK character counts two). An
 * overlined title with an inset counts the inset on both sides. Fixable
 * with {@code --fix}.
 */
public final class TitleWidthRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("title-width", Severity.WARNING,
            "Title adornment length differs from the title's display width (fixable with --fix).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        boolean width = context.config().ambiguousWide();
        for (Title t : context.titles()) {
            if (t.status() == Title.Status.ACCEPTED_SHORT || t.status() == Title.Status.DEMOTED
                    || !TitleFixer.fixable(t, width)) {
                continue;
            }
            int expected = TitleFixer.expectedLength(t, width);
            int length = t.overlined() && t.overLength() != expected ? t.overLength() : t.underLength();
            int line = (t.overlined() && t.overLength() != expected ? t.overline() : t.underline()) + 1;
            sink.report(line, 1, "title adornment is " + length + " characters but the title is " + expected
                    + " columns wide");
        }
    }
}
