package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/** {@code link-parity}: External link targets (their URLs) differ from the original's. */
public final class LinkParityRule extends ParityRule {
    @Override
    public String id() {
        return "link-parity";
    }

    @Override
    public String summary() {
        return "External link targets (their URLs) differ from the original's.";
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
