package org.kdocs.models.kcsan;

/**
 * The per-CPU sampling state of kernel/kcsan/core.c: {@code kcsan_skip}, the count of accesses left
 * before the next watchpoint, and {@code kcsan_rand_state}, the 32-bit generator behind
 * kcsan_prandom_u32_max. Seeded (the kernel uses the cycle counter) so runs repeat.
 */
final class PerCpuSampling {
    private final long seed;
    /** Per CPU: [0] skip counter (starts at 0: the first eligible access is watched), [1] generator state. */
    private long[][] perCpu = new long[2][];

    PerCpuSampling(long seed) {
        this.seed = seed;
    }

    private long[] of(int cpu) {
        if (cpu >= perCpu.length) {
            perCpu = java.util.Arrays.copyOf(perCpu, cpu + 1);
        }
        long[] state = perCpu[cpu];
        if (state == null) {
            state = new long[] {0, (seed * 0x9E3779B97F4A7C15L + cpu) & 0xffffffffL};
            perCpu[cpu] = state;
        }
        return state;
    }

    /** should_watch's count-down: true when this access is the one to watch. */
    boolean countDown(int cpu) {
        return --of(cpu)[0] < 0;
    }

    /** reset_kcsan_skip: the next watchpoint after {@code skip} accesses, fewer by a random amount. */
    void resetSkip(int cpu, long skip, boolean randomize) {
        long next = skip - (randomize ? randomBelow(cpu, skip) : 0);
        of(cpu)[0] = next;
    }

    /** A pseudo-random number below n from the CPU's 32-bit LCG (core.c kcsan_prandom_u32_max). */
    long randomBelow(int cpu, long n) {
        long[] state = of(cpu);
        state[1] = (1664525L * state[1] + 1013904223L) & 0xffffffffL;
        return n <= 0 ? 0 : (state[1] * (n & 0xffffffffL)) >>> 32;
    }

    /** The CPU's skip counter and generator state, for {@link Kcsan#fingerprint}. */
    long[] state(int cpu) {
        return of(cpu).clone();
    }
}
