package org.kdocs.interp;

/**
 * Observer of a running program; models implement the hooks they need. Hooks run on the simulated thread
 * that caused the event, so a hook may call {@link Machine#delay} to let other threads run meanwhile.
 */
public interface Listener {
    default void onAccess(Access access) {
    }

    default void onBarrier(ThreadContext thread, BarrierKind kind, Site site) {
    }

    default void onFunctionEntry(ThreadContext thread, FunctionInfo function, Site callSite) {
    }

    default void onFunctionExit(ThreadContext thread, FunctionInfo function) {
    }

    default void onAlloc(Allocation allocation) {
    }

    default void onFree(Allocation allocation, Site site, ThreadContext thread) {
    }

    /** Entering or leaving a named scope: data_race, rcu_read_lock, irq_disabled, preempt_disabled, spinlock. */
    default void onScope(ThreadContext thread, String scope, boolean enter, Site site) {
    }

    default void onThreadStart(ThreadContext thread) {
    }

    default void onThreadEnd(ThreadContext thread) {
    }
}
