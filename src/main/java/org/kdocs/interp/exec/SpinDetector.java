package org.kdocs.interp.exec;

import java.util.Arrays;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.kdocs.interp.Listener;

/**
 * Notices a thread that busy-waits: it comes back to the same scheduling point in the same state (its
 * frames, its stack, interrupt and RCU state, and what every listener keeps for it), having written
 * nothing in between. Until another context touches or changes a location it read on the way, it would
 * only repeat the same loop, so it waits instead ({@link #waitCondition}). A real CPU spins for as
 * long as, say, a KCSAN watcher on another CPU stalls; a simulated clock that advances by one
 * nanosecond per access would make it spin some 80 000 times per watchpoint instead.
 *
 * <p>The anchor point moves as in Brent's cycle detection (after 1, 2, 4 ... points without a visit),
 * so a loop of any length up to {@link #MAX_BUDGET} points is found within a few rounds.
 */
final class SpinDetector {
    private static final int MAX_BUDGET = 4096;
    private static final int MAX_READS = 64;
    /** Builtins that change nothing but time and ordering: they do not end a spin. */
    private static final Set<String> QUIET = Set.of("barrier", "smp_mb", "mb", "__smp_mb", "smp_rmb", "rmb",
            "smp_wmb", "wmb", "smp_mb__before_atomic", "smp_mb__after_atomic", "cpu_relax", "udelay", "ndelay",
            "mdelay", "msleep", "usleep_range", "smp_processor_id", "raw_smp_processor_id", "in_interrupt",
            "in_irq", "in_task", "irqs_disabled", "current_pid");

    private final Worker w;
    private Object anchor;
    private int anchorDepth;
    private int sinceAnchor;
    private int budget = 1;
    private boolean changed;
    private long[] reference;
    private long[] readAt = new long[8];
    private long[] readValue = new long[8];
    private int[] readSize = new int[8];
    private int reads;
    /** Set when another context touched a location the waiting thread read. */
    boolean touched;

    SpinDetector(Worker w) {
        this.w = w;
    }

    static boolean quiet(String builtin) {
        return QUIET.contains(builtin);
    }

    /** The thread wrote memory or did something else with an effect: no spin up to here. */
    void changed() {
        changed = true;
        budget = 1;
    }

    void read(long address, int size, long value) {
        if (reference == null) {
            return;
        }
        if (reads == MAX_READS) {
            changed();
            return;
        }
        if (reads == readAt.length) {
            readAt = Arrays.copyOf(readAt, reads * 2);
            readValue = Arrays.copyOf(readValue, reads * 2);
            readSize = Arrays.copyOf(readSize, reads * 2);
        }
        readAt[reads] = address;
        readSize[reads] = size;
        readValue[reads] = value;
        reads++;
    }

    /** Whether the waiting thread read [address, address + size) since it last came to its anchor. */
    boolean hasRead(long address, int size) {
        for (int i = 0; i < reads; i++) {
            if (address < readAt[i] + readSize[i] && readAt[i] < address + size) {
                return true;
            }
        }
        return false;
    }

    /** At the scheduling point of instruction {@code at}: true when the thread is spinning there. */
    boolean spinningAt(Object at) {
        int depth = w.depth();
        if (at != anchor || depth != anchorDepth) {
            if (++sinceAnchor >= budget) {
                anchor = at;
                anchorDepth = depth;
                sinceAnchor = 0;
                budget = Math.min(budget * 2, MAX_BUDGET);
                restart(null);
            }
            return false;
        }
        sinceAnchor = 0;
        if (changed) {
            // a loop that writes is no spin: look again from the next round
            restart(null);
            return false;
        }
        if (reference == null) {
            restart(snapshot());
            return false;
        }
        long[] now = snapshot();
        if (Arrays.equals(now, reference)) {
            touched = false;
            return true;
        }
        restart(now);
        return false;
    }

    private void restart(long[] state) {
        reference = state;
        changed = false;
        reads = 0;
    }

    /** While spinning: true once a location read in the loop holds another value, or was touched. */
    BooleanSupplier waitCondition() {
        Mem mem = w.run.mem;
        return () -> {
            if (touched) {
                return true;
            }
            for (int i = 0; i < reads; i++) {
                if (mem.read(readAt[i], readSize[i]) != readValue[i]) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The thread's state as numbers: frames (function, resume point, slots), stack, flags, listeners. */
    private long[] snapshot() {
        long[] out = new long[64];
        int n = 0;
        for (Frame f = w.top; f != null; f = f.caller) {
            out = room(out, n, f.slots.length + 3);
            out[n++] = f.fn.info.address();
            out[n++] = f == w.top ? -1 : f.pc;
            out[n++] = f.slots.length;
            System.arraycopy(f.slots, 0, out, n, f.slots.length);
            n += f.slots.length;
        }
        Block stack = w.stack;
        int from = (int) (w.sp - stack.base);
        out = room(out, n, (stack.data.length - from) / 8 + 5 + w.run.listenerCount());
        for (int i = from; i < stack.data.length; i += 8) {
            out[n++] = stack.read(stack.base + i, 8);
        }
        out[n++] = w.sp;
        out[n++] = w.irqsDisabled ? 1 : 0;
        out[n++] = w.rcuDepth;
        for (Listener l : w.run.listeners()) {
            out[n++] = l.fingerprint(w);
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] room(long[] out, int n, int more) {
        return n + more <= out.length ? out : Arrays.copyOf(out, Math.max(out.length * 2, n + more));
    }
}
