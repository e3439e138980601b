package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.kdocs.interp.Access;
import org.kdocs.interp.BarrierKind;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Listener;
import org.kdocs.interp.Machine;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;
import org.kdocs.interp.ThreadContext;

/**
 * KCSAN attached to one run of the C interpreter: turns the interpreter's
 * access, barrier and function events into the calls the compiler's
 * instrumentation makes (__tsan_read8, __tsan_func_entry, kcsan_mb ...), and
 * serves as the model's {@link KcsanHost}. Functions marked
 * {@code __no_kcsan} are not instrumented, and accesses to a thread's own
 * stack frame are not checked (they cannot be shared).
 */
public final class KcsanInstrumentation implements Listener, KcsanHost {
    static final String NO_KCSAN = "__no_kcsan";

    private final Machine machine;
    private final Kcsan kcsan;
    private final Lockdep lockdep = new Lockdep();

    /** The site of the access being checked, per thread: a watcher stalls while others run. */
    private static final class CurrentSite {
        Site site;
    }

    KcsanInstrumentation(Machine machine, KcsanConfig config, long seed) {
        this.machine = machine;
        this.kcsan = new Kcsan(config, this, name -> machine.symbols().function(name)
                .map(FunctionInfo::address).orElse(-1L), seed);
    }

    public Kcsan kcsan() {
        return kcsan;
    }

    private static boolean instrumented(Site site) {
        return site == null || site.function() == null || !site.function().hasAttribute(NO_KCSAN);
    }

    private ThreadContext lastThread;
    private CurrentSite lastSite;

    private CurrentSite currentSite() {
        ThreadContext thread = machine.currentThread();
        if (thread != lastThread) {
            lastSite = thread.local(CurrentSite.class, CurrentSite::new);
            lastThread = thread;
        }
        return lastSite;
    }

    /** Runs a check on behalf of a builtin (an ASSERT_* macro) at the builtin's call site. */
    void atSite(Site site, Runnable check) {
        CurrentSite current = currentSite();
        Site saved = current.site;
        current.site = site;
        try {
            check.run();
        } finally {
            current.site = saved;
        }
    }

    @Override
    public void onAccess(Access access) {
        if (access.stack() || !instrumented(access.site())) {
            return;
        }
        CurrentSite current = currentSite();
        Site saved = current.site;
        current.site = access.site();
        try {
            check(access);
        } finally {
            current.site = saved;
        }
    }

    private void check(Access access) {
        if (access.ordering() == Ordering.FULL) {
            kcsan.barrier(Kcsan.Barrier.FULL);
        } else if (access.ordering() == Ordering.RELEASE) {
            kcsan.barrier(Kcsan.Barrier.RELEASE);
        }
        long address = access.address();
        int size = access.size();
        boolean marked = switch (access.marking()) {
            case ATOMIC -> true;
            // a volatile access is marked only when the hardware can do it in one go
            case ONCE -> size <= 8 && (address & (size - 1)) == 0;
            case PLAIN -> false;
        };
        int type = marked ? AccessType.ATOMIC : AccessType.READ;
        switch (access.kind()) {
            case READ -> kcsan.checkAccess(address, size, type);
            case WRITE -> kcsan.checkAccess(address, size, type | AccessType.WRITE);
            case READ_WRITE -> {
                if (marked || kcsan.config().compoundInstrumentation()) {
                    kcsan.checkAccess(address, size, type | AccessType.COMPOUND | AccessType.WRITE);
                } else {
                    kcsan.checkAccess(address, size, type);
                    kcsan.checkAccess(address, size, type | AccessType.WRITE);
                }
            }
        }
    }

    @Override
    public void onBarrier(ThreadContext thread, BarrierKind kind, Site site) {
        if (!instrumented(site)) {
            return;
        }
        switch (kind) {
            case FULL, BEFORE_ATOMIC, AFTER_ATOMIC -> kcsan.barrier(Kcsan.Barrier.FULL);
            case READ -> kcsan.barrier(Kcsan.Barrier.READ);
            case WRITE -> kcsan.barrier(Kcsan.Barrier.WRITE);
            case COMPILER -> { }
        }
    }

    @Override
    public void onFunctionEntry(ThreadContext thread, FunctionInfo function, Site callSite) {
        if (!function.hasAttribute(NO_KCSAN)) {
            kcsan.functionEntry();
        }
    }

    @Override
    public void onFunctionExit(ThreadContext thread, FunctionInfo function) {
        if (function.hasAttribute(NO_KCSAN)) {
            return;
        }
        // the exit hook runs inside the returning function, at its end
        Site exit = new Site(function, Math.max(0, function.size() - 1), function.file(), function.line(), 1);
        atSite(exit, () -> {
            ScopedAccesses scoped = thread.local(ScopedAccesses.class, ScopedAccesses::new);
            int depth = thread.callers().size();
            while (!scoped.open.isEmpty() && scoped.open.peek().depth() >= depth) {
                kcsan.endScopedAccess(scoped.open.pop().handle());
            }
            kcsan.functionExit();
        });
    }

