package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Title;
import org.kdocs.tree.Severity;

/**
 * {@code section-parity}: the translation's section tree has the same shape
 * as the original's: the same sequence of title levels and adornment styles.
 */
public final class SectionParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("section-parity", Severity.WARNING,
            "The section tree (title levels and adornment styles) differs from the original's.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "section title";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        List<Title> titles = scan == context.scan() ? context.titles() : context.originalTitles();
        return titles.stream()
                .filter(t -> t.status() == Title.Status.ACCEPTED || t.status() == Title.Status.ACCEPTED_SHORT)
                .map(t -> new Item("level " + t.level() + " " + style(t), t.titleLine()))
                .toList();
    }

    // in AsciiDoc and Markdown the level alone is the structure (# and === make the same heading)
    private static String style(Title t) {
        if (t.underline() < 0) {
            return "heading";
        }
        return (t.overlined() ? "over+under " : "under ") + t.adornment();
    }
}
