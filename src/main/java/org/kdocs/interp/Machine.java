package org.kdocs.interp;

import java.util.Random;

/** One run of a program, as models and builtins see it; created afresh for every run. */
public interface Machine {
    /** include/linux/panic.h: the taint flag set by a WARNING. */
    int TAINT_WARN = 9;

    Memory memory();

    Symbols symbols();

    void addListener(Listener listener);

    /** Appends text to the simulated kernel console (dmesg). */
    void print(String text);

    long clockNanos();

    /** The thread executing right now (the one whose hook or builtin is running). */
    ThreadContext currentThread();

    /** Stalls the current thread for simulated nanoseconds; other threads run meanwhile. */
    void delay(long nanos);

    /**
     * Like {@link #delay(long)}; with {@code interruptsOff} no interrupt handler may start on this CPU
     * during the stall (KCSAN's watcher with KCSAN_INTERRUPT_WATCHER=n).
     */
    void delay(long nanos, boolean interruptsOff);

    /**
     * Blocks the current thread until {@code condition} holds; it is re-checked at every scheduling
     * decision, and a run where every thread waits ends as a deadlock.
     */
    void waitUntil(java.util.function.BooleanSupplier condition);

    /** A random source derived from the run's seed, for models' own randomness. */
    Random random();

    int cpus();

    /** Stops the run with a kernel-like oops line (e.g. a model's BUG()). */
    void oops(String message);

    /**
     * Sets a kernel taint flag (the bit numbers of include/linux/panic.h: 9 is TAINT_WARN, set after
     * every WARNING); the flags stay set for the rest of the run.
     */
    void taint(int flag);

    /** The taint flags set so far, as the kernel's {@code tainted_mask}. */
    long taints();

    /** Per-run object store for models: one instance per class. */
    <T> T attachment(Class<T> type, java.util.function.Supplier<T> initial);
}
