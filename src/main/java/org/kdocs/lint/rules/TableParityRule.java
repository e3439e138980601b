package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/**
 * {@code table-parity}: the translation's tables have the shapes of the
 * original's, in order: grid, simple, list-table and flat-table, each as
 * rows by columns. A translation changes what the cells say, never how many
 * there are.
 */
public final class TableParityRule extends ParityRule {
    private static final Declaration DECLARATION = new Declaration("table-parity", Severity.WARNING,
            "Tables (kind, rows by columns) differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "table";
    }

    @Override
    boolean pairsByPosition() {
        return true;
    }

    @Override
    List<Item> items(LintContext context, boolean ofOriginal) {
        MarkupScan scan = ofOriginal ? context.originalScan().orElseThrow() : context.scan();
        return map(TableShapes.of(ofOriginal ? context.original().orElseThrow() : context.doc(), scan),
                TableShapes.Shape::key, TableShapes.Shape::line);
    }
}
