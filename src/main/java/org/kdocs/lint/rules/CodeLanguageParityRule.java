package org.kdocs.lint.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.rst.directives.DirectiveContent;
import org.kdocs.tree.Severity;

/**
 * {@code code-language-parity}: the translation's code blocks (directives whose
 * content {@link DirectiveContent} classifies as code) name the same
 * languages as the original's, in the same order; a block without a
 * language counts as one of its own. Blocks that ask for no highlighting
 * ({@code none}, {@code text}) are left out: they render as a plain
 * literal block does, which translations sometimes use instead.
 */
public final class CodeLanguageParityRule extends ParityRule {
    private static final Set<String> PLAIN = Set.of("none", "text");

    private static final Declaration DECLARATION = new Declaration("code-language-parity", Severity.WARNING,
            "Code block languages differ from the original's.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
        return map(scan.directives().stream().filter(d -> DirectiveContent.of(d.name()) == DirectiveContent.CODE)
                .filter(d -> !PLAIN.contains(language(d))).toList(),
                CodeLanguageParityRule::language, MarkupScan.Directive::line);
    }

    private static String language(MarkupScan.Directive d) {
        String argument = d.argument().strip();
        return argument.isEmpty() ? "(default)" : argument.split("\\s+")[0].toLowerCase(Locale.ROOT);
    }
}
