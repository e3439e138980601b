package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What models rely on: stalls inside hooks, stacks, symbols, per-thread state and attributes. */
class ModelInterfaceTest {
    @Test
    void aHookCanStallItsThreadWhileOthersRun() {
        // Like a KCSAN watchpoint: stall T1's first write for 80 us; T2's write lands meanwhile.
        List<String> seen = new ArrayList<>();
        RunReport report = Programs.run("""
                int x;
                void watcher(void) { x = 1; }
                void other(void) { x = 2; }
                """, o -> o.thread("watcher").thread("other").strategy(Strategy.exhaustive(0))
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        if (a.thread().id() == 1) {
                            long before = m.memory().read(a.address(), a.size());
                            m.delay(80_000);
                            seen.add(before + "->" + m.memory().read(a.address(), a.size()) + " at " + m.clockNanos());
                        }
                    }
                })));
        assertThat(report.runs()).allMatch(RunResult::completed);
        // Both threads reach their access first (clock ticks 1 and 2), so T1 stalls until 2 + 80000.
        // Schedule 1 lets T1 go first: it sees T2's write land during its stall; schedule 2 runs T2 first.
        assertThat(seen).containsExactly("0->2 at 80002", "2->2 at 80002");
    }

    @Test
    void accessesCarryThreadCpuFunctionAndCallers() {
        List<String> seen = new ArrayList<>();
        Programs.run("""
                int x;
                static noinline void leaf(void)
                {
                    x = 1;
                }
                void middle(void) { leaf(); }
                void task(void) { middle(); }
                """, o -> o.thread(ThreadSpec.onCpu("task", 1)).setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        StringBuilder sb = new StringBuilder(a.thread().name() + " cpu" + a.thread().cpu() + " "
                                + m.symbols().describe(a.address()) + " " + a.site());
                        for (Site s : a.thread().callers()) {
                            sb.append(" <- ").append(s.symbolic());
                        }
                        seen.add(sb.toString());
                        seen.add(String.join(",", a.site().function().attributes()));
                    }
                })));
        assertThat(seen.get(0)).matches("T1 cpu1 x\\+0x0/0x4 leaf\\+0x[0-9a-f]+/0x[0-9a-f]+ \\(example\\.c:4\\)"
                + " <- middle\\+0x[0-9a-f]+/0x[0-9a-f]+ <- task\\+0x[0-9a-f]+/0x[0-9a-f]+");
        assertThat(seen.get(1)).isEqualTo("noinline");
    }

    @Test
    void functionEntryAndExitAreReported() {
        List<String> seen = new ArrayList<>();
        Programs.run("void g(void) { } void f(void) { g(); }", o -> o.thread("f")
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onFunctionEntry(ThreadContext t, FunctionInfo f, Site callSite) {
                        seen.add("enter " + f.name() + (callSite == null ? "" : " from " + callSite.function().name()));
                    }

                    @Override
                    public void onFunctionExit(ThreadContext t, FunctionInfo f) {
                        seen.add("exit " + f.name());
                    }
                })));
        assertThat(seen).containsExactly("enter f", "enter g from f", "exit g", "exit f");
    }

    @Test
    void symbolsNameVariablesAndExposeTheirAttributes() {
        CProgram p = Programs.compile("int plain; long __data_racy racy[4]; static __no_kcsan void quiet(void) { }");
        Symbols.Variable racy = p.symbols().variable("racy").orElseThrow();
        assertThat(racy.size()).isEqualTo(32);
        assertThat(racy.attributes()).contains("__data_racy");
        assertThat(Long.toHexString(p.symbols().variable("plain").orElseThrow().address())).startsWith("ffffffffc0");
        assertThat(p.symbols().describe(racy.address() + 9)).isEqualTo("racy+0x9/0x20");
        assertThat(p.symbols().function("quiet").orElseThrow().hasAttribute("__no_kcsan")).isTrue();
    }

    @Test
    void perThreadStateBelongsToEachThread() {
        List<Integer> counts = new ArrayList<>();
        Programs.run("int x; void t(void) { x = 1; x = 2; }", o -> o.thread("t").thread("t")
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        int[] n = a.thread().local("count", () -> new int[1]);
                        n[0]++;
                    }

                    @Override
                    public void onThreadEnd(ThreadContext t) {
                        counts.add(t.local("count", () -> new int[1])[0]);
                    }
                })));
        assertThat(counts).containsExactly(2, 2);
    }

    @Test
    void aModelCanOopsTheRun() {
        RunResult r = Programs.run("int x; void t(void) { x = 1; }", o -> o.thread("t")
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        m.oops("BUG: model says no");
                    }
                }))).first();
        assertThat(r.outcome()).isInstanceOf(Outcome.Fault.class);
        assertThat(r.console()).isEqualTo("BUG: model says no\n");
    }

    private static List<String> irqDuringStall(boolean interruptsOff) {
        List<String> seen = new ArrayList<>();
        Programs.run("""
                int x, y;
                void task(void) { x = 1; }
                void irq(void) { y = 1; }
                """, o -> o.thread(ThreadSpec.onCpu("task", 0)).thread(ThreadSpec.interrupt("irq", 0))
                .strategy(Strategy.exhaustive(3)).setup(m -> m.addListener(new Listener() {
                    boolean irqDone;

                    @Override
                    public void onThreadEnd(ThreadContext t) {
                        irqDone |= t.inInterrupt();
                    }

                    @Override
                    public void onAccess(Access a) {
                        if (!a.thread().inInterrupt()) {
                            boolean before = irqDone;
                            m.delay(1_000, interruptsOff);
                            seen.add(before + "->" + irqDone);
                        }
                    }
                })));
        return seen;
    }

    @Test
    void aStallWithInterruptsOffKeepsInterruptHandlersOut() {
        assertThat(irqDuringStall(true)).doesNotContain("false->true").contains("false->false", "true->true");
        assertThat(irqDuringStall(false)).contains("false->true");
    }

    @Test
    void aModelCanMapMemoryAndMakeAThreadWaitForAnotherOne() {
        // A userfaultfd-like model: the first touch of a mapped region waits until the page is "resolved".
        Builtins builtins = Builtins.standard().register(Builtin.of("resolve", "void", (c, a) -> {
            c.machine().attachment(boolean[].class, () -> new boolean[1])[0] = true;
            return 0;
        }));
        CProgram p = CProgram.compile("""
                void toucher(void) { int *u = (int *)0x7f0000000000UL; *u = 5; printk("touched %d ", *u); }
                void handler(void) { udelay(50); printk("resolving "); resolve(); }
                """, Origin.of("uffd.c"), builtins).program();
        RunResult r = p.run(RunOptions.builder().thread("toucher").thread("handler").strategy(Strategy.exhaustive(0))
                .setup(m -> {
                    assertThat(m.memory().map(0x7f0000000000L, 4096, "user")).isTrue();
                    assertThat(m.memory().map(0x7f0000000800L, 16, "overlap")).isFalse();
                    m.addListener(new Listener() {
                        @Override
                        public void onAccess(Access a) {
                            if (a.address() == 0x7f0000000000L) {
                                m.waitUntil(() -> m.attachment(boolean[].class, () -> new boolean[1])[0]);
                            }
                        }
                    });
                }).build()).first();
        assertThat(r.console()).isEqualTo("resolving touched 5 ");
    }

    @Test
    void scopedBuiltinsCleanUpWhenTheirBlockIsLeft() {
        Builtins builtins = Builtins.standard().register(Builtin.scoped("ASSERT_SCOPED",
                (c, a) -> {
                    c.machine().print("begin " + c.machine().symbols().describe(a[0]) + "; ");
                    return 0;
                },
                (c, a) -> {
                    c.machine().print("end " + c.machine().symbols().describe(a[0]) + "; ");
                    return 0;
                }, "lvalue"));
        CProgram p = CProgram.compile("""
                int x, y;
                void f(void) {
                    x = 1;
                    for (int i = 0; i < 2; i++) {
                        ASSERT_SCOPED(x);
                        printk("body%d; ", i);
                        if (i == 1)
                            break;
                    }
                    if (x)
                        ASSERT_SCOPED(y);
                    printk("tail; ");
                }
                """, Origin.of("scoped.c"), builtins).program();
        assertThat(p.run(RunOptions.builder().thread("f").build()).first().console()).isEqualTo(
                "begin x+0x0/0x4; body0; end x+0x0/0x4; begin x+0x0/0x4; body1; end x+0x0/0x4; "
                        + "begin y+0x0/0x4; tail; end y+0x0/0x4; ");
    }
}
