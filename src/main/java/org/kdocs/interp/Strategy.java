package org.kdocs.interp;

/** How the scheduler picks the next thread at each scheduling point. */
public sealed interface Strategy {
    /**
     * Seeded random scheduling: {@code runs} runs with seeds derived from {@code seed}; at each point the
     * running thread is preempted with probability {@code switchProbability}.
     */
    record Random(long seed, int runs, double switchProbability) implements Strategy { }

    /** Every interleaving with at most {@code preemptionBound} preemptions, up to {@code maxSchedules}. */
    record Exhaustive(int preemptionBound, int maxSchedules) implements Strategy { }

    static Strategy random(long seed, int runs) {
        return new Random(seed, runs, 0.1);
    }

    static Strategy exhaustive(int preemptionBound) {
        return new Exhaustive(preemptionBound, 100_000);
    }
}
