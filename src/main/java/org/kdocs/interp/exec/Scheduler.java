package org.kdocs.interp.exec;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.kdocs.interp.Outcome;

/**
 * Runs simulated threads one at a time on Java threads with strict hand-off, so a run is deterministic:
 * only the thread named by {@code current} executes; it picks its successor at each scheduling point.
 * Before the first decision every thread is advanced, in order, to its first scheduling point, so the
 * decisions are exactly the interleavings of instrumented accesses.
 */
final class Scheduler {
    private static final Object CONTROLLER = new Object();

    private final Run run;
    private final List<Worker> workers;
    private final Decider decider;
    private volatile Object current;
    private volatile boolean abortAll;
    private Thread controller;
    private final StringBuilder schedule = new StringBuilder();
    private int lastChosen = -1;
    private int repeats;
    private Worker[] options = new Worker[4];
    boolean prerun;

    Scheduler(Run run, List<Worker> workers, Decider decider) {
        this.run = run;
        this.workers = workers;
        this.decider = decider;
    }

    /** Runs all threads to completion or until the run stops; returns false on a wall-clock timeout. */
    boolean runAll(long deadlineNanos) {
        controller = Thread.currentThread();
        for (Worker w : workers) {
            w.thread = new Thread(null, () -> threadMain(w), "kdocs-" + w.name, 128L << 20);
            w.thread.setDaemon(true);
        }
        boolean ok = true;
        prerun = workers.size() > 1;
        if (prerun) {
            for (Worker w : workers) {
                w.state = Worker.State.RUNNING;
                current = w;
                w.thread.start();
                ok = awaitController(deadlineNanos);
                if (!ok || run.outcome != null) {
                    break;
                }
            }
            prerun = false;
            if (ok && run.outcome == null) {
                Worker first = choose(null);
                if (first != null) {
                    handTo(first);
                    ok = awaitController(deadlineNanos);
                }
            }
        } else if (!workers.isEmpty()) {
            Worker w = workers.get(0);
            w.state = Worker.State.RUNNING;
            current = w;
            w.thread.start();
            ok = awaitController(deadlineNanos);
        }
        abortAll = true;
        for (Worker w : workers) {
            if (w.thread.isAlive()) {
                LockSupport.unpark(w.thread);
            }
        }
        for (Worker w : workers) {
            try {
                w.thread.join(ok ? 2000 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ok;
    }

    private boolean awaitController(long deadlineNanos) {
        long grace = deadlineNanos + 2_000_000_000L;
        while (current != CONTROLLER) {
            long left = grace - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(this, Math.min(left, 50_000_000L));
        }
        return true;
    }

    private void threadMain(Worker w) {
        try {
            awaitTurn(w);
            run.startThread(w);
        } catch (Stop s) {
            if (s.outcome != null && run.outcome == null) {
                run.outcome = s.outcome;
            }
        } catch (StackOverflowError e) {
            if (run.outcome == null) {
                run.outcome = new Outcome.Fault("BUG: stack guard page was hit (kernel stack overflow)", null, w.name);
            }
        } catch (RuntimeException e) {
            if (run.outcome == null) {
                run.outcome = new Outcome.Invalid("internal error in " + w.name + ": " + e);
            }
        }
        w.state = Worker.State.DONE;
        if (abortAll || current != w) {
            return;
        }
        if (run.outcome == null && !prerun) {
            try {
                Worker next = choose(w);
                if (next != null) {
                    handTo(next);
                    return;
                }
            } catch (Stop s) {
                if (run.outcome == null) {
                    run.outcome = s.outcome;
                }
            }
        }
        handTo(CONTROLLER);
    }

    private void handTo(Object next) {
        if (next instanceof Worker nw) {
            nw.state = Worker.State.RUNNING;
            run.running = nw;
            if (nw.interrupt) {
                nw.entered = true;
            }
        }
        run.switches++;
        current = next;
        LockSupport.unpark(next == CONTROLLER ? controller : ((Worker) next).thread);
    }

    private void awaitTurn(Worker me) {
        while (current != me) {
            if (abortAll) {
                throw new Stop(null);
            }
            LockSupport.park(this);
        }
        if (abortAll) {
            throw new Stop(null);
        }
    }

    /** A scheduling point of the running thread {@code me} (whose state says whether it can go on). */
    void reschedule(Worker me) {
        if (prerun) {
            if (me.state == Worker.State.RUNNING) {
                me.state = Worker.State.PAUSED;
            }
            handTo(CONTROLLER);
            awaitTurn(me);
            me.state = Worker.State.RUNNING;
            return;
        }
        Worker next = choose(me);
        if (next == me) {
            me.state = Worker.State.RUNNING;
            return;
        }
        if (me.state == Worker.State.RUNNING) {
            me.state = Worker.State.PAUSED;
        }
        handTo(next);
        awaitTurn(me);
        me.state = Worker.State.RUNNING;
    }

    /** The next thread to run; null when all are done. Advances the clock past delays; stops on deadlock. */
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

    private Worker choose(Worker me) {
        if (options.length < workers.size()) {
            options = new Worker[workers.size()];
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            int n = 0;
            for (Worker w : workers) {
                if (w.state == Worker.State.DELAYED && run.clock >= w.wakeAt) {
                    w.state = w == me ? Worker.State.RUNNING : Worker.State.PAUSED;
                }
            }
            boolean meFirst = me != null && runnable(me);
            if (meFirst) {
                options[n++] = me;
            }
            for (Worker w : workers) {
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
                }
                return chosen;
            }
            long wake = Long.MAX_VALUE;
            for (Worker w : workers) {
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
        for (Worker w : workers) {
            if (w.state == Worker.State.BLOCKED) {
                anyBlocked = true;
                blocked.append(blocked.length() == 0 ? "" : ", ").append(w.name).append(" at line ").append(w.line);
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
        switch (w.state) {
            case PAUSED, RUNNING -> {
            }
            case BLOCKED -> {
                if (w.unblock == null || !w.unblock.getAsBoolean()) {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        for (Worker o : workers) {
            if (o == w || o.cpu != w.cpu || !o.interrupt) {
                continue;
            }
            if (o.entered && o.state != Worker.State.DONE && !w.interrupt) {
                return false;
            }
        }
        if (w.interrupt && !w.entered) {
            for (Worker o : workers) {
                if (o != w && o.cpu == w.cpu && o.state != Worker.State.DONE
                        && (o.irqsDisabled || o.interrupt && o.entered)) {
                    return false;
                }
            }
        }
        return true;
    }
}
