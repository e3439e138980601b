package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deterministic scheduler: seeds, exhaustive exploration, blocking, delays and interrupts. */
class SchedulerTest {
    private static final String RACY_COUNTERS = """
            int x, y;
            void t1(void) { for (int i = 0; i < 20; i++) WRITE_ONCE(x, READ_ONCE(x) + 1); }
            void t2(void) { for (int i = 0; i < 20; i++) WRITE_ONCE(y, READ_ONCE(x) + READ_ONCE(y)); }
            """;

    private static RunResult racy(long seed) {
        return Programs.run(RACY_COUNTERS, o -> o.thread("t1").thread("t2").recordTrace(true)
                .strategy(new Strategy.Random(seed, 1, 0.3))).first();
    }

    @Test
    void sameSeedGivesTheIdenticalTrace() {
        RunResult a = racy(42);
        RunResult b = racy(42);
        assertThat(a.trace()).isNotEmpty().isEqualTo(b.trace());
        assertThat(a.schedule()).isEqualTo(b.schedule());
    }

    @Test
    void differentSeedsGiveDifferentInterleavings() {
        Set<List<String>> traces = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            traces.add(racy(seed).trace());
        }
        assertThat(traces).hasSizeGreaterThan(1);
    }

    @Test
    void runsUseDerivedSeedsAndAreReproducible() {
        RunReport first = Programs.run(RACY_COUNTERS, o -> o.thread("t1").thread("t2").seed(7, 4));
        RunReport again = Programs.run(RACY_COUNTERS, o -> o.thread("t1").thread("t2").seed(7, 4));
        assertThat(first.runs()).hasSize(4);
        assertThat(first.runs().stream().map(RunResult::schedule).toList())
                .isEqualTo(again.runs().stream().map(RunResult::schedule).toList());
    }

    /**
     * Two threads with two accesses each. A schedule is fixed by which thread performs each of the four
     * accesses, and each thread's accesses keep their order, so the schedules are the ways to choose the
     * two positions of thread 1 among four: C(4,2) = 6.
     */
    @Test
    void exhaustiveModeExploresAllSixInterleavingsOfTwoByTwoAccesses() {
        RunReport r = Programs.run("""
                int x, y;
                void a(void) { WRITE_ONCE(x, 1); WRITE_ONCE(y, 1); }
                void b(void) { int r1 = READ_ONCE(y); int r2 = READ_ONCE(x); printk("%d%d ", r1, r2); }
                """, o -> o.thread("a").thread("b").strategy(Strategy.exhaustive(10)));
        assertThat(r.schedulesExplored()).isEqualTo(6);
        assertThat(r.complete()).isTrue();
        assertThat(r.runs().stream().map(RunResult::schedule).distinct()).hasSize(6);
        // message passing without barriers: every outcome but (1,0) is possible with sequential consistency
        assertThat(r.runs().stream().map(RunResult::console).distinct()).containsExactlyInAnyOrder("00 ", "01 ", "11 ");
    }

    /**
     * With at most one preemption: AABB and BBAA need none, ABBA and BAAB need one (switching away from
     * a finished thread is free), ABAB and BABA need two; so 4 schedules, and 2 with no preemption.
     */
    @Test
    void preemptionBoundLimitsTheExploredSchedules() {
        String src = """
                int x, y;
                void a(void) { WRITE_ONCE(x, 1); WRITE_ONCE(x, 2); }
                void b(void) { WRITE_ONCE(y, 1); WRITE_ONCE(y, 2); }
                """;
        assertThat(Programs.run(src, o -> o.thread("a").thread("b").strategy(Strategy.exhaustive(1)))
                .schedulesExplored()).isEqualTo(4);
        assertThat(Programs.run(src, o -> o.thread("a").thread("b").strategy(Strategy.exhaustive(0)))
                .schedulesExplored()).isEqualTo(2);
    }

    @Test
    void exhaustiveModeFindsTheLostUpdate() {
        RunReport r = Programs.run("""
                int counter;
                void inc(void) { int v = READ_ONCE(counter); WRITE_ONCE(counter, v + 1); }
                void check(void) { }
                int main(void) { return 0; }
                """, o -> o.thread("inc").thread("inc").strategy(Strategy.exhaustive(2)).setup(m -> { }));
        assertThat(r.schedulesExplored()).isEqualTo(6);
    }

    @Test
    void spinlockSerialisesCriticalSections() {
        RunReport r = Programs.run("""
                DEFINE_SPINLOCK(lock);
                int counter;
                void inc(void) {
                    for (int i = 0; i < 3; i++) {
                        spin_lock(&lock);
                        int v = READ_ONCE(counter);
                        WRITE_ONCE(counter, v + 1);
                        spin_unlock(&lock);
                    }
                }
                void show(void) { }
                """, o -> o.thread("inc").thread("inc").strategy(new Strategy.Random(3, 30, 0.5))
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onThreadEnd(ThreadContext t) {
                        m.print(m.memory().read(m.symbols().variable("counter").orElseThrow().address(), 4) + " ");
                    }
                })));
        assertThat(r.runs()).allSatisfy(run -> {
            assertThat(run.completed()).isTrue();
            assertThat(run.console()).endsWith("6 ");
        });
    }

    @Test
    void deadlockIsReportedNotHung() {
        RunResult r = Programs.run("""
                DEFINE_MUTEX(a);
                DEFINE_MUTEX(b);
                void t1(void) { mutex_lock(&a); udelay(10); mutex_lock(&b); }
                void t2(void) { mutex_lock(&b); udelay(10); mutex_lock(&a); }
                """, o -> o.thread("t1").thread("t2")).first();
        assertThat(r.outcome()).isInstanceOf(Outcome.Deadlock.class);
        assertThat(r.outcome().message()).startsWith("deadlock: every thread is blocked (T1 at line 3, T2 at line 4");
    }

    @Test
    void delayedThreadLetsOthersRunUntilItsWakeTime() {
        RunResult r = Programs.run("""
                int flag;
                void waiter(void) { udelay(10); printk("waiter sees %d at ", READ_ONCE(flag)); }
                void setter(void) { WRITE_ONCE(flag, 1); }
                """, o -> o.thread("waiter").thread("setter").strategy(new Strategy.Random(1, 1, 0))).first();
        assertThat(r.console()).startsWith("waiter sees 1");
        assertThat(r.clockNanos()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void interruptHandlersRunInInterruptContextOnlyWhenInterruptsAreEnabled() {
        String src = """
                int data, seen;
                void task(void) {
                    unsigned long flags;
                    local_irq_save(flags);
                    WRITE_ONCE(data, 1);
                    WRITE_ONCE(data, 2);
                    local_irq_restore(flags);
                }
                void handler(void) { WRITE_ONCE(seen, READ_ONCE(data) + 10 * in_interrupt()); }
                void report(void) { }
                """;
        RunReport r = Programs.run(src, o -> o.thread(ThreadSpec.onCpu("task", 0))
                .thread(ThreadSpec.interrupt("handler", 0)).strategy(Strategy.exhaustive(5))
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onThreadEnd(ThreadContext t) {
                        if (t.inInterrupt()) {
                            m.print("irq saw " + m.memory().read(m.symbols().variable("data").orElseThrow()
                                    .address(), 4));
                        }
                    }
                })));
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.completed()).isTrue());
        // the handler never observes the value 1 written with interrupts off
        assertThat(r.runs().stream().map(RunResult::console).distinct())
                .containsExactlyInAnyOrder("irq saw 0", "irq saw 2");
    }

    @Test
    void anInterruptFiresAsOftenAsAllowedAndNeverMore() {
        String src = """
                int ticks;
                void task(void) { for (int i = 0; i < 2000; i++) WRITE_ONCE(ticks, READ_ONCE(ticks)); }
                void timer(void) { printk("tick%d;", in_interrupt() != 0); }
                """;
        for (int fires : new int[] {1, 3}) {
            RunReport r = Programs.run(src, o -> o.thread(ThreadSpec.onCpu("task", 0))
                    .thread(ThreadSpec.interrupt("timer", 0, fires)).seed(1, 20));
            // 2000 chances to interrupt the task: the handler comes back until it has fired its share
            assertThat(r.runs().stream().map(RunResult::console).distinct()).as("fires " + fires)
                    .containsExactly("tick1;".repeat(fires));
        }
    }

    @Test
    void oneCompiledProgramCanRunFromSeveralJavaThreadsAtOnce() throws Exception {
        CProgram p = Programs.compile(RACY_COUNTERS);
        RunOptions options = RunOptions.builder().threads("t1", "t2").recordTrace(true)
                .strategy(new Strategy.Random(9, 3, 0.3)).build();
        List<String> expected = p.run(options).runs().stream().map(r -> String.join("\n", r.trace())).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> p.run(options).runs().stream().map(r -> String.join("\n", r.trace()))
                        .toList()));
            }
            for (java.util.concurrent.Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void interruptSpinningOnALockItsTaskHoldsIsADeadlock() {
        RunReport r = Programs.run("""
                DEFINE_SPINLOCK(lock);
                int x;
                void task(void) { spin_lock(&lock); WRITE_ONCE(x, 1); spin_unlock(&lock); }
                void irq(void) { spin_lock(&lock); WRITE_ONCE(x, 2); spin_unlock(&lock); }
                """, o -> o.thread(ThreadSpec.onCpu("task", 0)).thread(ThreadSpec.interrupt("irq", 0))
                .strategy(Strategy.exhaustive(2)));
        assertThat(r.runs().stream().map(run -> run.outcome().message()))
                .contains("deadlock: every thread is blocked (T1 interrupted on cpu0, T2 at line 4)")
                .contains("");
    }

    /**
     * While the writer is delayed for 80 µs the reader spins on an unchanged flag: it waits for the flag
     * instead of burning one step per simulated nanosecond.
     */
    @Test
    void aSpinningThreadWaitsUntilWhatItReadsChanges() {
        RunResult r = Programs.run("""
                int flag;
                void writer(void) { udelay(80); WRITE_ONCE(flag, 1); }
                void reader(void) { while (!READ_ONCE(flag)) cpu_relax(); printk("seen"); }
                """, o -> o.thread("writer").thread("reader").seed(5, 1)).first();
        assertThat(r.completed()).isTrue();
        assertThat(r.console()).isEqualTo("seen");
        assertThat(r.clockNanos()).isGreaterThanOrEqualTo(80_000);
        assertThat(r.steps()).isLessThan(200);
    }

    @Test
    void aLoopThatCountsIsNoSpin() {
        RunResult r = Programs.run("""
                int flag, reads;
                void writer(void) { udelay(80); WRITE_ONCE(flag, 1); }
                void reader(void) {
                    int n = 0;
                    for (int i = 0; i < 500; i++)
                        n += READ_ONCE(flag);
                    printk("%d reads of 1", n);
                }
                """, o -> o.thread("writer").thread("reader").seed(5, 1)).first();
        assertThat(r.console()).isEqualTo("0 reads of 1");
    }

    /**
     * A spinning thread also looks again when another context only touches what it reads: here a
     * listener stalls the writer at its (not yet performed) store, as a KCSAN watcher does, and the
     * spinner reads the flag during that stall.
     */
    @Test
    void aSpinnerLooksAgainWhenItsLocationIsTouched() {
        String src = """
                int flag;
                void writer(void) { udelay(10); WRITE_ONCE(flag, 1); }
                void reader(void) { while (!READ_ONCE(flag)) ; }
                """;
        List<String> events = new java.util.ArrayList<>();
        RunResult r = Programs.run(src, o -> o.thread("writer").thread("reader").seed(2, 1).setup(m ->
                m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        if (a.stack()) {
                            return;
                        }
                        events.add(a.thread().name() + " " + a.kind());
                        if (a.isWrite()) {
                            m.delay(50_000);
                            events.add("stall over");
                        }
                    }
                }))).first();
        assertThat(r.completed()).isTrue();
        int write = events.indexOf("T1 WRITE");
        int over = events.indexOf("stall over");
        assertThat(events.subList(write, over)).contains("T2 READ");
        assertThat(events.size()).isLessThan(40);
    }
}
