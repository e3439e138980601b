package org.kdocs.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.lint.Severity;

/**
 * {@code spaced-markup}: inline markup that reStructuredText does not
 * recognise because of spaces inside the delimiters ({@code * 不健全 *},
 * {@code `` text ``}): the reader sees the asterisks or backquotes. Emphasis
 * is only reported around CJK text, so that arithmetic in English prose is not.
 */
public final class SpacedMarkupRule implements Rule {
    // docutils' start-string must follow whitespace or opening/delimiting punctuation, the end-string precede them
    private static final Pattern SPACED = Pattern.compile(
            "(?:^|(?<=[\\s\\p{Ps}\\p{Pi}\\p{Pd}\\p{Po}]))(\\*\\*|\\*|``|`)\\s+([^*`\\s\\x00][^*`\\x00]*?)\\s+\\1"
                    + "(?!\\x00)(?=$|[\\s\\p{Pe}\\p{Pf}\\p{Pd}\\p{Po}])");

    @Override
    public String id() {
        return "spaced-markup";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "Inline markup with spaces inside its delimiters, which is not markup.";
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        ProseLines prose = ProseLines.of(context);
        for (int k = 0; k < prose.indexes().size(); k++) {
            String line = prose.masked().get(k); // valid literals are masked, so their delimiters cannot pair up
            if (line.indexOf('*') < 0 && line.indexOf('`') < 0) {
                continue;
            }
            Matcher m = SPACED.matcher(line);
            while (m.find()) {
                String d = m.group(1);
                boolean emphasis = d.startsWith("*");
                if (emphasis && (line.substring(0, m.start()).isBlank()
                        || m.group(2).codePoints().noneMatch(Prose::isCjkLetter))) {
                    continue; // a bullet, or arithmetic such as "a * b * c" in English text
                }
                String raw = context.doc().rawLines().get(prose.indexes().get(k));
                String shown = raw.substring(m.start(), m.end());
                String inner = raw.substring(m.start(2), m.end(2)).strip();
                sink.report(prose.indexes().get(k) + 1, line.codePointCount(0, m.start()) + 1,
                        "'" + shown + "' is not inline markup because of the inner spaces; write " + d + inner + d);
            }
        }
    }
}
