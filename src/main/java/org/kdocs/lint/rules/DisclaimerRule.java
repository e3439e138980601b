package org.kdocs.lint.rules;

import java.nio.file.Path;
import java.util.Optional;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code disclaimer}: when the translation tree has a disclaimer file
 * ({@code disclaimer-zh_CN.rst} in kernel trees), every translation includes
 * it. Trees without one (like this project's) are not checked.
 */
public final class DisclaimerRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("disclaimer", Severity.WARNING,
            "A translation does not include the tree's disclaimer file.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.pairing().isEmpty()) {
            return;
        }
        Optional<Path> disclaimer = context.pairing().get().disclaimer();
        if (disclaimer.isEmpty() || Path.of(context.doc().name()).toAbsolutePath().normalize()
                .equals(disclaimer.get().toAbsolutePath().normalize())
                || context.pairing().get().relative().getFileName().toString().equals("index.rst")
                && context.pairing().get().relative().getNameCount() == 1) {
            return;
        }
        String name = disclaimer.get().getFileName().toString();
        for (MarkupScan.Directive d : context.scan().directives()) {
            if (d.name().equals("include") && d.argument().endsWith(name)) {
                return;
            }
        }
        sink.report(1, 1, "translation does not include " + name);
    }
}
