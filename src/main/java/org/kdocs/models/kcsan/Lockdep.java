package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.interp.Site;
import org.kdocs.interp.Symbols;

/**
 * What CONFIG_KCSAN_VERBOSE prints from lockdep (kernel/locking/lockdep.c,
 * Linux 6.12) after a stack: the task's held locks (lockdep_print_held_locks,
 * print_lock) and its last interrupt on/off events (print_irqtrace_events).
 *
 * <p>A lock class is the lock itself, named after the global variable it is
 * (DEFINE_SPINLOCK(name) names the class {@code name}). Its usage letters
 * come from how the run took it: '+' with interrupts enabled, '-' inside an
 * interrupt handler, '?' both, '.' neither, for hard and soft interrupts
 * ({@code {+.+.}} for a lock taken by tasks only). The wait types are those
 * of a kernel without PROVE_RAW_LOCK_NESTING: {@code {2:2}} for spinlocks,
 * {@code {3:3}} for mutexes. Interrupt events are the program's own
 * local_irq_*() and local_bh_*() calls, counted per task as irqtrace does.
 */
final class Lockdep {
    private record Held(long lock, String kind, Site at) {
    }

    /** A lock class's usage bits (LOCK_ENABLED_* and LOCK_USED_IN_*). */
    private static final class Usage {
        boolean enabledHardirq;
        boolean inHardirq;
        boolean enabledSoftirq;
    }

    /** struct irqtrace_events of one task. */
    private static final class IrqTrace {
        int events;
        int hardOnEvent;
        int hardOffEvent;
        int softOnEvent;
        int softOffEvent;
        Site hardOn;
        Site hardOff;
        Site softOn;
        Site softOff;
        boolean softirqsOff;
        final List<Held> held = new ArrayList<>();
    }

    private final Map<Object, IrqTrace> tasks = new HashMap<>();
    private final Map<Long, Usage> classes = new HashMap<>();

    private IrqTrace of(Object task) {
        return tasks.computeIfAbsent(task, k -> new IrqTrace());
    }

    /** A lock taken by {@code task} ({@code inInterrupt}: by an interrupt handler, whose task is the one it interrupted). */
    void acquired(Object task, boolean inInterrupt, boolean hardirqsOff, String kind, long lock, Site at) {
        IrqTrace t = of(task);
        t.held.add(new Held(lock, kind, at));
        Usage usage = classes.computeIfAbsent(lock, k -> new Usage());
        if (inInterrupt) {
            usage.inHardirq = true;
        } else if (!hardirqsOff) {
            usage.enabledHardirq = true;
            if (!t.softirqsOff) {
                usage.enabledSoftirq = true;
            }
        }
    }

    void released(Object task, long lock) {
        List<Held> held = of(task).held;
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i).lock() == lock) {
                held.remove(i);
                return;
            }
        }
    }

    /** local_irq_disable() and kin (hard) or local_bh_disable() and kin (soft), at {@code at}. */
    void interrupts(Object task, boolean soft, boolean disabled, Site at) {
        IrqTrace t = of(task);
        int event = ++t.events;
        if (soft) {
            t.softirqsOff = disabled;
            if (disabled) {
                t.softOffEvent = event;
                t.softOff = at;
            } else {
                t.softOnEvent = event;
                t.softOn = at;
                for (Held h : t.held) {
                    classes.computeIfAbsent(h.lock(), k -> new Usage()).enabledSoftirq = true;
                }
            }
            return;
        }
        if (disabled) {
            t.hardOffEvent = event;
            t.hardOff = at;
        } else {
            t.hardOnEvent = event;
            t.hardOn = at;
            // mark_held_locks(): what is held now is held with interrupts enabled
            for (Held h : t.held) {
                classes.computeIfAbsent(h.lock(), k -> new Usage()).enabledHardirq = true;
            }
        }
    }

    /** print_verbose_info(): an empty line, the held locks, the irq-trace lines. */
    List<String> verboseInfo(Object task, String comm, int pid, Symbols symbols) {
        IrqTrace t = tasks.getOrDefault(task, new IrqTrace());
        List<String> out = new ArrayList<>();
        out.add("");
        heldLocks(out, t, comm, pid, symbols);
        out.addAll(irqEvents(task));
        return out;
    }

    /** lockdep_print_held_locks(). */
    private void heldLocks(List<String> out, IrqTrace t, String comm, int pid, Symbols symbols) {
        int depth = t.held.size();
        out.add(depth == 0 ? "no locks held by " + comm + "/" + pid + "."
                : depth + " lock" + (depth > 1 ? "s" : "") + " held by " + comm + "/" + pid + ":");
        for (int i = 0; i < depth; i++) {
            Held h = t.held.get(i);
            out.add(" #" + i + ": " + String.format("%016x", h.lock()) + " (" + className(h.lock(), symbols) + "){"
                    + usage(classes.get(h.lock())) + "}-" + (h.kind().equals("mutex") ? "{3:3}" : "{2:2}") + ", at: "
                    + h.at().symbolic());
        }
    }

    /** print_irqtrace_events(): the task's event count and its last four interrupt on/off events. */
    List<String> irqEvents(Object task) {
        IrqTrace t = tasks.getOrDefault(task, new IrqTrace());
        return List.of("irq event stamp: " + t.events, event("hardirqs last  enabled", t.hardOnEvent, t.hardOn),
                event("hardirqs last disabled", t.hardOffEvent, t.hardOff),
                event("softirqs last  enabled", t.softOnEvent, t.softOn),
                event("softirqs last disabled", t.softOffEvent, t.softOff));
    }

    private static String className(long lock, Symbols symbols) {
        return symbols.variableAt(lock).map(v -> v.address() == lock ? v.name() : symbols.describe(lock))
                .orElse(symbols.describe(lock));
    }

    private static String usage(Usage u) {
        if (u == null) {
            return "....";
        }
        char hard = u.enabledHardirq ? (u.inHardirq ? '?' : '+') : (u.inHardirq ? '-' : '.');
        char soft = u.enabledSoftirq ? '+' : '.';
        return "" + hard + '.' + soft + '.';
    }

    private static String event(String what, int number, Site at) {
        long address = at == null ? 0 : at.address();
        String symbol = at == null ? "0x0" : at.symbolic();
        return what + " at (" + number + "): [<" + String.format("%016x", address) + ">] " + symbol;
    }
}
