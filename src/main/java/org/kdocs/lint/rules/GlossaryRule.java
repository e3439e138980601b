package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Terminology;
import org.kdocs.tree.Severity;

/**
 * {@code glossary}: terminology from the translation tree's
 * {@code glossary} file. A rendering the glossary marks wrong is reported
 * where it occurs as a word, not inside a longer one (see
 * {@link WordBounds}); when the original uses a term and the translation
 * has none of its accepted renderings (nor the English term), that is
 * reported at the {@code :Original:} line (or line 1).
 */
public final class GlossaryRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("glossary", Severity.WARNING,
            "A term translated against the glossary (docs-zh_CN/glossary).").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (Terminology.Entry e : context.glossary().entries()) {
            for (String wrong : e.wrong()) {
                for (Terms.Hit hit : Terms.find(context, wrong)) {
                    String line = context.doc().rawLines().get(hit.line());
                    if (!WordBounds.whole(line, hit.index(), hit.index() + wrong.length())) {
                        continue; // part of a longer word: 译文 in 翻译文档
                    }
                    sink.report(hit.line() + 1, Prose.column(line, hit.index()),
                            "'" + wrong + "' for '" + e.term() + "': the glossary says '" + e.preferred() + "'");
                }
            }
            if (context.original().isPresent() && Terms.mentions(context.original().get().text(), e.term())) {
                String text = context.doc().text();
                boolean rendered = e.renderings().stream().anyMatch(text::contains) || Terms.mentions(text, e.term());
                boolean wrongUsed = e.wrong().stream().anyMatch(text::contains);
                if (!rendered && !wrongUsed) {
                    int line = org.kdocs.lint.OriginalField.find(context.scan()).map(f -> f.line() + 1).orElse(1);
                    sink.report(line, 1, "the original uses '" + e.term() + "' but the translation never renders it as '"
                            + e.preferred() + "'");
                }
            }
        }
    }
}
