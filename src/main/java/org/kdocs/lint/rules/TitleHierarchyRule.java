package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Title;
import org.kdocs.tree.Severity;

/**
 * {@code title-hierarchy}: a title style used out of order (a level skipped,
 * or a new style below a known one); docutils reports "Title level
 * inconsistent:" (severe) and drops the title (states.RSTState.check_subsection).
 */
public final class TitleHierarchyRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("title-hierarchy", Severity.ERROR,
            "Title adornment style inconsistent with the document's section hierarchy (severe in docutils).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Title t : context.titles()) {
            if (t.status() == Title.Status.LEVEL_INCONSISTENT) {
                String style = t.overlined() ? "'" + t.adornment() + "' over and under" : "'" + t.adornment() + "' under";
                sink.report(t.titleLine() + 1, 1, "title level inconsistent: style " + style
                        + " does not fit the section hierarchy at this point");
            }
        }
    }
}
