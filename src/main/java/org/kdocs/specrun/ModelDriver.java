package org.kdocs.specrun;

/**
 * Runs examples of one model: compiles the example's code, applies its
 * configuration, runs it once with a seed under its limits, and tells what
 * happened. One instance per model; it must be safe to use from several
 * threads at once (examples run in parallel).
 */
public interface ModelDriver {
    /** The model name used in {@code .. spec:: MODEL}. */
    String model();

    /** One run; a {@link SpecError} means the example itself is wrong (it does not compile, a bad option). */
    RunOutcome run(SpecExample example, long seed) throws SpecError;

    /** An example that cannot run at all, with a message that points into the document. */
    final class SpecError extends Exception {
        public SpecError(String message) {
            super(message, null, false, false);
        }
    }
}
