package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kernel primitive reports accesses (and barriers, scopes, allocations) of the right kind. */
class BuiltinAccessTest {
    /** Records every non-stack access to global {@code v} as "KIND MARKING[/ORDER] size", and other events. */
    private static List<String> events(String body) {
        String src = """
                int v;
                long lv;
                atomic_t a;
                atomic_long_t al;
                spinlock_t lock;
                struct mutex m;
                unsigned long bits;
                void f(void) {
                """ + body + "\n}\n";
        List<String> out = new ArrayList<>();
        CProgram p = Programs.compile(src);
        RunResult r = p.run(RunOptions.builder().thread("f").setup(machine -> machine.addListener(new Listener() {
            @Override
            public void onAccess(Access x) {
                if (!x.stack()) {
                    out.add(x.kind() + " " + x.marking() + (x.ordering() == Ordering.NONE ? "" : "/" + x.ordering())
                            + " " + x.size());
                }
            }

            @Override
            public void onBarrier(ThreadContext t, BarrierKind kind, Site site) {
                out.add("barrier " + kind);
            }

            @Override
            public void onScope(ThreadContext t, String scope, boolean enter, Site site) {
                out.add((enter ? "enter " : "exit ") + scope);
            }

            @Override
            public void onAlloc(Allocation a) {
                out.add("alloc " + a.allocator() + " " + a.size() + " order " + a.order() + " line " + a.site().line());
            }

            @Override
            public void onFree(Allocation a, Site site, ThreadContext t) {
                out.add("free " + a.allocator() + " line " + site.line());
            }
        })).build()).first();
        assertThat(r.outcome()).as(r.console()).isInstanceOf(Outcome.Completed.class);
        return out;
    }

    @Test
    void plainAccessesArePlainReadsAndWrites() {
        assertThat(events("v = 1; int x = v;")).containsExactly("WRITE PLAIN 4", "READ PLAIN 4");
    }

    @Test
    void compoundAssignmentIsOneReadWriteAccess() {
        assertThat(events("v += 2; lv++;")).containsExactly("READ_WRITE PLAIN 4", "READ_WRITE PLAIN 8");
    }

    @Test
    void readOnceAndWriteOnceAreMarked() {
        assertThat(events("WRITE_ONCE(v, 1); int x = READ_ONCE(lv);")).containsExactly("WRITE ONCE 4", "READ ONCE 8");
    }

    @Test
    void volatileAndDataRacyObjectsAreMarked() {
        assertThat(Programs.compile("volatile int a; int __data_racy b; static int c __data_racy;\n"
                + "void f(void) { a = 1; b = a; c = 2; }")
                .run(RunOptions.builder().thread("f").recordTrace(true).build()).first().trace())
                .allMatch(line -> line.contains(" ONCE "))
                .hasSize(4);
    }

    @Test
    void acquireAndReleaseCarryTheirOrdering() {
        assertThat(events("smp_store_release(&v, 1); int x = smp_load_acquire(&v);"))
                .containsExactly("WRITE ONCE/RELEASE 4", "READ ONCE/ACQUIRE 4");
    }

    @Test
    void barriersAreReportedByKind() {
        assertThat(events("barrier(); smp_mb(); smp_rmb(); smp_wmb(); smp_mb__before_atomic(); smp_mb__after_atomic();"))
                .containsExactly("barrier COMPILER", "barrier FULL", "barrier READ", "barrier WRITE",
                        "barrier BEFORE_ATOMIC", "barrier AFTER_ATOMIC");
    }

    @Test
    void atomicOperationsAreAtomicWithTheVariantsOrdering() {
        assertThat(events("""
                atomic_set(&a, 5);
                int x = atomic_read(&a);
                atomic_inc(&a);
                x = atomic_add_return(2, &a);
                x = atomic_fetch_sub_acquire(1, &a);
                x = atomic_cmpxchg_release(&a, 7, 9);
                atomic_long_xchg_relaxed(&al, 3L);
                if (atomic_read(&a) != 9) BUG();
                """)).containsExactly("WRITE ATOMIC 4", "READ ATOMIC 4", "READ_WRITE ATOMIC 4",
                "READ_WRITE ATOMIC/FULL 4", "READ_WRITE ATOMIC/ACQUIRE 4", "READ_WRITE ATOMIC/RELEASE 4",
                "READ_WRITE ATOMIC 8", "READ ATOMIC 4");
    }

    @Test
    void compilerAtomicBuiltinsMapTheMemoryOrder() {
        assertThat(events("""
                __atomic_store_n(&v, 1, __ATOMIC_RELEASE);
                int x = __atomic_load_n(&v, __ATOMIC_ACQUIRE);
                x = __atomic_fetch_add(&lv, 1, __ATOMIC_RELAXED);
                __atomic_thread_fence(__ATOMIC_SEQ_CST);
                """)).containsExactly("WRITE ATOMIC/RELEASE 4", "READ ATOMIC/ACQUIRE 4", "READ_WRITE ATOMIC 8",
                "barrier FULL");
    }

    @Test
    void bitopsAreAtomicUnlessUnderscored() {
        assertThat(events("set_bit(3, &bits); __clear_bit(3, &bits); if (test_bit(3, &bits)) BUG();"))
                .containsExactly("READ_WRITE ATOMIC 8", "READ_WRITE PLAIN 8", "READ ATOMIC 8");
    }

