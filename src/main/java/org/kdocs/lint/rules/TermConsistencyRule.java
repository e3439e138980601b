package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Terminology;
import org.kdocs.tree.Severity;

/**
 * {@code term-consistency}: one English term of the original rendered in two
 * ways within one translation (watchpoint as both 观察点 and 监视点), using
 * the glossary's accepted renderings. The first rendering used sets the
 * document's choice; each use of another one is reported.
 */
public final class TermConsistencyRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("term-consistency", Severity.WARNING,
            "The same term of the original rendered in two different ways in one translation.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Terminology.Entry e : context.glossary().entries()) {
            if (e.renderings().size() < 2 || context.original().isEmpty()
                    || !Terms.mentions(context.original().get().text(), e.term())) {
                continue;
            }
            List<Object[]> uses = new ArrayList<>(); // {rendering, hit}
            for (String r : e.renderings()) {
                for (Terms.Hit hit : Terms.find(context, r)) {
                    uses.add(new Object[] {r, hit});
                }
            }
            uses.sort(Comparator.comparingInt((Object[] u) -> ((Terms.Hit) u[1]).line())
                    .thenComparingInt(u -> ((Terms.Hit) u[1]).index()));
            if (uses.isEmpty()) {
                continue;
            }
            String chosen = (String) uses.get(0)[0];
            for (Object[] u : uses) {
                if (!u[0].equals(chosen) && !chosen.contains((String) u[0])) {
                    Terms.Hit hit = (Terms.Hit) u[1];
                    String line = context.doc().rawLines().get(hit.line());
                    sink.report(hit.line() + 1, Prose.column(line, hit.index()), "'" + e.term() + "' is rendered as '"
                            + u[0] + "' here but as '" + chosen + "' earlier in this document");
                }
            }
        }
    }
}
