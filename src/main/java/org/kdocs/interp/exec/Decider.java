package org.kdocs.interp.exec;

/**
 * Picks among the runnable threads at a scheduling point. Option 0 is the running thread when it may go
 * on ({@code firstIsCurrent}); choosing another option then counts as a preemption.
 */
abstract class Decider {
    abstract int pick(int options, boolean firstIsCurrent);

    /** Seeded random choice: stay with probability 1 - p, otherwise a uniform pick among all options. */
    static final class Seeded extends Decider {
        private final Lcg random;
        private final double switchProbability;

        Seeded(long seed, double switchProbability) {
            this.random = new Lcg(seed);
            this.switchProbability = switchProbability;
        }

        @Override
        int pick(int options, boolean firstIsCurrent) {
            if (firstIsCurrent && random.nextDouble() >= switchProbability) {
                return 0;
            }
            return random.nextInt(options);
        }
    }

    /**
     * The generator of java.util.Random (the algorithm its documentation specifies, so the same seed
     * gives the same numbers) without Random's atomic seed update, which a decision at every access
     * would pay for nothing: a run is single-threaded.
     */
    static final class Lcg {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long MASK = (1L << 48) - 1;
        private long seed;

        Lcg(long seed) {
            this.seed = (seed ^ MULTIPLIER) & MASK;
        }

        private int next(int bits) {
            seed = (seed * MULTIPLIER + 0xBL) & MASK;
            return (int) (seed >>> (48 - bits));
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }

        int nextInt(int bound) {
            int r = next(31);
            int m = bound - 1;
            if ((bound & m) == 0) {
                return (int) ((bound * (long) r) >> 31);
            }
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
                // rejects the values that would favour small results
            }
            return r;
        }
    }

    /**
     * Depth-first exploration without state: replays a prefix of choices, then takes option 0 (no
     * preemption); {@link #nextPrefix} backtracks to the deepest choice with an untried option that keeps
     * the number of preemptions within the bound.
     */
    static final class Replay extends Decider {
        private final int[] prefix;
        private int[] options = new int[64];
        private int[] chosen = new int[64];
        private boolean[] stayable = new boolean[64];
        private int count;

        Replay(int[] prefix) {
            this.prefix = prefix;
        }

        @Override
        int pick(int n, boolean firstIsCurrent) {
            int i = count;
            int choice = i < prefix.length ? Math.min(prefix[i], n - 1) : 0;
            if (count == chosen.length) {
                options = java.util.Arrays.copyOf(options, count * 2);
                chosen = java.util.Arrays.copyOf(chosen, count * 2);
                stayable = java.util.Arrays.copyOf(stayable, count * 2);
            }
            options[count] = n;
            chosen[count] = choice;
            stayable[count] = firstIsCurrent;
            count++;
            return choice;
        }

        /** The next prefix to replay, or null when the bounded tree is exhausted. */
        int[] nextPrefix(int preemptionBound) {
            int[] before = new int[count + 1];
            for (int i = 0; i < count; i++) {
                before[i + 1] = before[i] + (stayable[i] && chosen[i] != 0 ? 1 : 0);
            }
            for (int d = count - 1; d >= 0; d--) {
                int alt = chosen[d] + 1;
                if (alt < options[d] && before[d] + (stayable[d] ? 1 : 0) <= preemptionBound) {
                    int[] p = java.util.Arrays.copyOf(chosen, d + 1);
                    p[d] = alt;
                    return p;
                }
            }
            return null;
        }
    }
}
