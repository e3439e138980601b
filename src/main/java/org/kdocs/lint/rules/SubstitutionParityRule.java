package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/** {@code substitution-parity}: Substitution definitions differ from the original's. */
public final class SubstitutionParityRule extends ParityRule {
    @Override
    public String id() {
        return "substitution-parity";
    }

    @Override
    public String summary() {
        return "Substitution definitions differ from the original's.";
    }

    @Override
    String noun() {
        return "substitution";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.substitutions(), MarkupScan.Named::name, MarkupScan.Named::line);
    }
}
