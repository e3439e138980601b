package org.kdocs.interp;

import java.util.Random;

/** One run of a program, as models and builtins see it; created afresh for every run. */
public interface Machine {
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

    /** Per-run object store for models: one instance per class. */
    <T> T attachment(Class<T> type, java.util.function.Supplier<T> initial);
}
