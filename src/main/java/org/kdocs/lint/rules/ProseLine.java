package org.kdocs.lint.rules;

import org.kdocs.lint.Prose;
import org.kdocs.lint.Rule;

/** One prose line of {@link ProseLines}: its 0-based index in the source and its masked text. */
record ProseLine(int index, String text) {

    /** Reports a finding on this line, at the display column of {@code text}'s char {@code at}. */
    void report(Rule.FindingSink sink, int at, String message) {
        sink.report(index + 1, Prose.column(text, at), message);
    }
}
