package org.kdocs.interp;

import java.util.List;

/** All runs of one execution request; for exhaustive mode, how many schedules were explored and whether all were. */
public record RunReport(List<RunResult> runs, int schedulesExplored, boolean exhaustive, boolean complete) {
    public RunResult first() {
        return runs.get(0);
    }
}
