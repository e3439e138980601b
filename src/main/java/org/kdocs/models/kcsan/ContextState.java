package org.kdocs.models.kcsan;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Per-context state of include/linux/kcsan.h struct kcsan_ctx: one per task,
 * and one per CPU shared by all interrupt code on that CPU.
 */
final class ContextState {
    int disableCount;
    int disableScoped;
    int atomicNext;
    int atomicNestCount;
    boolean inFlatAtomic;
    long accessMask;
    /** Active scoped accesses, newest first. */
    final Deque<ScopedAccess> scoped = new ArrayDeque<>();
    /** The single simulated-reordered access (weak memory); size 0 when empty. */
    final ScopedAccess reorder = new ScopedAccess(0, 0, 0, null);
    int stackDepth;
    int reorderDepth = Integer.MIN_VALUE;

    /** A scoped access or the reorder slot: where, how big, which type, and the frame that opened it. */
    static final class ScopedAccess {
        long ptr;
        long size;
        int type;
        TraceFrame ip;

        ScopedAccess(long ptr, long size, int type, TraceFrame ip) {
            this.ptr = ptr;
            this.size = size;
            this.type = type;
            this.ip = ip;
        }
    }
}
