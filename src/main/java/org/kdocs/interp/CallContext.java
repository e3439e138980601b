package org.kdocs.interp;

import java.util.function.LongUnaryOperator;

/** What a builtin can do while it runs: instrumented memory operations, events, console, faults. */
public interface CallContext {
    Machine machine();

    ThreadContext thread();

    /** The call site in the C program. */
    Site site();

    /** Size in bytes of argument {@code i}'s object: the lvalue for LVALUE parameters, the pointee for pointers. */
    int argSize(int i);

    /** Whether that object's type is signed. */
    boolean argSigned(int i);

    /** Instrumented read (a scheduling point, reported to listeners); the value is zero-extended. */
    long read(long address, int size, Marking marking, Ordering ordering);

    void write(long address, int size, long value, Marking marking, Ordering ordering);

    /** Instrumented read-modify-write reported as one READ_WRITE access; returns the old value. */
    long readModifyWrite(long address, int size, Marking marking, Ordering ordering, LongUnaryOperator update);

    void barrier(BarrierKind kind);

    void scope(String scope, boolean enter);

    /** Reads a NUL-terminated string from simulated memory (uninstrumented). */
    String string(long address);

    /** Blocks the current thread until memory at {@code address} reads zero (lock-style wait). */
    void waitUntilZero(long address, int size);

    /** Stops the run with a kernel-like oops line and the call site. */
    RuntimeException oops(String message);
}
