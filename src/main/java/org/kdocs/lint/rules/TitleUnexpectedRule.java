package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Title;
import org.kdocs.tree.Severity;

/**
 * {@code title-unexpected}: a title or transition where reStructuredText
 * allows none (in a list item, block quote, definition or directive body);
 * docutils reports "Unexpected section title." (severe, fatal in kernel builds).
 */
public final class TitleUnexpectedRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("title-unexpected", Severity.ERROR,
            "A title or transition inside a list item, block quote or directive (a severe docutils error).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Title t : context.titles()) {
            if (t.status() == Title.Status.UNEXPECTED || t.status() == Title.Status.UNEXPECTED_SHORT) {
                if (t.title().isEmpty()) {
                    sink.report(t.underline() + 1, 1, "transition or title adornment where none is allowed "
                            + "(inside a list item, block quote or directive)");
                } else {
                    sink.report(t.underline() + 1, 1, "section title '" + t.title().strip()
                            + "' where none is allowed (inside a list item, block quote or directive)");
                }
            }
        }
    }
}
