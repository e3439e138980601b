package org.kdocs.interp;

import java.util.List;
import java.util.function.Supplier;

/** A simulated task or interrupt handler, as models see it. */
public interface ThreadContext {
    /** 1-based thread number; the thread is called {@code T<id>} in messages. */
    int id();

    String name();

    /**
     * The task's command name as the kernel's {@code comm} holds it: the name of the thread's function,
     * at most 15 characters (TASK_COMM_LEN - 1), as kernel threads are named after their function.
     */
    String comm();

    /** The task's pid; an interrupt handler reports the pid of the task it interrupted (0 when idle). */
    int pid();

    /** For an interrupt handler, the task running on its CPU that it interrupted. */
    java.util.Optional<ThreadContext> interrupted();

    int cpu();

    boolean inInterrupt();

    boolean irqsDisabled();

    /** The function currently executing (innermost frame). */
    FunctionInfo currentFunction();

    /** Call sites of the active frames, innermost first (the caller of the current function first). */
    List<Site> callers();

    /**
     * Where the thread is: the access or call it executes, or will execute when it resumes (so, for a
     * task an interrupt handler interrupted, the interrupted instruction); null before it starts.
     */
    Site site();

    /** Per-thread state owned by a model, created on first use (e.g. KCSAN's disable nesting count). */
    <T> T local(Object key, Supplier<T> initial);
}
