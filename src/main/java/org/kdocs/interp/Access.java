package org.kdocs.interp;

/**
 * One instrumented memory access, reported before it is performed (as compiler instrumentation is).
 * {@code oldValue} is what memory holds when the hook runs; {@code newValue} is the value about to be
 * written (equal to oldValue for reads). {@code stack} marks accesses to the thread's own stack frame.
 */
public record Access(ThreadContext thread, long address, int size, AccessKind kind, Marking marking,
                     Ordering ordering, long oldValue, long newValue, Site site, boolean stack) {
    public boolean isWrite() {
        return kind != AccessKind.READ;
    }
}
