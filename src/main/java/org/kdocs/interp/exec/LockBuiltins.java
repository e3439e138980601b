package org.kdocs.interp.exec;

import org.kdocs.interp.BarrierKind;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;

/**
 * Spinlocks, mutexes, RCU read-side sections and interrupt masking. A contended lock blocks its thread
 * until the lock word is zero; interrupt handlers on a CPU cannot start while a task there has interrupts off.
 */
final class LockBuiltins {
    private LockBuiltins() {
    }

    static void install(Builtins b) {
        for (String p : new String[] {"spin", "raw_spin"}) {
            StandardBuiltins.restartable(b, Builtin.of(p + "_lock", "void", (c, a) -> lock(c, a[0], 4, "spinlock"), "pointer"));
            b.register(Builtin.of(p + "_unlock", "void", (c, a) -> unlock(c, a[0], 4, "spinlock"), "pointer"));
            StandardBuiltins.restartable(b, Builtin.of(p + "_trylock", "int", (c, a) -> trylock(c, a[0], 4, "spinlock"), "pointer"));
            StandardBuiltins.restartable(b, Builtin.of(p + "_lock_init", "void", (c, a) -> init(c, a[0], 4), "pointer"));
            StandardBuiltins.restartable(b, Builtin.of(p + "_lock_bh", "void", (c, a) -> lock(c, a[0], 4, "spinlock"), "pointer"));
            b.register(Builtin.of(p + "_unlock_bh", "void", (c, a) -> unlock(c, a[0], 4, "spinlock"), "pointer"));
            StandardBuiltins.restartable(b, Builtin.of(p + "_lock_irq", "void", (c, a) -> {
                irqs(c, true);
                return lock(c, a[0], 4, "spinlock");
            }, "pointer"));
            b.register(Builtin.of(p + "_unlock_irq", "void", (c, a) -> {
                unlock(c, a[0], 4, "spinlock");
                return irqs(c, false);
            }, "pointer"));
            StandardBuiltins.restartable(b, Builtin.of(p + "_lock_irqsave", "void", (c, a) -> {
                c.write(a[1], c.argSize(1), save(c), Marking.PLAIN, Ordering.NONE);
                return lock(c, a[0], 4, "spinlock");
            }, "pointer", "lvalue"));
            b.register(Builtin.of(p + "_unlock_irqrestore", "void", (c, a) -> {
                unlock(c, a[0], 4, "spinlock");
                return irqs(c, a[1] != 0);
            }, "pointer", "unsigned long"));
        }
        StandardBuiltins.restartable(b, Builtin.of("mutex_lock", "void", (c, a) -> lock(c, a[0], 8, "mutex"), "pointer"));
        StandardBuiltins.restartable(b, Builtin.of("mutex_lock_interruptible", "int", (c, a) -> lock(c, a[0], 8, "mutex"), "pointer"));
        b.register(Builtin.of("mutex_unlock", "void", (c, a) -> unlock(c, a[0], 8, "mutex"), "pointer"));
        StandardBuiltins.restartable(b, Builtin.of("mutex_trylock", "int", (c, a) -> trylock(c, a[0], 8, "mutex"), "pointer"));
        StandardBuiltins.restartable(b, Builtin.of("mutex_init", "void", (c, a) -> init(c, a[0], 8), "pointer"));
        StandardBuiltins.restartable(b, Builtin.of("local_irq_save", "void", (c, a) -> {
            c.write(a[0], c.argSize(0), save(c), Marking.PLAIN, Ordering.NONE);
            return 0;
        }, "lvalue"));
        StandardBuiltins.restartable(b, Builtin.of("local_irq_restore", "void", (c, a) -> irqs(c, a[0] != 0), "unsigned long"));
        StandardBuiltins.restartable(b, Builtin.of("local_irq_disable", "void", (c, a) -> irqs(c, true)));
        StandardBuiltins.restartable(b, Builtin.of("local_irq_enable", "void", (c, a) -> irqs(c, false)));
        b.register(Builtin.of("irqs_disabled", "int", (c, a) -> c.thread().irqsDisabled() ? 1 : 0));
        for (String s : new String[] {"preempt", "local_bh"}) {
            b.register(Builtin.of(s + "_disable", "void", (c, a) -> scope(c, s + "_disabled", true)));
            b.register(Builtin.of(s + "_enable", "void", (c, a) -> scope(c, s + "_disabled", false)));
        }
        b.register(Builtin.of("rcu_read_lock", "void", (c, a) -> {
            ((Worker) c.thread()).rcuDepth++;
            return scope(c, "rcu_read_lock", true);
        }));
        b.register(Builtin.of("rcu_read_unlock", "void", (c, a) -> {
            Worker w = (Worker) c.thread();
            if (w.rcuDepth == 0) {
                throw c.oops("WARNING: rcu_read_unlock() without rcu_read_lock()");
            }
            w.rcuDepth--;
            return scope(c, "rcu_read_lock", false);
        }));
        b.register(Builtin.of("synchronize_rcu", "void", (c, a) -> {
            Worker me = (Worker) c.thread();
            if (me.rcuDepth > 0) {
                throw c.oops("BUG: synchronize_rcu() called inside an RCU read-side critical section");
            }
            c.barrier(BarrierKind.FULL);
            me.run.block(me, () -> me.run.workers.stream().noneMatch(w -> w != me && w.rcuDepth > 0));
            return 0;
        }));
    }

