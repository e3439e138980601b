package org.kdocs.models.kcsan;

import java.util.List;

/**
 * What the KCSAN model needs from the machine that runs the code: who is
 * running, memory, the clock, stacks and the console. The C interpreter's
 * adapter implements it; tests may implement it directly.
 */
public interface KcsanHost {
    /** The CPU the current context runs on. */
    int cpu();

    /** True in interrupt context (all interrupts of a CPU share one KCSAN context). */
    boolean inInterrupt();

    /** Nesting depth of hard interrupts (atomic_next is kept at depth 2 and more). */
    int hardirqDepth();

    /** PID of the current task (of the interrupted task in interrupt context). */
    int pid();

    /** Command name of the current task. */
    String comm();

    /** The value of {@code size} bytes at {@code address} (1, 2, 4 or 8), little-endian. */
    long read(long address, int size);

    /**
     * Lets simulated time pass for the current context while other contexts
     * run; with {@code interruptsOff} no interrupt may run on this CPU meanwhile.
     */
    void stall(long microseconds, boolean interruptsOff);

    /** The current call stack, innermost frame first. */
    List<Frame> stack();

    /**
     * Lets other contexts run for a moment: the runtime's own work takes
     * time on a real CPU while the other CPUs go on (used where a pending
     * reordered access is checked at function exit).
     */
    default void preemptionPoint() {
    }

    /** Simulated time in milliseconds. */
    long nowMillis();

    /** Prints one console line. */
    void printk(String line);

    /** Whether {@code address} is the current task's flags word (the PERMISSIVE address rule). */
    default boolean isCurrentFlags(long address) {
        return false;
    }
}
