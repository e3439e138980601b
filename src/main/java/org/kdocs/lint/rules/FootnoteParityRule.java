package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/** {@code footnote-parity}: Footnote and citation labels differ from the original's. */
public final class FootnoteParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("footnote-parity", Severity.WARNING,
            "Footnote and citation labels differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "footnote";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.footnotes(), MarkupScan.Named::name, MarkupScan.Named::line);
    }
}
