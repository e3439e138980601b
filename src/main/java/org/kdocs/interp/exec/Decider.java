package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Picks among the runnable threads at a scheduling point. Option 0 is the running thread when it may go
 * on ({@code firstIsCurrent}); choosing another option then counts as a preemption.
 */
abstract class Decider {
    abstract int pick(int options, boolean firstIsCurrent);

    /** Seeded random choice: stay with probability 1 - p, otherwise a uniform pick among all options. */
    static final class Seeded extends Decider {
        private final Random random;
        private final double switchProbability;

        Seeded(long seed, double switchProbability) {
            this.random = new Random(seed);
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
     * Depth-first exploration without state: replays a prefix of choices, then takes option 0 (no
     * preemption); {@link #nextPrefix} backtracks to the deepest choice with an untried option that keeps
     * the number of preemptions within the bound.
     */
    static final class Replay extends Decider {
        private final int[] prefix;
        private final List<int[]> taken = new ArrayList<>();

        Replay(int[] prefix) {
            this.prefix = prefix;
        }

        @Override
        int pick(int options, boolean firstIsCurrent) {
            int i = taken.size();
            int choice = i < prefix.length ? Math.min(prefix[i], options - 1) : 0;
            taken.add(new int[] {options, choice, firstIsCurrent ? 1 : 0});
            return choice;
        }

        /** The next prefix to replay, or null when the bounded tree is exhausted. */
        int[] nextPrefix(int preemptionBound) {
            int[] before = new int[taken.size() + 1];
            for (int i = 0; i < taken.size(); i++) {
                int[] t = taken.get(i);
                before[i + 1] = before[i] + (t[2] == 1 && t[1] != 0 ? 1 : 0);
            }
            for (int d = taken.size() - 1; d >= 0; d--) {
                int[] t = taken.get(d);
                int alt = t[1] + 1;
                if (alt < t[0] && before[d] + (t[2] == 1 ? 1 : 0) <= preemptionBound) {
                    int[] p = new int[d + 1];
                    for (int i = 0; i < d; i++) {
                        p[i] = taken.get(i)[1];
                    }
                    p[d] = alt;
                    return p;
                }
            }
            return null;
        }
    }
}