    @Override
    public void onScope(ThreadContext thread, String scope, boolean enter, Site site) {
        switch (scope) {
            case "data_race" -> {
                if (enter) {
                    kcsan.disableCurrent();
                } else {
                    kcsan.enableCurrentNowarn();
                }
            }
            case "irq_disabled" -> lockdep.interrupts(task(thread), false, enter, site);
            case "local_bh_disabled" -> lockdep.interrupts(task(thread), true, enter, site);
            default -> { }
        }
    }

    @Override
    public void onLock(ThreadContext thread, String kind, long lock, boolean acquire, Site site) {
        if (acquire) {
            lockdep.acquired(task(thread), thread.inInterrupt(), thread.irqsDisabled() || thread.inInterrupt(), kind,
                    lock, site);
        } else {
            lockdep.released(task(thread), lock);
        }
    }

    /** Lockdep's "current": in an interrupt handler, the task it interrupted (the CPU's idle task when none). */
    private Object task(ThreadContext thread) {
        if (!thread.inInterrupt()) {
            return thread;
        }
        return thread.interrupted().map(t -> (Object) t).orElse("swapper/" + thread.cpu());
    }

    /** Scoped assertions of one thread, closed when the function that opened them returns. */
    static final class ScopedAccesses {
        record Open(Object handle, int depth) {
        }

        final Deque<Open> open = new ArrayDeque<>();
    }

    void beginScoped(ThreadContext thread, long address, long size, int type) {
        Object handle = kcsan.beginScopedAccess(address, size, type);
        thread.local(ScopedAccesses.class, ScopedAccesses::new).open
                .push(new ScopedAccesses.Open(handle, thread.callers().size()));
    }

    @Override
    public long fingerprint(ThreadContext thread) {
        return kcsan.fingerprint();
    }

    // ---- KcsanHost

    @Override
    public int cpu() {
        return machine.currentThread().cpu();
    }

    @Override
    public boolean inInterrupt() {
        return machine.currentThread().inInterrupt();
    }

    @Override
    public int hardirqDepth() {
        return inInterrupt() ? 1 : 0;
    }

    @Override
    public int pid() {
        // in an interrupt, the footer names the task that was interrupted
        ThreadContext thread = machine.currentThread();
        ThreadContext task = thread.inInterrupt() ? thread.interrupted().orElse(thread) : thread;
        return Math.max(0, task.pid());
    }

    @Override
    public String comm() {
        ThreadContext thread = machine.currentThread();
        if (!thread.inInterrupt()) {
            return thread.comm();
        }
        return thread.interrupted().map(ThreadContext::comm).orElse("swapper/" + thread.cpu());
    }

    @Override
    public long taints() {
        return machine.taints();
    }

    @Override
    public void taint(int flag) {
        machine.taint(flag);
    }

    @Override
    public List<String> irqEvents() {
        return lockdep.irqEvents(task(machine.currentThread()));
    }

    @Override
    public List<String> verboseInfo() {
        return lockdep.verboseInfo(task(machine.currentThread()), comm(), pid(), machine.symbols());
    }

    @Override
    public long read(long address, int size) {
        return machine.memory().read(address, size);
    }

    @Override
    public void stall(long microseconds, boolean interruptsOff) {
        machine.delay(microseconds * 1000, interruptsOff);
    }

    @Override
    public void preemptionPoint() {
        machine.delay(1);
    }

    @Override
    public List<TraceFrame> stack() {
        List<TraceFrame> frames = new ArrayList<>();
        ThreadContext thread = machine.currentThread();
        addFrames(frames, currentSite().site, thread);
        if (thread.inInterrupt()) {
            // the unwinder goes on through the interrupt entry into the interrupted context
            frames.addAll(KernelFrames.IRQ_ENTRY);
            thread.interrupted().ifPresentOrElse(task -> addFrames(frames, task.site(), task),
                    () -> frames.addAll(KernelFrames.idle(thread.cpu())));
        }
        return frames;
    }

    private static void addFrames(List<TraceFrame> frames, Site at, ThreadContext thread) {
        if (at != null && at.function() != null) {
            frames.add(frame(at));
        }
        for (Site caller : thread.callers()) {
            if (caller.function() != null) {
                frames.add(frame(caller));
            }
        }
    }

    private static TraceFrame frame(Site site) {
        return new TraceFrame(site.function().name(), site.offset(), site.function().size());
    }

    @Override
    public long nowMillis() {
        return machine.clockNanos() / 1_000_000;
    }

    @Override
    public void printk(String line) {
        machine.print(line + "\n");
    }
}
