package org.kdocs.lint.rules;

import java.util.List;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.SourceFormat;

/** {@code literal-parity}: Literal blocks and code blocks differ from the original's. */
public final class LiteralParityRule extends ParityRule {
    @Override
    public String id() {
        return "literal-parity";
    }

    @Override
    public Set<SourceFormat> formats() {
        return SourceFormat.all();
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
