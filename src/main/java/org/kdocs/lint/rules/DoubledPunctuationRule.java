package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code doubled-punctuation}: two sentence marks in a row, such as
 * {@code ，，}, {@code 。，} or a half-width mark next to a full-width one
 * ({@code ,，}); also a repeated {@code ！} or {@code ？}.
 */
public final class DoubledPunctuationRule implements Rule {
    private static final String MARKS = "，。、；：,;";

    private static final Declaration DECLARATION = new Declaration("doubled-punctuation", Severity.WARNING,
            "Doubled punctuation (，， 。， ,， ！！).").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (ProseLine prose : ProseLines.of(context)) {
            String line = prose.text();
            for (int i = 0; i + 1 < line.length(); i++) {
                char a = line.charAt(i);
                char b = line.charAt(i + 1);
                boolean marks = MARKS.indexOf(a) >= 0 && MARKS.indexOf(b) >= 0
                        && (Prose.isCjkPunctuation(a) || Prose.isCjkPunctuation(b));
                boolean repeated = a == b && (a == '！' || a == '？');
                if (marks || repeated) {
                    prose.report(sink, i, "doubled punctuation '" + a + b + "'");
                    i++;
                }
            }
        }
    }
}
