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

    /** PID of the current task (in interrupt context: of the interrupted task, 0 on an idle CPU). */
    int pid();

    /** Command name of the current task (in interrupt context: the interrupted task's, swapper/N when idle). */
    String comm();

    /** The value of {@code size} bytes at {@code address} (1, 2, 4 or 8), little-endian. */
    long read(long address, int size);

    /**
     * Lets simulated time pass for the current context while other contexts
     * run; with {@code interruptsOff} no interrupt may run on this CPU meanwhile.
     */
    void stall(long microseconds, boolean interruptsOff);

    /**
     * The current call stack, innermost frame first; in interrupt context it
     * goes on through the interrupt entry into the interrupted context.
     */
    List<TraceFrame> stack();

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

    /** The kernel's taint flags, as tainted_mask (for report footers). */
    default long taints() {
        return 0;
    }

    /** Sets a taint flag (a WARNING sets TAINT_WARN after its report). */
    default void taint(int flag) {
    }

    /**
     * CONFIG_KCSAN_VERBOSE: what print_verbose_info() prints after a stack
     * for the current context's task (an empty line, held locks, irq events).
     */
    default List<String> verboseInfo() {
        return List.of();
    }

    /** print_irqtrace_events() for the current context's task (lockdep's irq-trace lines); empty without lockdep. */
    default List<String> irqEvents() {
        return List.of();
    }
}
