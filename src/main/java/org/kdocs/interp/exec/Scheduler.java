package org.kdocs.interp.exec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.kdocs.interp.Outcome;

/**
 * Runs the simulated threads one at a time, deterministically: at each scheduling point the running
 * thread asks the {@link Decider} who runs next. Threads keep their state in heap frames, so one loop
 * switches between them without switching Java threads: a thread that yields at an instruction simply
 * stops, and the loop goes on with the next one.
 *
 * <p>A thread that must wait inside Java code (a model's hook stalling a KCSAN watcher, a lock wait)
 * keeps the Java stack it is on: that carrier thread parks, and another carrier takes over the loop.
 * Exactly one carrier runs at a time; hand-overs go through the volatile {@code active}.
 *
 * <p>Before the first decision every thread is advanced, in order, to its first scheduling point, so
 * the decisions are exactly the interleavings of instrumented accesses.
 */
final class Scheduler {
    private static final long CARRIER_STACK = 64L << 20;

    private final Run run;
    private final List<Worker> workers;
    private final Decider decider;
    /** The thread that runs now (or next); null when the run is over. */
    private Worker current;
    boolean prerun;
    private int prerunIndex;
    private volatile Thread active;
    private volatile boolean finished;
    private volatile boolean abortAll;
    private Thread controller;
    private final ArrayDeque<Thread> spares = new ArrayDeque<>();
    private final List<Thread> carriers = new ArrayList<>();
    private final StringBuilder schedule = new StringBuilder();
    private int lastChosen = -1;
    private int repeats;
    private final boolean interrupts;
    private final Worker[] all;
    private final Worker[] options;

    Scheduler(Run run, List<Worker> workers, Decider decider) {
        this.run = run;
        this.workers = workers;
        this.decider = decider;
        this.all = workers.toArray(new Worker[0]);
        this.options = new Worker[all.length];
        this.interrupts = workers.stream().anyMatch(w -> w.interrupt);
    }

