package org.kdocs.lint.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code markup-boundary}: inline markup glued to a CJK character, which
 * docutils does not recognise (states.Inliner: a start-string must follow
 * whitespace or opening/delimiting punctuation, an end-string precede
 * whitespace or closing/delimiting punctuation). {@code 中``x``文} shows
 * the backquotes; write {@code 中\ ``x``\ 文} or add spaces.
 */
public final class MarkupBoundaryRule implements Rule {
    private static final Pattern MARKUP = Pattern.compile(
            "``[^`\\s](?:[^`]*[^`\\s])?``|(?::[\\w.:+-]+:)?`[^`\\s](?:[^`]*[^`\\s])?`(?:__?)?|\\*\\*[^*\\s](?:[^*]*[^*\\s])?\\*\\*");

    private static final Declaration DECLARATION = new Declaration("markup-boundary", Severity.WARNING,
            "Inline markup glued to a CJK character, which docutils does not recognise.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (int n = 0; n < context.doc().rawLines().size(); n++) {
            if (context.scan().kind(n) != MarkupScan.Kind.PROSE) {
                continue;
            }
            String line = context.doc().rawLines().get(n);
            if (line.indexOf('`') < 0 && line.indexOf('*') < 0) {
                continue;
            }
            Matcher m = MARKUP.matcher(line);
            while (m.find()) {
                int before = m.start() > 0 ? line.codePointBefore(m.start()) : -1;
                int after = m.end() < line.length() ? line.codePointAt(m.end()) : -1;
                if (Prose.isCjkLetter(before) && !startPrefixOk(before)) {
                    sink.report(n + 1, Prose.column(line, m.start()), "'" + m.group() + "' directly after '"
                            + Character.toString(before) + "' is not markup; put '\\ ' or a space before it");
                } else if (!endSuffixOk(after) && (Prose.isCjkLetter(after) || isOpener(after))) {
                    sink.report(n + 1, Prose.column(line, m.start()), "'" + m.group() + "' directly before '"
                            + Character.toString(after) + "' is not markup; put '\\ ' or a space after it");
                }
            }
        }
    }

    private static boolean startPrefixOk(int c) {
        int t = Character.getType(c);
        return Character.isWhitespace(c) || t == Character.START_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.DASH_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean endSuffixOk(int c) {
        if (c < 0) {
            return true;
        }
        int t = Character.getType(c);
        return Character.isWhitespace(c) || c == '\\' || t == Character.END_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.DASH_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isOpener(int c) {
        return c >= 0 && Character.getType(c) == Character.START_PUNCTUATION;
    }
}
