package org.kdocs.source.highlight;

import java.util.ArrayList;
import java.util.List;

/**
 * Splices tokens into another lexer's token stream at character offsets of the text that lexer saw
 * (Pygments' lexer.do_insertions): a token spanning an offset is split there.
 */
final class Insertions {
    /** Tokens to insert before the character at index of the inner text. */
    record Insertion(int index, List<RuleLexer.Raw> tokens) {
    }

    private Insertions() {
    }

    static List<RuleLexer.Raw> merge(List<RuleLexer.Raw> tokens, List<Insertion> insertions) {
        List<RuleLexer.Raw> out = new ArrayList<>();
        int next = 0;
        int offset = 0;
        for (RuleLexer.Raw token : tokens) {
            String value = token.text();
            int taken = 0;
            while (next < insertions.size() && offset + value.length() >= insertions.get(next).index()) {
                int cut = Math.max(taken, insertions.get(next).index() - offset);
                if (cut > taken) {
                    out.add(new RuleLexer.Raw(token.type(), value.substring(taken, cut)));
                }
                out.addAll(insertions.get(next).tokens());
                taken = Math.max(taken, cut);
                next++;
            }
            if (taken < value.length()) {
                out.add(new RuleLexer.Raw(token.type(), value.substring(taken)));
            }
            offset += value.length();
        }
        for (; next < insertions.size(); next++) {
            out.addAll(insertions.get(next).tokens());
        }
        return out;
    }
}
