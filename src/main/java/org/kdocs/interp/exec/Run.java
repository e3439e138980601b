package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.kdocs.interp.Access;
import org.kdocs.interp.AccessKind;
import org.kdocs.interp.BarrierKind;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Listener;
import org.kdocs.interp.Machine;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Memory;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;
import org.kdocs.interp.Site;
import org.kdocs.interp.Symbols;
import org.kdocs.interp.ThreadContext;
import org.kdocs.interp.ThreadSpec;

/** One execution of a compiled program: fresh memory, threads, console, listeners and clock. */
final class Run implements Machine {
    final Image image;
    final Mem mem = new Mem();
    final RunOptions options;
    final List<Worker> workers = new ArrayList<>();
    final Random random;
    private final Scheduler scheduler;
    private final StringBuilder console = new StringBuilder();
    private final List<String> trace;
    private Listener[] listeners = new Listener[0];
    private final Map<Class<?>, Object> attachments = new HashMap<>();
    private final long deadline;
    private final long stepLimit;
    private final long seed;
    boolean observed;
    private final boolean multi;
    volatile Outcome outcome;
    long clock;
    long steps;
    /** Counts hand-offs between threads, so an access re-checks its block only if others ran. */
    long switches;
    /** Threads waiting because they were spinning; their read locations wake them when touched. */
    int spinners;
    private long taints;
    Worker running;

    Run(Image image, RunOptions options, Decider decider, long seed) {
        this.image = image;
        this.options = options;
        this.seed = seed;
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.trace = options.recordTrace() ? new ArrayList<>() : null;
        this.observed = trace != null;
        this.stepLimit = options.stepLimit();
        this.deadline = System.nanoTime() + options.timeLimit().toNanos();
        image.mapInto(mem);
        int n = 1;
        for (ThreadSpec t : options.threads()) {
            int cpus = Math.max(1, options.cpus());
            int cpu = t.cpu() >= 0 ? t.cpu() % cpus : (n - 1) % cpus;
            workers.add(new Worker(this, n++, cpu, t.interrupt(), t.function()));
        }
        this.scheduler = new Scheduler(this, workers, decider);
        this.multi = workers.size() > 1;
    }

    RunResult execute(int index) {
        for (ThreadSpec t : options.threads()) {
            FunctionCode fn = image.functions.get(t.function());
            if (fn == null) {
                return result(index, new Outcome.Invalid("no function named '" + t.function() + "' to run"));
            }
            if (fn.paramTypes.length > 1) {
                return result(index, new Outcome.Invalid("thread function '" + t.function()
                        + "' must take at most one argument"));
            }
        }
        try {
            options.setup().accept(this);
        } catch (RuntimeException e) {
            return result(index, new Outcome.Invalid("model setup failed: " + e));
        }
        boolean ok = scheduler.runAll(deadline);
        if (!ok && outcome == null) {
            outcome = new Outcome.TimeLimit("time limit exceeded (" + options.timeLimit().toMillis()
                    + " ms) in " + (running == null ? "?" : running.name + " at line " + running.line));
        }
        return result(index, outcome == null ? new Outcome.Completed() : outcome);
    }

    private RunResult result(int index, Outcome o) {
        return new RunResult(index, seed, o, console.toString(), trace == null ? List.of() : List.copyOf(trace), steps,
                clock, scheduler.schedule());
    }

    void threadStart(Worker w) {
        for (Listener l : listeners) {
            l.onThreadStart(w);
        }
    }

    void threadEnd(Worker w) {
        for (Listener l : listeners) {
            l.onThreadEnd(w);
        }
    }

    // ---- hot path ----

    void step(Worker w) {
        if (++steps > stepLimit) {
            throw stepLimitStop(w);
        }
        if ((steps & 4095) == 0 && System.nanoTime() > deadline) {
            throw timeLimitStop(w);
        }
    }

    private Stop stepLimitStop(Worker w) {
        return new Stop(new Outcome.StepLimit("step limit exceeded in " + w.name + " at line " + w.line));
    }

    private Stop timeLimitStop(Worker w) {
        return new Stop(new Outcome.TimeLimit("time limit exceeded (" + options.timeLimit().toMillis()
                + " ms) in " + w.name + " at line " + w.line));
    }

    /**
     * A scheduling point of {@code w}: advances the clock and asks the scheduler; true when another
     * thread runs first, and {@code w} must stop before its access (which it takes when resumed).
     */
    boolean yieldsAt(Worker w) {
        clock++;
        if (multi && scheduler.switchFrom(w)) {
            w.pointTaken = true;
            return true;
        }
        return false;
    }

    /** Suspends {@code w} inside Java code until the scheduler resumes it (after a switch away from it). */
    void suspend(Worker w) {
        scheduler.suspend(w);
    }

    boolean detectsSpins() {
        return multi && !scheduler.prerun;
    }

    Listener[] listeners() {
        return listeners;
    }

    int listenerCount() {
        return listeners.length;
    }

