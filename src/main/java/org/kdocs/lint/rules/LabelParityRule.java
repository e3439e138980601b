package org.kdocs.lint.rules;

import java.util.List;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.tree.Severity;

/**
 * {@code label-parity}: the explicit labels ({@code .. _x:}) of a translation
 * match the original's. Kernel translations must keep labels unique across
 * the project, so a {@code cn_}/{@code zh_} prefix or {@code _zh}/{@code _cn}
 * suffix is ignored in the comparison.
 */
public final class LabelParityRule extends ParityRule {
    private static final Pattern AFFIX = Pattern.compile("^(?:cn|zh|zh_cn|tw|zh_tw)[_-]|[_-](?:zh|cn|zh_cn|zh_tw|tw)$",
            Pattern.CASE_INSENSITIVE);

    private static final Declaration DECLARATION = new Declaration("label-parity", Severity.WARNING,
            "Explicit labels (.. _x:) differ from the original's (a cn_/zh_ prefix or _zh suffix is allowed).");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    String noun() {
        return "label";
    }

    @Override
    List<Item> items(MarkupScan scan, LintContext context) {
        return map(scan.labels(), n -> AFFIX.matcher(n.name().toLowerCase(java.util.Locale.ROOT)).replaceAll(""),
                MarkupScan.Named::line);
    }
}
