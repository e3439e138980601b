package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunReport;
import org.kdocs.interp.RunResult;
import org.kdocs.interp.Strategy;
import org.kdocs.interp.Symbols;

/** A compiled program; every run starts from the same immutable image with fresh memory. */
public final class Program {
    private final Image image;

    Program(Image image) {
        this.image = image;
    }

    public Set<String> functionNames() {
        return image.functions.keySet();
    }

    public Symbols symbols() {
        return image;
    }

    public RunReport run(RunOptions options) {
        try {
            if (options.strategy() instanceof Strategy.Exhaustive e) {
                return exhaustive(options, e);
            }
            return random(options, (Strategy.Random) options.strategy());
        } catch (RuntimeException e) {
            RunResult failed = new RunResult(0, 0, new Outcome.Invalid("internal error: " + e), "", List.of(), 0, 0, "");
            return new RunReport(List.of(failed), 1, false, false);
        }
    }

    private RunReport random(RunOptions options, Strategy.Random r) {
        List<RunResult> runs = new ArrayList<>();
        java.util.Random seeds = new java.util.Random(r.seed());
        for (int i = 0; i < Math.max(1, r.runs()); i++) {
            long seed = i == 0 ? r.seed() : seeds.nextLong();
            runs.add(new Run(image, options, new Decider.Seeded(seed, r.switchProbability()), seed).execute(i));
        }
        return new RunReport(runs, runs.size(), false, true);
    }

    private RunReport exhaustive(RunOptions options, Strategy.Exhaustive e) {
        List<RunResult> runs = new ArrayList<>();
        int[] prefix = new int[0];
        // the time limit bounds each run and also the whole exploration
        long deadline = System.nanoTime() + options.timeLimit().toNanos();
        while (prefix != null && (runs.isEmpty() || runs.size() < e.maxSchedules() && System.nanoTime() < deadline)) {
            Decider.Replay replay = new Decider.Replay(prefix);
            runs.add(new Run(image, options, replay, runs.size()).execute(runs.size()));
            prefix = replay.nextPrefix(e.preemptionBound());
        }
        return new RunReport(runs, runs.size(), true, prefix == null);
    }
}
