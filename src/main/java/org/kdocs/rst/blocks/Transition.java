package org.kdocs.rst.blocks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transition of a state: a pattern tried against the start of the
 * current line, and what to do when it matches (docutils State.transitions).
 */
record Transition(String name, Pattern pattern, Handler handler) {

    /** What a matching transition does; returns the context and the state for the next line. */
    @FunctionalInterface
    interface Handler {
        Step apply(Matcher match, List<String> context);
    }

    /** The outcome of a transition: context for the next line, and the next state. */
    record Step(List<String> context, StateName next) {
    }
}
