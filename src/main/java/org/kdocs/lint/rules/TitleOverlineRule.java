package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Title;
import org.kdocs.tree.Severity;

/**
 * {@code title-overline}: overline and underline of a title differ in
 * character or length; docutils reports "Title overline &amp; underline
 * mismatch." (severe, fatal in kernel builds) and drops the title.
 */
public final class TitleOverlineRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("title-overline", Severity.ERROR,
            "Title overline and underline differ (a severe docutils error).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Title t : context.titles()) {
            if (t.status() == Title.Status.MISMATCH) {
                String under = context.doc().lines().get(t.underline());
                sink.report(t.overline() + 1, 1, "title overline (" + t.overLength() + " '" + t.adornment()
                        + "') and underline (" + under.length() + " '" + under.charAt(0) + "') differ");
            }
        }
    }
}
