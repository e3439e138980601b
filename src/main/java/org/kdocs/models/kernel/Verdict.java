package org.kdocs.models.kernel;

/**
 * How a model run ended: clean, with warnings (the kernel carried on), or with a BUG (the kernel
 * would have stopped). {@code reason} names the first BUG, or the first warning, or is empty.
 */
public record Verdict(Outcome outcome, String reason) {
    public enum Outcome { CLEAN, WARNED, BUG }

    public static Verdict clean() {
        return new Verdict(Outcome.CLEAN, "");
    }

    public boolean isBug() {
        return outcome == Outcome.BUG;
    }
}
