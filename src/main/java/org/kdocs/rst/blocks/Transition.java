package org.kdocs.rst.blocks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transition of a state: a pattern tried against the start of the
 * current line, and what to do when it matches (docutils State.transitions).
 *
 * @param firstChars the characters a non-empty line the pattern matches can start with, or null when
 *                   any line may match; a line starting otherwise skips the regex (every line of a
 *                   document is tried against a dozen patterns, most of which it cannot match)
 */
record Transition(String name, Pattern pattern, String firstChars, Handler handler) {

    Transition(String name, Pattern pattern, Handler handler) {
        this(name, pattern, null, handler);
    }

    /** What a matching transition does; returns the context and the state for the next line. */
    @FunctionalInterface
    interface Handler {
        Step apply(Matcher match, List<String> context);
    }

    /** The outcome of a transition: context for the next line, and the next state. */
    record Step(List<String> context, StateName next) {
    }

    /** False when the pattern cannot match the line, judged by its first character alone. */
    boolean mayMatch(String line) {
        return firstChars == null || line.isEmpty() || firstChars.indexOf(line.charAt(0)) >= 0;
    }
}
