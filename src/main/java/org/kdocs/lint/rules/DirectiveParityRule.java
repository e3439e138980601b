package org.kdocs.lint.rules;

import java.util.List;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/**
 * {@code directive-parity}: the translation uses the same directives, by
 * name and in the same order, as the original. Directives translations add
 * for themselves are ignored: the disclaimer {@code include} and
 * {@code raw} (the kernel's LaTeX CJK switches).
 */
public final class DirectiveParityRule extends ParityRule {
    private static final Set<String> TRANSLATION_ONLY = Set.of("raw");

    @Override
    public String id() {
        return "directive-parity";
    }

    @Override
    public String summary() {
        return "The sequence of directives (by name) differs from the original's.";
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