    void report(Worker w, long address, int size, AccessKind kind, Marking marking, Ordering ordering, long old,
                long value, Site site, boolean onStack) {
        if (spinners > 0 && !onStack) {
            // a spinning thread looks again when another context touches what it reads
            for (Worker o : workers) {
                if (o.spinning && o != w && o.spin.hasRead(address, size)) {
                    o.spin.touched = true;
                }
            }
        }
        Access a = new Access(w, address, size, kind, marking, ordering, old, value, site, onStack);
        if (trace != null && !onStack) {
            traceAccess(w, a);
        }
        for (Listener l : listeners) {
            l.onAccess(a);
        }
    }

    // Out of report(), which every access calls: with the concatenation inline (javac
    // -XDstringConcat=inline) report grew past what the JIT inlines into the access instructions.
    private void traceAccess(Worker w, Access a) {
        trace.add(w.name + " cpu" + w.cpu + " " + a.kind() + " " + a.marking() + (a.ordering() == Ordering.NONE ? ""
                : "/" + a.ordering()) + " " + image.describe(a.address()) + " size " + a.size() + " value "
                + a.newValue() + " at " + a.site().symbolic() + " line " + a.site().line());
    }

    void functionEntry(Worker w, FunctionInfo f, Site callSite) {
        for (Listener l : listeners) {
            l.onFunctionEntry(w, f, callSite);
        }
    }

    void functionExit(Worker w, FunctionInfo f) {
        for (Listener l : listeners) {
            l.onFunctionExit(w, f);
        }
    }

    void barrier(Worker w, BarrierKind kind, Site site) {
        if (trace != null) {
            trace.add(w.name + " cpu" + w.cpu + " barrier " + kind + " at " + site.symbolic());
        }
        for (Listener l : listeners) {
            l.onBarrier(w, kind, site);
        }
    }

    void scope(Worker w, String name, boolean enter, Site site) {
        for (Listener l : listeners) {
            l.onScope(w, name, enter, site);
        }
    }

    void lock(Worker w, String kind, long lock, boolean acquire, Site site) {
        for (Listener l : listeners) {
            l.onLock(w, kind, lock, acquire, site);
        }
    }

    void allocated(org.kdocs.interp.Allocation a) {
        if (trace != null) {
            trace.add(a.thread().name() + " " + a.allocator() + " " + Long.toHexString(a.address()) + " size "
                    + a.size());
        }
        for (Listener l : listeners) {
            l.onAlloc(a);
        }
    }

    void freed(org.kdocs.interp.Allocation a, Site site, Worker w) {
        if (trace != null) {
            trace.add(w.name + " free " + Long.toHexString(a.address()));
        }
        for (Listener l : listeners) {
            l.onFree(a, site, w);
        }
    }

    // ---- Machine ----

    @Override
    public Memory memory() {
        return mem;
    }

    @Override
    public Symbols symbols() {
        return image;
    }

    @Override
    public void addListener(Listener listener) {
        Listener[] grown = java.util.Arrays.copyOf(listeners, listeners.length + 1);
        grown[listeners.length] = listener;
        listeners = grown;
        observed = true;
    }

    @Override
    public void print(String text) {
        console.append(text);
        if (trace != null) {
            trace.add("console " + text.strip());
        }
    }

    @Override
    public long clockNanos() {
        return clock;
    }

    @Override
    public ThreadContext currentThread() {
        return running;
    }

    @Override
    public void delay(long nanos, boolean interruptsOff) {
        Worker w = running;
        if (w == null || !interruptsOff || w.irqsDisabled) {
            delay(nanos);
            return;
        }
        w.irqsDisabled = true;
        try {
            delay(nanos);
        } finally {
            w.irqsDisabled = false;
        }
    }

    @Override
    public void delay(long nanos) {
        Worker w = running;
        if (w == null || nanos <= 0) {
            return;
        }
        w.restartable = false;
        w.wakeAt = clock + nanos;
        w.state = Worker.State.DELAYED;
        if (multi) {
            if (scheduler.switchFrom(w)) {
                scheduler.suspend(w);
            }
        } else {
            clock = w.wakeAt;
            w.state = Worker.State.RUNNING;
        }
    }

    @Override
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        if (running != null) {
            block(running, condition);
        }
    }

    /** Parks the running thread until {@code condition} holds (checked at every scheduling decision). */
    void block(Worker w, java.util.function.BooleanSupplier condition) {
        w.restartable = false;
        while (!condition.getAsBoolean()) {
            w.unblock = condition;
            w.state = Worker.State.BLOCKED;
            if (!multi) {
                throw new Stop(new Outcome.Deadlock("deadlock: " + w.name + " waits forever at line " + w.line));
            }
            if (scheduler.switchFrom(w)) {
                scheduler.suspend(w);
            }
        }
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public int cpus() {
        return options.cpus();
    }

    @Override
    public void oops(String message) {
        Worker w = running;
        print(message + "\n");
        throw new Stop(new Outcome.Fault(message, null, w == null ? "?" : w.name));
    }

    @Override
    public void taint(int flag) {
        taints |= 1L << flag;
    }

    @Override
    public long taints() {
        return taints;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T attachment(Class<T> type, Supplier<T> initial) {
        return (T) attachments.computeIfAbsent(type, k -> initial.get());
    }
}
