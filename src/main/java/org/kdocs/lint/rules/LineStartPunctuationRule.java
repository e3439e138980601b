package org.kdocs.lint.rules;

import java.util.Set;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Severity;
import org.kdocs.lint.SourceFormat;

/**
 * {@code line-start-punctuation}: a prose line that begins with closing
 * punctuation. The source line break sits in the wrong place (the
 * punctuation belongs at the end of the previous line), and in HTML the
 * break becomes a space before the mark.
 */
public final class LineStartPunctuationRule implements Rule {
    static final String CLOSING = "，。、；：？！）》」』”’";

    @Override
    public String id() {
        return "line-start-punctuation";
    }

    @Override
    public Set<SourceFormat> formats() {
        return SourceFormat.all();
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "A line begins with closing punctuation (，。、；：？！）》」』”’).";
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        ProseLines prose = ProseLines.of(context);
        for (int k = 0; k < prose.indexes().size(); k++) {
            String line = prose.masked().get(k);
            int i = 0;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && CLOSING.indexOf(line.charAt(i)) >= 0) {
                sink.report(prose.indexes().get(k) + 1, Prose.column(line, i),
                        "line begins with closing punctuation '" + line.charAt(i)
                                + "'; move it to the end of the previous line");
            }
        }
    }
}
