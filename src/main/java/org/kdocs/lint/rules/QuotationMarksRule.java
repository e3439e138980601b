package org.kdocs.lint.rules;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code quotation-marks}: a term quoted with single quotes ‘’ in Chinese
 * text, where zh_CN reviewers ask for double quotes “”. A style rule, on
 * for zh_CN (and for Chinese text outside a translation tree); other
 * languages' trees are left alone, and {@code quotation-marks = off} in
 * {@code .kdocs-lint} turns it off. Single quotes nested in double quotes
 * are the correct inner quotes, and an apostrophe between Latin letters
 * (don’t) is no quote.
 */
public final class QuotationMarksRule implements Rule {
    private static final Declaration DECLARATION = new Declaration("quotation-marks", Severity.WARNING,
            "Single quotes ‘’ around a term in Chinese text, where “” is the zh_CN style.");

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        if (context.pairing().map(p -> !p.language().equals("zh_CN")).orElse(false)) {
            return;
        }
        for (InlineText text : InlineText.of(context)) {
            String s = text.bare();
            int depth = 0; // open double quotes
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '“') {
                    depth++;
                } else if (c == '”') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '‘' && depth == 0) {
                    int close = closing(s, i + 1);
                    if (close > 0 && chinese(s, i, close)) {
                        String quoted = s.substring(i, close + 1).replace('\n', ' ');
                        sink.report(text.line(i) + 1, text.column(i, context), "'" + quoted
                                + "' uses single quotes; write “" + quoted.substring(1, quoted.length() - 1) + "”");
                        i = close;
                    }
                }
            }
        }
    }

    /** The ’ closing the quote opened before {@code from}, skipping apostrophes between Latin letters; -1 if none. */
    private static int closing(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '‘' || c == '“') {
                return -1;
            }
            if (c == '’') {
                boolean apostrophe = k > from && latin(s.charAt(k - 1)) && k + 1 < s.length() && latin(s.charAt(k + 1));
                if (!apostrophe) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** The quote sits in Chinese text: the quoted words, or the text beside the marks (past spaces), are CJK. */
    private static boolean chinese(String s, int open, int close) {
        int before = open;
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        int after = close + 1;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        return s.substring(open + 1, close).codePoints().anyMatch(Prose::isCjk) || Prose.isCjk(Prose.before(s, before))
                || after < s.length() && Prose.isCjk(s.codePointAt(after));
    }
}
