package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code cjk-latin-spacing} (off unless enabled): the spacing policy between
 * CJK characters and Latin letters or digits, set by {@code spacing = none}
 * (no space, the default) or {@code spacing = space} (one space) in
 * {@code .kdocs-lint}. Not a kernel rule: the kernel's own zh_CN files mix both.
 */
public final class CjkLatinSpacingRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("cjk-latin-spacing", Severity.WARNING,
            "Spacing between CJK and Latin letters or digits differs from the configured policy (opt-in).")
            .inEveryFormat().offByDefault();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        boolean wantSpace = context.config().spacing().equals("space");
        for (ProseLine prose : ProseLines.of(context)) {
            String line = prose.text();
            int prev = -1;
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                int width = Character.charCount(c);
                if (wantSpace && prev >= 0 && (latin(prev) && Prose.isCjkLetter(c) || Prose.isCjkLetter(prev) && latin(c))) {
                    prose.report(sink, i, "no space between CJK and Latin text");
                }
                if (!wantSpace && c == ' ' && prev >= 0 && i + 1 < line.length()) {
                    int next = line.codePointAt(i + 1);
                    if (latin(prev) && Prose.isCjkLetter(next) || Prose.isCjkLetter(prev) && latin(next)) {
                        prose.report(sink, i, "space between CJK and Latin text");
                    }
                }
                prev = c;
                i += width;
            }
        }
    }

    private static boolean latin(int c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
