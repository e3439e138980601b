package org.kdocs.interp;

import java.util.List;

/**
 * One run: its outcome, the console text, the event trace (when recorded), the number of steps, the
 * simulated clock at the end, and the schedule as the sequence of thread ids chosen at each decision.
 */
public record RunResult(int index, long seed, Outcome outcome, String console, List<String> trace, long steps,
                        long clockNanos, String schedule) {
    public boolean completed() {
        return outcome instanceof Outcome.Completed;
    }
}
