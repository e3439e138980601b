package org.kdocs.lint.rules;

import java.util.ArrayDeque;
import java.util.Deque;

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
        ProseLines prose = ProseLines.of(context);
        for (int[] para : prose.paragraphs()) {
            Deque<int[]> open = new ArrayDeque<>(); // {kind, prose index, char index}
            for (int k = para[0]; k < para[1]; k++) {
                String line = prose.masked().get(k);
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c < OPEN.charAt(0)) {
                        continue; // every pair's mark is above U+2018
                    }
                    int o = OPEN.indexOf(c);
                    int cl = CLOSE.indexOf(c);
                    if (c == '’' && apostrophe(Prose.before(line, i)) && open.stream().noneMatch(e -> e[0] == 0)) {
                        continue; // an apostrophe after a Latin letter (don’t, users’), not a closing quote
                    }
                    if (o >= 0) {
                        open.push(new int[] {o, k, i});
                    } else if (cl >= 0) {
                        if (!open.isEmpty() && open.peek()[0] == cl) {
                            open.pop();
                        } else if (open.stream().anyMatch(e -> e[0] == cl)) {
                            while (open.peek()[0] != cl) {
                                report(sink, prose, open.pop());
                            }
                            open.pop();
                        } else {
                            sink.report(prose.indexes().get(k) + 1, Prose.column(line, i),
                                    "closing '" + c + "' without a matching '" + OPEN.charAt(cl) + "'");
                        }
                    }
                }
            }
            while (!open.isEmpty()) {
                report(sink, prose, open.removeLast());
            }
        }
    }

    private static boolean apostrophe(int prev) {
        return prev >= 0 && prev < 0x250 && Character.isLetterOrDigit(prev);
    }

    private static void report(FindingSink sink, ProseLines prose, int[] e) {
        String line = prose.masked().get(e[1]);
        sink.report(prose.indexes().get(e[1]) + 1, Prose.column(line, e[2]),
                "'" + OPEN.charAt(e[0]) + "' is never closed with '" + CLOSE.charAt(e[0]) + "' in this paragraph");
    }
}
