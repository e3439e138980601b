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

    /**
     * A lock taken or released: {@code kind} is "spinlock" or "mutex", {@code lock} the lock's address,
     * {@code site} the call of spin_lock() and its kin (what lockdep records as the acquire ip).
     */
    default void onLock(ThreadContext thread, String kind, long lock, boolean acquire, Site site) {
    }

    default void onThreadStart(ThreadContext thread) {
    }

    default void onThreadEnd(ThreadContext thread) {
    }

    /**
     * A number that changes whenever this listener's state for {@code thread} changes in a way that
     * matters to what happens next (e.g. KCSAN's per-context counters). The interpreter lets a thread
     * wait instead of spinning only when its own state and every listener's fingerprint repeat; a
     * listener that keeps nothing per thread can leave the default.
     */
    default long fingerprint(ThreadContext thread) {
        return 0;
    }
}
