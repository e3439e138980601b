package org.kdocs.interp;

/**
 * A simulated thread to start: the C function it runs (taking no arguments or one long argument),
 * the CPU it runs on (-1: thread index modulo the CPU count) and whether it is an interrupt handler;
 * an interrupt handler fires up to {@code fires} times, each time its CPU has interrupts enabled and
 * the scheduler picks it.
 */
public record ThreadSpec(String function, long argument, int cpu, boolean interrupt, int fires) {
    public ThreadSpec {
        if (fires < 1) {
            throw new IllegalArgumentException("a thread runs at least once");
        }
    }

    public ThreadSpec(String function, long argument, int cpu, boolean interrupt) {
        this(function, argument, cpu, interrupt, 1);
    }

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

    /** An interrupt handler that fires up to {@code fires} times on {@code cpu}. */
    public static ThreadSpec interrupt(String function, int cpu, int fires) {
        return new ThreadSpec(function, 0, cpu, true, fires);
    }
}
