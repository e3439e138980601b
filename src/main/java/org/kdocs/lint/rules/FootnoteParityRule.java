package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/** {@code footnote-parity}: Footnote and citation labels differ from the original's. */
public final class FootnoteParityRule extends ParityRule {
    @Override
    public String id() {
        return "footnote-parity";
    }

    @Override
    public String summary() {
        return "Footnote and citation labels differ from the original's.";
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
