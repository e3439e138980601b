package org.kdocs.interp;

/** How a run ended. Every outcome has a one-line message (empty for normal completion). */
public sealed interface Outcome {
    String message();

    record Completed() implements Outcome {
        @Override
        public String message() {
            return "";
        }
    }

    /** A runtime fault: {@code message} is the kernel-like oops line, {@code site} where it happened. */
    record Fault(String message, Site site, String thread) implements Outcome { }

    record StepLimit(String message) implements Outcome { }

    record TimeLimit(String message) implements Outcome { }

    record Deadlock(String message) implements Outcome { }

    /** The program could not start (e.g. a thread function that does not exist). */
    record Invalid(String message) implements Outcome { }
}
