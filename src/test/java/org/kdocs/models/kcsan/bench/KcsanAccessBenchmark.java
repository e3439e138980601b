package org.kdocs.models.kcsan.bench;

import java.time.Duration;
import java.util.List;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.models.kcsan.Counter;
import org.kdocs.models.kcsan.KcsanConfig;
import org.kdocs.models.kcsan.KcsanRunner;

/**
 * Instrumented accesses per second with the KCSAN model attached: a tight
 * loop of plain and marked accesses to globals, under the default
 * configuration (so most accesses take the fast path and one in up to 4000
 * sets a watchpoint and stalls, as in the kernel). One thread, so that the
 * figure is the model's cost per access and not the interpreter's cost of
 * switching threads. The anchor is the same program on the interpreter with
 * no model, measured in the same run.
 */
public final class KcsanAccessBenchmark {
    private static final long ITERATIONS = 5_000_000;
    private static final String SOURCE = """
            long shared;
            long mine;
            void T1(void) { for (long i = 0; i < %d; i++) { mine++; ... = READ_ONCE(shared); } }
            """.formatted(ITERATIONS);

    private KcsanAccessBenchmark() {
    }

    public static void main(String[] args) {
        CProgram program = KcsanRunner.compile(SOURCE, Origin.of("bench.c")).program();
        RunOptions options = RunOptions.builder().thread("T1").seed(1, 1)
                .stepLimit(Long.MAX_VALUE).timeLimit(Duration.ofMinutes(5)).build();
        long accesses = 2 * ITERATIONS;
        double withModel = 0;
        double without = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            var run = KcsanRunner.run(program, KcsanConfig.defaults(), options).get(0);
            long t1 = System.nanoTime();
            if (!run.result().completed()) {
                throw new IllegalStateException(run.result().outcome().message());
            }
            program.run(options);
            long t2 = System.nanoTime();
            double rate = accesses / ((t1 - t0) / 1e9);
            System.out.printf("round %d: with KCSAN %.2f M accesses/s (%d watchpoints set up), without %.2f M/s%n",
                    round, rate / 1e6, run.kcsan().counter(Counter.SETUP_WATCHPOINTS),
                    accesses / ((t2 - t1) / 1e9) / 1e6);
            withModel = Math.max(withModel, rate);
            without = Math.max(without, accesses / ((t2 - t1) / 1e9));
        }
        System.out.printf("RESULT kcsan-accesses %.0f accesses/s vs interp-without-model %.2fx%n", withModel,
                withModel / without);
    }
}
