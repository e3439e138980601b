package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/** {@code substitution-parity}: Substitution definitions differ from the original's. */
public final class SubstitutionParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("substitution-parity", Severity.WARNING,
            "Substitution definitions differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
