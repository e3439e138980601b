package org.kdocs.lint.rules;

import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code line-start-punctuation}: a prose line that begins with closing
 * punctuation, after any indentation (spaces, tabs, no-break or ideographic
 * spaces). The source line break sits in the wrong place (the punctuation
 * belongs at the end of the previous line), and in HTML the break becomes a
 * space before the mark. A half-width comma or full stop counts when it
 * continues the previous prose line and is not the start of a word
 * ({@code .config}) or of an ellipsis.
 */
public final class LineStartPunctuationRule implements Rule {
    static final String CLOSING = "，。、；：？！）》」』”’";
    private static final String HALF_WIDTH = ",.";
    private static final String INDENT = " \t\u00A0\u2007\u202F\u3000\uFEFF";

    private static final Declaration DECLARATION = new Declaration("line-start-punctuation", Severity.WARNING,
            "A line begins with closing punctuation (，。、；：？！）》」』”’, or , . continuing a line).").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (List<ProseLine> paragraph : ProseLines.of(context).paragraphs()) {
            for (ProseLine prose : paragraph) {
                String line = prose.text();
                int i = 0;
                while (i < line.length() && INDENT.indexOf(line.charAt(i)) >= 0) {
                    i++;
                }
                boolean continues = prose != paragraph.get(0);
                if (i < line.length() && (CLOSING.indexOf(line.charAt(i)) >= 0
                        || continues && HALF_WIDTH.indexOf(line.charAt(i)) >= 0 && endsMark(line, i + 1))) {
                    prose.report(sink, i, "line begins with closing punctuation '" + line.charAt(i)
                            + "'; move it to the end of the previous line");
                }
            }
        }
    }

    // ", x" or "." alone: not ".config", "..." or ".5"
    private static boolean endsMark(String line, int next) {
        if (next >= line.length()) {
            return true;
        }
        char c = line.charAt(next);
        return c != '.' && !Character.isLetterOrDigit(c) && c != '_' && c != '/';
    }
}
