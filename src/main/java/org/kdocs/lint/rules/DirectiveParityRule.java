package org.kdocs.lint.rules;

import java.util.List;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/**
 * {@code directive-parity}: the translation uses the same directives, by
 * name and in the same order, as the original. Directives translations add
 * for themselves are ignored: the disclaimer {@code include} and
 * {@code raw} (the kernel's LaTeX CJK switches).
 */
public final class DirectiveParityRule extends ParityRule {
    private static final Set<String> TRANSLATION_ONLY = Set.of("raw");

    private static final Declaration DECLARATION = new Declaration("directive-parity", Severity.WARNING,
            "The sequence of directives (by name) differs from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "directive";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.directives().stream()
                .filter(d -> !TRANSLATION_ONLY.contains(d.name()))
                .filter(d -> !(d.name().equals("include") && d.argument().contains("disclaimer")))
                .toList(), MarkupScan.Directive::name, MarkupScan.Directive::line);
    }
}