    /** Runs all threads to completion or until the run stops; returns false on a wall-clock timeout. */
    boolean runAll(long deadlineNanos) {
        controller = Thread.currentThread();
        if (workers.isEmpty()) {
            return true;
        }
        prerun = workers.size() > 1;
        current = workers.get(0);
        current.state = Worker.State.RUNNING;
        transfer(newCarrier());
        boolean ok = awaitFinished(deadlineNanos + 2_000_000_000L);
        abortAll = true;
        List<Thread> all;
        synchronized (carriers) {
            all = List.copyOf(carriers);
        }
        for (Thread t : all) {
            LockSupport.unpark(t);
        }
        for (Thread t : all) {
            try {
                t.join(ok ? 2000 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ok;
    }

    private boolean awaitFinished(long graceNanos) {
        while (!finished) {
            long left = graceNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(this, Math.min(left, 50_000_000L));
        }
        return true;
    }

    // ---- carriers ----

    private Thread newCarrier() {
        Thread t = new Thread(null, this::carrierMain, "kdocs-carrier", CARRIER_STACK);
        t.setDaemon(true);
        synchronized (carriers) {
            carriers.add(t);
        }
        t.start();
        return t;
    }

    private void carrierMain() {
        try {
            awaitActive();
            loop();
        } catch (Stop aborted) {
            // the run ended while this carrier waited
        }
    }

    /** Lets carrier {@code t} run; the caller must not touch the run's state afterwards. */
    private void transfer(Thread t) {
        active = t;
        LockSupport.unpark(t);
    }

    /** Parks the calling carrier until it is given the run again; unwinds with Stop when the run is over. */
    private void awaitActive() {
        Thread me = Thread.currentThread();
        while (active != me) {
            if (abortAll) {
                throw new Stop(null);
            }
            LockSupport.park(this);
        }
        if (abortAll) {
            throw new Stop(null);
        }
    }

    /** The loop of the active carrier: runs the current thread until it yields, then the next one. */
    private void loop() {
        while (true) {
            Worker w = current;
            if (w == null) {
                finished = true;
                active = null;
                LockSupport.unpark(controller);
                return;
            }
            if (w.carrier != null) {
                // the thread waits inside Java code on another carrier: resume it there, wait as a spare
                spares.push(Thread.currentThread());
                transfer(w.carrier);
                awaitActive();
                continue;
            }
            runWorker(w);
        }
    }

    private void runWorker(Worker w) {
        run.running = w;
        try {
            if (!w.execute()) {
                return;
            }
        } catch (Stop s) {
            if (abortAll) {
                throw s;
            }
            end(w, s.outcome);
        } catch (StackOverflowError e) {
            end(w, new Outcome.Fault("BUG: stack guard page was hit (kernel stack overflow)", null, w.name));
        } catch (RuntimeException e) {
            end(w, new Outcome.Invalid("internal error in " + w.name + ": " + e));
        }
        if (run.outcome != null) {
            current = null;
            return;
        }
        try {
            // the thread ended (or a handler returned and may fire again): nobody has precedence
            current = prerun ? nextInPrerun() : switchTo(choose(null));
        } catch (Stop s) {
            end(w, s.outcome);
            current = null;
        }
    }

    private void end(Worker w, Outcome outcome) {
        w.state = Worker.State.DONE;
        if (outcome != null && run.outcome == null) {
            run.outcome = outcome;
        }
    }

    /**
     * Suspends {@code me}, which waits inside Java code on this carrier, until the scheduler resumes it:
     * the run goes on on another carrier meanwhile.
     */
    void suspend(Worker me) {
        Worker next = current;
        if (next == me) {
            return;
        }
        me.carrier = Thread.currentThread();
        if (next == null) {
            finished = true;
            active = null;
            LockSupport.unpark(controller);
        } else if (next.carrier != null) {
            transfer(next.carrier);
        } else {
            Thread spare = spares.poll();
            transfer(spare != null ? spare : newCarrier());
        }
        awaitActive();
        me.carrier = null;
        run.running = me;
    }

    // ---- decisions ----

    /**
     * A scheduling point or a wait of {@code me} (its state says which): picks who runs next and returns
     * true when that is another thread (then {@code me} must stop: yield or {@link #suspend}).
     */
    boolean switchFrom(Worker me) {
        if (prerun) {
            if (me.state == Worker.State.RUNNING) {
                me.state = Worker.State.PAUSED;
            }
            current = nextInPrerun();
            return current != me;
        }
        Worker next = me.state == Worker.State.RUNNING && !interrupts ? chooseAtPoint(me) : choose(me);
        if (next == me) {
            me.state = Worker.State.RUNNING;
            return false;
        }
        if (me.state == Worker.State.RUNNING) {
            me.state = Worker.State.PAUSED;
        }
        current = switchTo(next);
        return true;
    }

    /** The next thread of the first pass, and after the last one the first real decision. */
    private Worker nextInPrerun() {
        if (++prerunIndex < workers.size()) {
            Worker w = workers.get(prerunIndex);
            w.state = Worker.State.RUNNING;
            return w;
        }
        prerun = false;
        return switchTo(choose(null));
    }

    private Worker switchTo(Worker next) {
        if (next != null) {
            next.state = Worker.State.RUNNING;
            run.running = next;
            if (next.interrupt) {
                next.entered = true;
            }
            run.switches++;
        }
        return next;
    }

    /** The choices made at branching decisions as thread ids, run-length encoded ("1*3 2 1*2"). */
    String schedule() {
        StringBuilder out = new StringBuilder(schedule);
        appendRun(out);
        return out.toString();
    }

    private void appendRun(StringBuilder out) {
        if (lastChosen < 0) {
            return;
        }
        out.append(out.length() == 0 ? "" : " ").append(lastChosen);
        if (repeats > 1) {
            out.append('*').append(repeats);
        }
    }

    private void record(int id) {
        if (id == lastChosen) {
            repeats++;
            return;
        }
        appendRun(schedule);
        lastChosen = id;
        repeats = 1;
    }

    /**
     * {@link #choose} for the common case, a running thread at an access while no thread waits or is
     * delayed and there are no interrupt handlers: every live thread is an option, {@code me} first.
     */
    private Worker chooseAtPoint(Worker me) {
        int n = 0;
        for (Worker w : all) {
            Worker.State state = w.state;
            if (state == Worker.State.PAUSED || state == Worker.State.RUNNING) {
                n++;
            } else if (state != Worker.State.DONE) {
                return choose(me);
            }
        }
        if (n == 1) {
            return me;
        }
        int pick = decider.pick(n, true);
        Worker chosen = me;
        if (pick > 0) {
            for (Worker w : all) {
                if (w != me && w.state != Worker.State.DONE && --pick == 0) {
                    chosen = w;
                    break;
                }
            }
        }
        record(chosen.id);
        return chosen;
    }

    /** The next thread to run; null when all are done. Advances the clock past delays; stops on deadlock. */
    private Worker choose(Worker me) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int n = 0;
            long clock = run.clock;
            for (Worker w : all) {
                if (w.state == Worker.State.DELAYED && clock >= w.wakeAt) {
                    w.state = w == me ? Worker.State.RUNNING : Worker.State.PAUSED;
                }
            }
            boolean meFirst = me != null && runnable(me);
            if (meFirst) {
                options[n++] = me;
            }
            for (Worker w : all) {
                if (w != me && runnable(w)) {
                    options[n++] = w;
                }
            }
            if (n > 0) {
                int pick = n == 1 ? 0 : decider.pick(n, meFirst);
                Worker chosen = options[pick];
                if (n > 1) {
                    record(chosen.id);
                }
                if (chosen.state == Worker.State.BLOCKED) {
                    chosen.unblock = null;
                    if (chosen.spinning) {
                        chosen.spinning = false;
                        run.spinners--;
                    }
                }
                return chosen;
            }
            long wake = Long.MAX_VALUE;
            for (Worker w : all) {
                if (w.state == Worker.State.DELAYED) {
                    wake = Math.min(wake, w.wakeAt);
                }
            }
            if (wake == Long.MAX_VALUE) {
                break;
            }
            run.clock = Math.max(run.clock, wake);
        }
        StringBuilder blocked = new StringBuilder();
        boolean anyBlocked = false;
        for (Worker w : all) {
            if (w.state == Worker.State.BLOCKED) {
                anyBlocked = true;
                blocked.append(blocked.length() == 0 ? "" : ", ").append(w.name)
                        .append(w.spinning ? " spinning at line " : " at line ").append(w.line);
            } else if (w.state == Worker.State.PAUSED || w.state == Worker.State.RUNNING) {
                blocked.append(blocked.length() == 0 ? "" : ", ").append(w.name).append(" interrupted on cpu")
                        .append(w.cpu);
            }
        }
        if (!anyBlocked) {
            return null;
        }
        throw new Stop(new Outcome.Deadlock("deadlock: every thread is blocked (" + blocked + ")"));
    }

    private boolean runnable(Worker w) {
        Worker.State state = w.state;
        if (state == Worker.State.BLOCKED) {
            if (w.unblock == null || !w.unblock.getAsBoolean()) {
                return false;
            }
        } else if (state != Worker.State.PAUSED && state != Worker.State.RUNNING) {
            return false;
        }
        return !interrupts || interruptsAllow(w);
    }

    /** An entered interrupt handler holds its CPU; a handler starts only while its CPU has interrupts on. */
    private boolean interruptsAllow(Worker w) {
        for (Worker o : all) {
            if (o == w || o.cpu != w.cpu || !o.interrupt) {
                continue;
            }
            if (o.entered && o.state != Worker.State.DONE && !w.interrupt) {
                return false;
            }
        }
        if (w.interrupt && !w.entered) {
            for (Worker o : all) {
                if (o != w && o.cpu == w.cpu && o.state != Worker.State.DONE
                        && (o.irqsDisabled || o.interrupt && o.entered)) {
                    return false;
                }
            }
        }
        return true;
    }
}
