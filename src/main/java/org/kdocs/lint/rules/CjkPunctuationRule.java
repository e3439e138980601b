package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code cjk-punctuation}: half-width {@code , . : ; ? ! ( )} between CJK
 * characters (or after one at the end of a line), where Chinese text uses
 * the full-width forms. The reST markers {@code ::} and {@code ..} are left alone.
 */
public final class CjkPunctuationRule implements Rule {
    private static final String HALF = ",.:;?!()";
    private static final String FULL = "，。：；？！（）";

    private static final Declaration DECLARATION = new Declaration("cjk-punctuation", Severity.WARNING,
            "Half-width punctuation between CJK characters where full-width is expected.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (ProseLine prose : ProseLines.of(context)) {
            String line = prose.text();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                int kind = HALF.indexOf(c);
                if (kind < 0 || (c == '.' || c == ':') && (repeated(line, i, c))) {
                    continue;
                }
                int before = Prose.before(line, i);
                int after = Prose.after(line, i);
                boolean cjkBefore = Prose.isCjkLetter(before);
                boolean cjkAfter = Prose.isCjkLetter(after);
                boolean between = switch (c) {
                    case '(' -> cjkAfter && (cjkBefore || before == -1);
                    case ')' -> cjkBefore && (cjkAfter || after == -1);
                    default -> cjkBefore && (cjkAfter || after == -1);
                };
                if (between) {
                    prose.report(sink, i, "half-width '" + c + "' in CJK text; use '" + FULL.charAt(kind) + "'");
                }
            }
        }
    }

    private static boolean repeated(String line, int i, char c) {
        return (i > 0 && line.charAt(i - 1) == c) || (i + 1 < line.length() && line.charAt(i + 1) == c);
    }
}
