package org.kdocs.interp.bench;

import java.time.Duration;
import org.kdocs.interp.Access;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Listener;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

/**
 * Instrumented accesses per second: a tight C loop of global increments (one READ_WRITE access per
 * iteration) with one subscribed listener, against the same loop written in plain Java in the same run.
 */
public final class InterpAccessBenchmark {
    private static final long ITERATIONS = 5_000_000;
    private static final String SOURCE = """
            long counter;
            void loop(void) {
                for (long i = 0; i < %d; i++)
                    counter++;
            }
            """.formatted(ITERATIONS);

    private InterpAccessBenchmark() {
    }

    /** The listener a model would be: looks at every access. */
    private static final class Counting implements Listener {
        long accesses;
        long bytes;

        @Override
        public void onAccess(Access a) {
            accesses++;
            bytes += a.size();
        }
    }

    public static void main(String[] args) {
        CProgram program = CProgram.compile(SOURCE, Origin.of("bench.c")).program();
        double best = 0;
        long seen = 0;
        for (int round = 0; round < 6; round++) {
            Counting listener = new Counting();
            RunOptions options = RunOptions.builder().thread("loop").stepLimit(Long.MAX_VALUE)
                    .timeLimit(Duration.ofMinutes(5)).setup(m -> m.addListener(listener)).build();
            long t0 = System.nanoTime();
            RunResult r = program.run(options).first();
            long t1 = System.nanoTime();
            if (!r.completed()) {
                throw new IllegalStateException(r.outcome().message());
            }
            double rate = listener.accesses / ((t1 - t0) / 1e9);
            System.out.printf("round %d: %d accesses in %.1f ms = %.2f M/s%n", round, listener.accesses,
                    (t1 - t0) / 1e6, rate / 1e6);
            best = Math.max(best, rate);
            seen = listener.accesses;
        }
        double plain = plainJava();
        System.out.printf("plain Java loop: %.2f M iterations/s%n", plain / 1e6);
        if (seen != ITERATIONS) {
            throw new IllegalStateException("expected " + ITERATIONS + " accesses, saw " + seen);
        }
        System.out.printf("RESULT interp-accesses %.0f accesses/s vs plain-java-loop %.4fx%n", best, best / plain);
    }

    private static long sink;

    private static double plainJava() {
        double best = 0;
        for (int round = 0; round < 5; round++) {
            Counting listener = new Counting();
            long[] memory = new long[1];
            long t0 = System.nanoTime();
            for (long i = 0; i < ITERATIONS * 10; i++) {
                memory[0]++;
                listener.accesses++;
            }
            long t1 = System.nanoTime();
            sink += memory[0] + listener.accesses;
            best = Math.max(best, ITERATIONS * 10 / ((t1 - t0) / 1e9));
        }
        return best;
    }
}
