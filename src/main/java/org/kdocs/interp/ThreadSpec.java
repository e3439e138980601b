package org.kdocs.interp;

/**
 * A simulated thread to start: the C function it runs (taking no arguments or one long argument),
 * the CPU it runs on (-1: thread index modulo the CPU count) and whether it is an interrupt handler.
 */
public record ThreadSpec(String function, long argument, int cpu, boolean interrupt) {
    public static ThreadSpec task(String function) {
        return new ThreadSpec(function, 0, -1, false);
    }

    public static ThreadSpec onCpu(String function, int cpu) {
        return new ThreadSpec(function, 0, cpu, false);
    }

    /** An interrupt handler that fires once on {@code cpu} whenever interrupts there are enabled. */
    public static ThreadSpec interrupt(String function, int cpu) {
        return new ThreadSpec(function, 0, cpu, true);
    }
}
