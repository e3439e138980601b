package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/** {@code link-parity}: External link targets (their URLs) differ from the original's. */
public final class LinkParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("link-parity", Severity.WARNING,
            "External link targets (their URLs) differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "link target";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.linkTargets(), MarkupScan.Named::value, MarkupScan.Named::line);
    }
}
