package org.kdocs.lint.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;

/**
 * {@code code-language-parity}: the translation's code blocks
 * ({@code code-block}, {@code code}, {@code sourcecode}) name the same
 * languages as the original's, in the same order; a block without a
 * language counts as one of its own. Blocks that ask for no highlighting
 * ({@code none}, {@code text}) are left out: they render as a plain
 * literal block does, which translations sometimes use instead.
 */
public final class CodeLanguageParityRule extends ParityRule {
    private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode");
    private static final Set<String> PLAIN = Set.of("none", "text");

    @Override
    public String id() {
        return "code-language-parity";
    }

    @Override
    public String summary() {
        return "Code block languages differ from the original's.";
    }

    @Override
    String noun() {
        return "code block language";
    }

    @Override
    boolean pairsByPosition() {
        return true;
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.directives().stream().filter(d -> CODE.contains(d.name()))
                .filter(d -> !PLAIN.contains(language(d))).toList(),
                CodeLanguageParityRule::language, MarkupScan.Directive::line);
    }

    private static String language(MarkupScan.Directive d) {
        String argument = d.argument().strip();
        return argument.isEmpty() ? "(default)" : argument.split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
}
