package org.kdocs.interp;

/**
 * One instrumented memory access, reported before it is performed (as compiler instrumentation is).
 * {@code oldValue} is what memory holds when the hook runs; {@code newValue} is the value about to be
 * written (equal to oldValue for reads); both are the raw bytes zero-extended (for accesses wider than
 * 8 bytes, such as memset, both are 0). {@code stack} marks accesses to the thread's own stack frame;
 * they are reported but are not scheduling points.
 */
public record Access(ThreadContext thread, long address, int size, AccessKind kind, Marking marking,
                     Ordering ordering, long oldValue, long newValue, Site site, boolean stack) {
    public boolean isWrite() {
        return kind != AccessKind.READ;
    }
}