    private static long scope(CallContext c, String name, boolean enter) {
        c.barrier(BarrierKind.COMPILER);
        c.scope(name, enter);
        return 0;
    }

    private static long save(CallContext c) {
        Worker w = (Worker) c.thread();
        long was = w.irqsDisabled ? 1 : 0;
        irqs(c, true);
        return was;
    }

    private static long irqs(CallContext c, boolean disabled) {
        Worker w = (Worker) c.thread();
        if (w.irqsDisabled != disabled) {
            // a scheduling point: an interrupt may arrive just before interrupts are switched off
            w.point();
            w.irqsDisabled = disabled;
            c.scope("irq_disabled", disabled);
        }
        return 0;
    }

    private static long owner(CallContext c, int size) {
        return size == 4 ? 1 : c.thread().id();
    }

    private static long lock(CallContext c, long address, int size, String kind) {
        long me = owner(c, size);
        while (true) {
            long old = c.readModifyWrite(address, size, Marking.ATOMIC, Ordering.ACQUIRE, v -> v == 0 ? me : v);
            if (old == 0) {
                break;
            }
            if (size == 8 && old == me) {
                throw c.oops("BUG: mutex_lock() recursion: " + c.thread().name() + " already holds the mutex");
            }
            c.waitUntilZero(address, size);
        }
        held(c, kind, address, true);
        return 0;
    }

    private static long trylock(CallContext c, long address, int size, String kind) {
        long me = owner(c, size);
        long old = c.readModifyWrite(address, size, Marking.ATOMIC, Ordering.ACQUIRE, v -> v == 0 ? me : v);
        if (old != 0) {
            return 0;
        }
        held(c, kind, address, true);
        return 1;
    }

    private static long unlock(CallContext c, long address, int size, String kind) {
        held(c, kind, address, false);
        c.write(address, size, 0, Marking.ATOMIC, Ordering.RELEASE);
        return 0;
    }

    /** The lock is now held or released: a scope for the listeners, and the lock itself (lockdep). */
    private static void held(CallContext c, String kind, long address, boolean acquire) {
        c.scope(kind, acquire);
        Worker w = (Worker) c.thread();
        w.run.lock(w, kind, address, acquire, c.site());
    }

    private static long init(CallContext c, long address, int size) {
        c.write(address, size, 0, Marking.PLAIN, Ordering.NONE);
        return 0;
    }
}
