package org.kdocs.models.kcsan.bench;

import java.time.Duration;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;
import org.kdocs.models.kcsan.Counter;
import org.kdocs.models.kcsan.KcsanConfig;
import org.kdocs.models.kcsan.KcsanRunner;

/**
 * Instrumented accesses per second with the KCSAN model attached (default
 * configuration), in three rows:
 * <ul>
 * <li>one thread, a tight loop of plain and marked accesses to globals:
 * most accesses take the fast path and one in up to 4000 sets a watchpoint
 * and stalls, as in the kernel;
 * <li>two threads running that loop at once, interleaved by the seeded
 * scheduler (a watcher's stall lets the other thread run alone meanwhile);
 * <li>two threads of marked accesses, which never stall, so the scheduler
 * switches between them every twenty accesses or so: the cost of
 * interleaving itself.
 * </ul>
 * The anchor is the one-thread program on the interpreter with no model,
 * measured in the same run. Each figure is the best of five rounds.
 */
public final class KcsanAccessBenchmark {
    private static final long ITERATIONS = 5_000_000;
    private static final String SOURCE = """
            long shared;
            long mine1, mine2;
            void T1(void) { for (long i = 0; i < %1$d; i++) { mine1++; ... = READ_ONCE(shared); } }
            void T2(void) { for (long i = 0; i < %1$d; i++) { mine2++; ... = READ_ONCE(shared); } }
            void M1(void) { for (long i = 0; i < %1$d; i++) { WRITE_ONCE(mine1, i); ... = READ_ONCE(shared); } }
            void M2(void) { for (long i = 0; i < %1$d; i++) { WRITE_ONCE(mine2, i); ... = READ_ONCE(shared); } }
            """.formatted(ITERATIONS);

    private KcsanAccessBenchmark() {
    }

    private record Row(String name, double rate, String detail) {
        @Override
        public String toString() {
            return name + " " + detail;
        }
    }

    public static void main(String[] args) {
        CProgram program = KcsanRunner.compile(SOURCE, Origin.of("bench.c")).program();
        double single = 0;
        double without = 0;
        double interleaved = 0;
        double marked = 0;
        for (int round = 0; round < 5; round++) {
            Row one = measure(program, "one thread", "T1");
            Row bare = bare(program);
            Row two = measure(program, "two threads", "T1", "T2");
            Row dense = measure(program, "two threads, marked", "M1", "M2");
            System.out.printf("round %d: %s; %s; %s; %s%n", round, one, two, dense, bare);
            single = Math.max(single, one.rate());
            without = Math.max(without, bare.rate());
            interleaved = Math.max(interleaved, two.rate());
            marked = Math.max(marked, dense.rate());
        }
        System.out.printf("row one-thread %.0f accesses/s%n", single);
        System.out.printf("row two-threads %.0f accesses/s%n", interleaved);
        System.out.printf("row interleaved %.0f accesses/s%n", marked);
        System.out.printf("RESULT kcsan-accesses %.0f accesses/s vs interp-without-model %.2fx (interleaved %.0f "
                + "accesses/s, %.2fx of one thread)%n", single, single / without, marked, marked / single);
    }

    private static RunOptions options(String... threads) {
        return RunOptions.builder().threads(threads).seed(1, 1).stepLimit(Long.MAX_VALUE)
                .timeLimit(Duration.ofMinutes(5)).build();
    }

    private static Row measure(CProgram program, String name, String... threads) {
        long t0 = System.nanoTime();
        KcsanRunner.Run run = KcsanRunner.run(program, KcsanConfig.defaults(), options(threads)).get(0);
        long elapsed = System.nanoTime() - t0;
        RunResult result = run.result();
        if (!result.completed()) {
            throw new IllegalStateException(result.outcome().message());
        }
        long accesses = 2 * ITERATIONS * threads.length;
        long switches = threads.length == 1 ? 0 : result.schedule().split(" ").length;
        String detail = threads.length == 1 ? "" : ", " + switches + " switches (one per "
                + accesses / Math.max(1, switches) + " accesses)";
        double rate = accesses / (elapsed / 1e9);
        return new Row(name, rate, String.format("%.2f M/s (%d watchpoints%s)", rate / 1e6,
                run.kcsan().counter(Counter.SETUP_WATCHPOINTS), detail));
    }

    private static Row bare(CProgram program) {
        long t0 = System.nanoTime();
        program.run(options("T1"));
        double rate = 2 * ITERATIONS / ((System.nanoTime() - t0) / 1e9);
        return new Row("without model", rate, String.format("%.2f M/s", rate / 1e6));
    }
}
