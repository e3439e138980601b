package org.kdocs.interp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What to run and how; build with {@link #builder()}. {@code setup} runs at the start of every run. */
public record RunOptions(List<ThreadSpec> threads, int cpus, Strategy strategy, long stepLimit,
                         Duration timeLimit, boolean recordTrace, Consumer<Machine> setup) {
    public static Builder builder() {
        return new Builder();
    }

    /** Builder with defaults: one thread running main, 2 CPUs, one random run with seed 1. */
    public static final class Builder {
        private final List<ThreadSpec> threads = new ArrayList<>();
        private int cpus = 2;
        private Strategy strategy = Strategy.random(1, 1);
        private long stepLimit = 2_000_000;
        private Duration timeLimit = Duration.ofSeconds(10);
        private boolean recordTrace;
        private Consumer<Machine> setup = m -> { };

        public Builder thread(String function) {
            threads.add(ThreadSpec.task(function));
            return this;
        }

        /** One task per function, in order (T1, T2, ...). */
        public Builder threads(String... functions) {
            for (String f : functions) {
                thread(f);
            }
            return this;
        }

        public Builder thread(ThreadSpec spec) {
            threads.add(spec);
            return this;
        }

        public Builder cpus(int n) {
            cpus = n;
            return this;
        }

        public Builder strategy(Strategy s) {
            strategy = s;
            return this;
        }

        public Builder seed(long seed, int runs) {
            strategy = Strategy.random(seed, runs);
            return this;
        }

        public Builder stepLimit(long steps) {
            stepLimit = steps;
            return this;
        }

        public Builder timeLimit(Duration d) {
            timeLimit = d;
            return this;
        }

        public Builder recordTrace(boolean on) {
            recordTrace = on;
            return this;
        }

        public Builder setup(Consumer<Machine> s) {
            setup = s;
            return this;
        }

        public RunOptions build() {
            List<ThreadSpec> t = threads.isEmpty() ? List.of(ThreadSpec.task("main")) : List.copyOf(threads);
            return new RunOptions(t, Math.max(1, cpus), strategy, stepLimit, timeLimit, recordTrace, setup);
        }
    }
}
