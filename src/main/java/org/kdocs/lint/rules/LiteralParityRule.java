package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/** {@code literal-parity}: Literal blocks and code blocks differ from the original's. */
public final class LiteralParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("literal-parity", Severity.WARNING,
            "Literal blocks and code blocks differ from the original's.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "literal block";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.literals(), l -> l.text(), MarkupScan.Literal::line);
    }
}
