package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a text, for rule tests. */
final class LintTesting {
    private LintTesting() {
    }

    static List<Finding> run(Rule rule, String text) {
        return run(rule, text, null, LintConfig.defaults());
    }

    static List<Finding> run(Rule rule, String text, String original, LintConfig config) {
        LintContext context = new LintContext(SourceDoc.of("t.rst", text),
                original == null ? null : SourceDoc.of("o.rst", original), null, Glossary.EMPTY, config);
        return run(rule, context);
    }

    static List<Finding> run(Rule rule, LintContext context) {
        List<Finding> out = new ArrayList<>();
        rule.check(context, (line, col, message) -> out.add(
                new Finding(context.doc().name(), line, col, rule.defaultSeverity(), rule.id(), message)));
        return out;
    }

    static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }
}
