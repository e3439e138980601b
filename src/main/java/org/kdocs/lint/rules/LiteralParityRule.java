package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/** {@code literal-parity}: Literal blocks and code blocks differ from the original's. */
public final class LiteralParityRule extends ParityRule {
    @Override
    public String id() {
        return "literal-parity";
    }

    @Override
    public String summary() {
        return "Literal blocks and code blocks differ from the original's.";
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
