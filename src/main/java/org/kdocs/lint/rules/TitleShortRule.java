package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Title;
import org.kdocs.source.DisplayWidth;
import org.kdocs.tree.Severity;

/**
 * {@code title-short}: an adornment shorter than its title's display width,
 * exactly where docutils notices it (states.Text.underline, Line.text):
 * either docutils' "Title underline too short." warning, or the silent case
 * of an adornment under 4 characters that turns the title into a paragraph.
 */
public final class TitleShortRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("title-short", Severity.ERROR,
            "Title adornment shorter than the title's display width (docutils warns, or demotes the title).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Title t : context.titles()) {
            int width = DisplayWidth.columns(t.title());
            String which = t.overlined() ? "overline" : "underline";
            int length = t.overlined() ? t.overLength() : t.underLength();
            int line = (t.overlined() ? t.overline() : t.underline()) + 1;
            boolean droppedButShort = t.status() == Title.Status.LEVEL_INCONSISTENT && width > length;
            if (t.status() == Title.Status.ACCEPTED_SHORT || t.status() == Title.Status.UNEXPECTED_SHORT
                    || droppedButShort) {
                sink.report(line, 1, "title " + which + " too short: " + length + " characters for a title "
                        + width + " columns wide");
            } else if (t.status() == Title.Status.DEMOTED) {
                sink.report(line, 1, "title " + which + " of " + length + " characters is shorter than the title ("
                        + width + " columns) and under 4 characters: docutils treats the title as a paragraph");
            }
        }
    }
}
