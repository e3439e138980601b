package org.kdocs.lint.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/**
 * {@code unbalanced-pair}: an opening quote or bracket without its closing
 * partner within the paragraph, or a closing one without an opening one
 * (‘’ “” （） 《》 「」 『』 【】 〈〉). An apostrophe ’ between Latin letters is not a quote.
 */
public final class UnbalancedPairRule implements Rule {
    private static final String OPEN = "‘“（《「『【〈";
    private static final String CLOSE = "’”）》」』】〉";

    private static final Declaration DECLARATION = new Declaration("unbalanced-pair", Severity.WARNING,
            "Lone or unbalanced quote or bracket within a paragraph.").inEveryFormat();

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    @Override
    public void check(LintContext context, FindingSink sink) {
        for (List<ProseLine> paragraph : ProseLines.of(context).paragraphs()) {
            Deque<Opening> open = new ArrayDeque<>();
            for (ProseLine prose : paragraph) {
                String line = prose.text();
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c < OPEN.charAt(0)) {
                        continue; // every pair's mark is above U+2018
                    }
                    int o = OPEN.indexOf(c);
                    int cl = CLOSE.indexOf(c);
                    if (c == '’' && apostrophe(Prose.before(line, i)) && open.stream().noneMatch(e -> e.kind() == 0)) {
                        continue; // an apostrophe after a Latin letter (don’t, users’), not a closing quote
                    }
                    if (o >= 0) {
                        open.push(new Opening(o, prose, i));
                    } else if (cl >= 0) {
                        if (!open.isEmpty() && open.peek().kind() == cl) {
                            open.pop();
                        } else if (open.stream().anyMatch(e -> e.kind() == cl)) {
                            while (open.peek().kind() != cl) {
                                open.pop().report(sink);
                            }
                            open.pop();
                        } else {
                            prose.report(sink, i, "closing '" + c + "' without a matching '" + OPEN.charAt(cl) + "'");
                        }
                    }
                }
            }
            while (!open.isEmpty()) {
                open.removeLast().report(sink);
            }
        }
    }

    private static boolean apostrophe(int prev) {
        return prev >= 0 && prev < 0x250 && Character.isLetterOrDigit(prev);
    }

    /** An opening mark still waiting for its partner: its index in {@code OPEN}, line and char index. */
    private record Opening(int kind, ProseLine line, int at) {
        void report(FindingSink sink) {
            line.report(sink, at, "'" + OPEN.charAt(kind) + "' is never closed with '" + CLOSE.charAt(kind)
                    + "' in this paragraph");
        }
    }
}