    @Test
    void locksAreAcquireAndReleaseAtomicsWithScopes() {
        assertThat(events("spin_lock(&lock); v = 1; spin_unlock(&lock); mutex_lock(&m); mutex_unlock(&m);"))
                .containsExactly("READ_WRITE ATOMIC/ACQUIRE 4", "enter spinlock", "WRITE PLAIN 4", "exit spinlock",
                        "WRITE ATOMIC/RELEASE 4", "READ_WRITE ATOMIC/ACQUIRE 8", "enter mutex", "exit mutex",
                        "WRITE ATOMIC/RELEASE 8");
    }

    @Test
    void irqsaveDisablesInterruptsAndRestoresThem() {
        assertThat(events("unsigned long flags; spin_lock_irqsave(&lock, flags); spin_unlock_irqrestore(&lock, flags);"))
                .containsExactly("enter irq_disabled", "READ_WRITE ATOMIC/ACQUIRE 4", "enter spinlock",
                        "exit spinlock", "WRITE ATOMIC/RELEASE 4", "exit irq_disabled");
    }

    @Test
    void dataRaceAndRcuOpenScopes() {
        assertThat(events("int x = data_race(v); rcu_read_lock(); rcu_read_unlock();"))
                .containsExactly("enter data_race", "READ PLAIN 4", "exit data_race", "barrier COMPILER",
                        "enter rcu_read_lock", "barrier COMPILER", "exit rcu_read_lock");
    }

    @Test
    void allocationsAndFreesReportTheirCallSite() {
        assertThat(events("""
                int *p = kzalloc(16, GFP_KERNEL);
                struct page *pg = alloc_pages(GFP_KERNEL, 2);
                kfree(p);
                __free_pages(pg, 2);
                """)).containsExactly("alloc kzalloc 16 order -1 line 9", "alloc alloc_pages 16384 order 2 line 10",
                "free kzalloc line 11", "free alloc_pages line 12");
    }

    @Test
    void heapObjectsLiveInTheDirectMapWithPageFrameNumbers() {
        assertThat(Programs.console("""
                int main(void) {
                    unsigned long a = __get_free_pages(GFP_KERNEL, 0);
                    struct page *pg = virt_to_page((void *)a);
                    void *k = kmalloc(8, GFP_KERNEL);
                    printk("%d %d %lx", page_address(pg) == (void *)a, pfn_to_page(page_to_pfn(pg)) == pg,
                           (unsigned long)k >> 36);
                    return 0;
                }
                """)).isEqualTo("1 1 ffff888");
    }

    @Test
    void udelayAdvancesTheSimulatedClock() {
        RunResult r = Programs.runMain("int main(void) { udelay(80); ndelay(5); return 0; }");
        assertThat(r.clockNanos()).isEqualTo(80_005);
    }

    @Test
    void modelsCanRegisterTheirOwnBuiltins() {
        Builtins b = Builtins.standard().register(Builtin.of("ASSERT_EXCLUSIVE_WRITER", "void", (c, a) -> {
            c.machine().print("assert " + c.argSize(0) + " " + c.machine().symbols().describe(a[0]));
            return 0;
        }, "lvalue"));
        CProgram p = CProgram.compile("long x[2]; int main(void) { ASSERT_EXCLUSIVE_WRITER(x[1]); return 0; }",
                Origin.of("t.c"), b).program();
        assertThat(p.run(RunOptions.builder().build()).first().console()).isEqualTo("assert 8 x+0x8/0x10");
    }

    @Test
    void accessesReportOldAndNewValuesAsRawBytes() {
        List<String> seen = new ArrayList<>();
        Programs.run("short s = 5; void f(void) { s = -1; s += 2; int r = s; }", o -> o.thread("f")
                .setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        seen.add(a.kind() + " " + Long.toHexString(a.oldValue()) + "->" + Long.toHexString(a.newValue()));
                    }
                })));
        assertThat(seen).containsExactly("WRITE 5->ffff", "READ_WRITE ffff->1", "READ 1->1");
    }

    @Test
    void structAssignmentAndMemFunctionsAreRangeAccesses() {
        List<String> seen = new ArrayList<>();
        Programs.run("""
                struct pair { long a, b; } p, q;
                char buf[4];
                void f(void) { p = q; memset(buf, 'x', 4); memcpy(&q, &p, sizeof(p)); }
                """, o -> o.thread("f").setup(m -> m.addListener(new Listener() {
                    @Override
                    public void onAccess(Access a) {
                        seen.add(a.kind() + " " + m.symbols().describe(a.address()) + " " + a.size() + " "
                                + Long.toHexString(a.newValue()));
                    }
                })));
        assertThat(seen).containsExactly("READ q+0x0/0x10 16 0", "WRITE p+0x0/0x10 16 0",
                "WRITE buf+0x0/0x4 4 78787878", "READ p+0x0/0x10 16 0", "WRITE q+0x0/0x10 16 0");
    }

    @Test
    void interruptHandlersReportTheInterruptedTasksPid() {
        List<String> seen = new ArrayList<>();
        Programs.run("int x; void task(void) { x = 1; x = 2; } void irq(void) { x = 3; }",
                o -> o.thread(ThreadSpec.onCpu("task", 0)).thread(ThreadSpec.interrupt("irq", 0))
                        .strategy(Strategy.exhaustive(2)).setup(m -> m.addListener(new Listener() {
                            @Override
                            public void onAccess(Access a) {
                                if (a.thread().inInterrupt()) {
                                    seen.add(a.thread().pid() + " " + a.thread().interrupted().map(ThreadContext::name)
                                            .orElse("idle"));
                                }
                            }
                        })));
        assertThat(seen).contains("101 T1", "0 idle");
    }
}
