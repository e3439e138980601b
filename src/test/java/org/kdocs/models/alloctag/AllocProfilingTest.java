package org.kdocs.models.alloctag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.models.kernel.Verdict;

/** The alloc_tag scenarios B1-B17 of the specification (section B.10), plus krealloc and the boot table. */
class AllocProfilingTest {

    private static AllocProfiling debugKernel() {
        return AllocProfiling.builder().debug(true).build();
    }

    @Test
    void b1PageAllocationChargesTheCallSiteAndRefPointsAtIt() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        long pfn = ap.allocPages(s, 0);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(4096, 1));
        assertThat(ap.pageRef(pfn).orElseThrow().tag()).isSameAs(s);
    }

    @Test
    void b2FreeOnAnotherCpuLeavesUnderflowedCellsThatSumToZero() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        ap.runOn(0);
        long pfn = ap.allocPages(s, 0);
        CodetagRef ref = ap.pageRef(pfn).orElseThrow();
        ap.runOn(1);
        ap.freePages(pfn, 0);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(0, 0));
        assertThat(s.cell(0)).isEqualTo(new AllocTag.Counters(4096, 1));
        assertThat(s.cell(1)).isEqualTo(new AllocTag.Counters(-4096, -1));
        assertThat(s.cell(1).callsText()).isEqualTo("18446744073709551615");
        assertThat(ref.tag()).isNull();
    }

    @Test
    void b3NestedHooksChargeTheInnermostSiteAndRestoreTheOuter() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag outer = ap.tag("mm/o.c", 1, "outer");
        AllocTag inner = ap.tag("mm/i.c", 2, "inner");
        ap.allocHooks(outer, () -> {
            ap.kmalloc(inner, 64);
            assertThat(ap.currentTag()).isSameAs(outer);
            return null;
        });
        assertThat(inner.read()).isEqualTo(new AllocTag.Counters(64, 1));
        assertThat(outer.read()).isEqualTo(new AllocTag.Counters(0, 0));
        assertThat(ap.currentTag()).isNull();
    }

    @Test
    void b4UnannotatedAllocationWarnsOnceAtAllocationAndOnceAtFree() {
        AllocProfiling ap = debugKernel();
        long p = ap.kmalloc(32);
        long q = ap.kmalloc(32);
        assertThat(ap.objectRef(p).orElseThrow().tag()).isNull();
        ap.kfree(p);
        ap.kfree(q);
        assertThat(ap.console()).isEqualTo("""
                ------------[ cut here ]------------
                current->alloc_tag not set
                WARNING: CPU: 0 PID: 1 at include/linux/alloc_tag.h:132 alloc_tag_add
                ------------[ cut here ]------------
                alloc_tag was not set
                WARNING: CPU: 0 PID: 1 at include/linux/alloc_tag.h:137 alloc_tag_sub
                """);
        assertThat(ap.verdict().outcome()).isEqualTo(Verdict.Outcome.WARNED);
    }

    @Test
    void b5AddOnAStillSetRefWarnsOnceAndChargesTheNewTag() {
        AllocProfiling ap = debugKernel();
        AllocTag first = ap.tag("mm/a.c", 5, "a");
        AllocTag second = ap.tag("mm/b.c", 6, "b");
        CodetagRef ref = ap.newRef();
        ap.allocTagAdd(ref, first, 100);
        ap.allocTagAdd(ref, second, 200);
        ap.allocTagAdd(ref, second, 200);
        assertThat(ap.console()).isEqualTo("""
                ------------[ cut here ]------------
                alloc_tag was not cleared (got tag for mm/a.c:5)
                WARNING: CPU: 0 PID: 1 at include/linux/alloc_tag.h:128 alloc_tag_add
                """);
        assertThat(ref.tag()).isSameAs(second);
        assertThat(first.read()).isEqualTo(new AllocTag.Counters(100, 1));
        assertThat(second.read()).isEqualTo(new AllocTag.Counters(400, 2));
    }

    @Test
    void withoutDebugAStillSetRefIsOverwrittenSilently() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag first = ap.tag("mm/a.c", 5, "a");
        AllocTag second = ap.tag("mm/b.c", 6, "b");
        CodetagRef ref = ap.newRef();
        ap.allocTagAdd(ref, first, 100);
        ap.allocTagAdd(ref, second, 200);
        assertThat(ap.console()).isEmpty();
        assertThat(ref.tag()).isSameAs(second);
    }

    @Test
    void b6CalleeThatReplacesTheCurrentTagIsReportedAtRestore() {
        AllocProfiling ap = debugKernel();
        AllocTag outer = ap.tag("mm/o.c", 1, "outer");
        AllocTag rogue = ap.tag("mm/r.c", 2, "rogue");
        ap.allocHooks(outer, () -> ap.save(rogue));
        assertThat(ap.console()).contains("current->alloc_tag was changed:\n"
                + "WARNING: CPU: 0 PID: 1 at include/linux/sched.h:2237 alloc_tag_restore\n");
        assertThat(ap.currentTag()).isNull();
    }

    @Test
    void b7EmptySentinelIsClearedWithoutCountingOrWarning() {
        AllocProfiling ap = debugKernel();
        long pfn = ap.reservedPages(0);
        CodetagRef ref = ap.pageRef(pfn).orElseThrow();
        assertThat(ref.isEmpty()).isTrue();
        ap.freePages(pfn, 0);
        assertThat(ref.isEmpty()).isFalse();
        assertThat(ref.tag()).isNull();
        assertThat(ap.console()).isEmpty();
    }

    @Test
    void b8SplittingAnOrderTwoPageAddsCallsButNotBytes() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        long pfn = ap.allocPages(s, 2);
        ap.splitPages(pfn, 0);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(16384, 4));
        for (int i = 0; i < 4; i++) {
            ap.freePages(pfn + i, 0);
        }
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(0, 0));
    }

    @Test
    void b9SlabAllocationIsChargedTheCacheObjectSize() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag k = ap.tag("mm/k.c", 3, "k");
        ap.kmalloc(k, 80);
        assertThat(k.read()).isEqualTo(new AllocTag.Counters(96, 1));
    }

    @Test
    void b10UnloadingAModuleWithLiveAllocationsWarnsAndDropsItsTags() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag f = ap.loadModule("M", List.of(CodeTag.builtIn("m.c", 7, "f"))).get(0);
        ap.kmalloc(f, 100);
        ap.kmemCacheAlloc(100);
        AllocTag g = ap.loadModule("M2", List.of(CodeTag.builtIn("m2.c", 1, "g"))).get(0);
        ap.allocHooks(f, () -> ap.kmemCacheAlloc(100));
        boolean clean = ap.unloadModule("M");
        assertThat(clean).isFalse();
        assertThat(ap.console()).isEqualTo("""
                ------------[ cut here ]------------
                m.c:7 module M func:f has 228 allocated at module unload
                WARNING: CPU: 0 PID: 1 at lib/alloc_tag.c:171 alloc_tag_module_unload
                M: memory allocation(s) from the module still alive, cannot unload cleanly
                """);
        assertThat(ap.tags()).containsExactly(g);
        assertThat(ap.procAllocinfo()).doesNotContain("m.c:7");
    }

    @Test
    void b10UnloadingAModuleWithOnlyCallsLeftIsClean() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag f = ap.loadModule("M", List.of(CodeTag.builtIn("m.c", 7, "f"))).get(0);
        long pfn = ap.allocPages(f, 1);
        ap.splitPages(pfn, 0);
        ap.freePages(pfn, 0);
        ap.freePages(pfn + 1, 0);
        assertThat(ap.unloadModule("M")).isTrue();
        assertThat(ap.console()).isEmpty();
    }

    @Test
    void b11AllocinfoIsByteExactWithHeaderWidthsAndTrailingSpaces() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag foo = ap.tag("mm/x.c", 10, "foo");
        ap.loadModule("M", List.of(CodeTag.builtIn("m.c", 7, "f")));
        for (int i = 0; i < 5; i++) {
            ap.kmemCacheAlloc(0);
        }
        ap.allocHooks(foo, () -> {
            for (int size : new int[] {1000, 200, 30, 4, 0}) {
                ap.kmemCacheAlloc(size);
            }
            return null;
        });
        assertThat(ap.procAllocinfo()).isEqualTo(
                "allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "        1234        5 mm/x.c:10 func:foo \n"
                + "           0        0 m.c:7 [M] func:f \n");
    }

    @Test
    void allocinfoWithoutTagsIsEmptyAndWideNumbersWidenTheirColumns() {
        AllocProfiling ap = AllocProfiling.builder().build();
        assertThat(ap.procAllocinfo()).isEmpty();
        AllocTag big = ap.tag("mm/big.c", 1, "big");
        for (int i = 0; i < 3; i++) {
            ap.allocPages(big, 18);
        }
        assertThat(ap.procAllocinfo()).endsWith("  3221225472        3 mm/big.c:1 func:big \n");
        AllocProfiling wide = AllocProfiling.builder().build();
        AllocTag w = wide.tag("w.c", 1, "w");
        long pfn = 0;
        for (int i = 0; i < 120; i++) {
            pfn = wide.allocPages(w, 24);
        }
        assertThat(pfn).isPositive();
        assertThat(wide.procAllocinfo()).endsWith("\n8246337208320      120 w.c:1 func:w \n");
    }

    @Test
    void b12NegativeSumPrintsWithAMinusSign() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        long pfn = ap.allocPages(s, 0);
        // a caller that frees with a larger order than it allocated subtracts more than was charged
        ap.freePages(pfn, 1);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(-4096, 0));
        assertThat(ap.procAllocinfo()).endsWith("       -4096        0 mm/x.c:10 func:foo \n");
    }

    @Test
    void runtimeToggleSkipsFreesWhileDisabledAndAllocationsMadeWhileDisabled() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        long early = ap.allocPages(s, 0);
        assertThat(ap.control().write("0", ProfilingSwitch.Writer.ROOT)).isZero();
        long late = ap.allocPages(s, 0);
        ap.freePages(early, 0);
        assertThat(ap.control().write("1", ProfilingSwitch.Writer.ROOT)).isZero();
        ap.freePages(late, 0);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(4096, 1));
        assertThat(ap.console()).isEmpty();
    }

    @Test
    void b13NeverMakesTheSysctlReadOnlyAndListsEveryTagAtZero() {
        AllocProfiling ap = AllocProfiling.builder().bootParameter("never").build();
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        ap.kmalloc(s, 64);
        ap.allocPages(s, 0);
        assertThat(ap.control().enabled()).isFalse();
        assertThat(ap.control().mode()).isEqualTo(0444);
        assertThat(ap.control().write("1", ProfilingSwitch.Writer.ROOT)).isEqualTo(-ProfilingSwitch.EACCES);
        assertThat(ap.procAllocinfo()).isEqualTo("allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "           0        0 mm/x.c:10 func:foo \n");
        assertThat(ap.console()).isEqualTo(
                "Failed to set sysctl parameter 'vm.mem_profiling=never': permission denied (read-only?)\n");
    }

    @Test
    void b14RootMayEnableAfterBootWithZeroButOnlyWithZeroOrOne() {
        AllocProfiling ap = AllocProfiling.builder().bootParameter("0").build();
        ProfilingSwitch sw = ap.control();
        assertThat(sw.read()).isEqualTo("0\n");
        assertThat(sw.mode()).isEqualTo(0644);
        assertThat(sw.write("2", ProfilingSwitch.Writer.ROOT)).isEqualTo(-ProfilingSwitch.EINVAL);
        assertThat(sw.write("y", ProfilingSwitch.Writer.ROOT)).isEqualTo(-ProfilingSwitch.EINVAL);
        assertThat(sw.write("1", ProfilingSwitch.Writer.ROOT_WITHOUT_CAP_SYS_ADMIN)).isEqualTo(-ProfilingSwitch.EPERM);
        assertThat(sw.write("1", ProfilingSwitch.Writer.USER)).isEqualTo(-ProfilingSwitch.EACCES);
        assertThat(sw.read()).isEqualTo("0\n");
        assertThat(sw.write("1\n", ProfilingSwitch.Writer.ROOT)).isZero();
        assertThat(sw.read()).isEqualTo("1\n");
        AllocTag s = ap.tag("mm/x.c", 10, "foo");
        ap.kmalloc(s, 8);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(8, 1));
    }

    @Test
    void b15DebugMakesTheSysctlReadOnlyWhateverTheBootValue() {
        for (String value : new String[] {null, "0", "1"}) {
            AllocProfiling.Builder b = AllocProfiling.builder().debug(true).enabledByDefault(false);
            if (value != null) {
                b.bootParameter(value);
            }
            AllocProfiling ap = b.build();
            assertThat(ap.control().mode()).isEqualTo(0444);
            assertThat(ap.control().supported()).isTrue();
            assertThat(ap.control().enabled()).isEqualTo(!"0".equals(value));
        }
    }

    @Test
    void bootTableOfTheSpecificationHolds() {
        AllocProfiling plain = AllocProfiling.builder().build();
        assertThat(plain.control().enabled()).isTrue();
        assertThat(plain.control().mode()).isEqualTo(0644);
        AllocProfiling off = AllocProfiling.builder().enabledByDefault(false).build();
        assertThat(off.control().enabled()).isFalse();
        assertThat(off.control().supported()).isFalse();
        assertThat(off.control().mode()).isEqualTo(0444);
        AllocProfiling one = AllocProfiling.builder().enabledByDefault(false).bootParameter("1").build();
        assertThat(one.control().enabled()).isTrue();
        assertThat(one.control().mode()).isEqualTo(0644);
        AllocProfiling neverX = AllocProfiling.builder().bootParameter("neverX").build();
        assertThat(neverX.control().supported()).isFalse();
        AllocProfiling on = AllocProfiling.builder().enabledByDefault(false).bootParameter("on").build();
        assertThat(on.control().enabled()).isTrue();
        assertThat(on.console()).isEqualTo("Failed to set sysctl parameter 'vm.mem_profiling=on': invalid value\n");
        AllocProfiling bad = AllocProfiling.builder().bootParameter("maybe").build();
        assertThat(bad.control().enabled()).isTrue();
        assertThat(bad.console()).startsWith("Malformed early option 'sysctl.vm.mem_profiling'\n");
    }

    @Test
    void b17ShowMemListsTheTenLargestInBaseTwo() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag foo = ap.tag("mm/x.c", 10, "foo");
        for (int i = 0; i < 256; i++) {
            ap.allocPages(foo, 0);
        }
        for (int i = 1; i <= 11; i++) {
            AllocTag t = ap.tag("mm/t.c", i, "t" + i);
            int size = i * 100;
            ap.allocHooks(t, () -> ap.kmemCacheAlloc(size));
        }
        ap.allocHooks(ap.tag("mm/t.c", 99, "tie"), () -> ap.kmemCacheAlloc(1100));
        String report = ap.showMem();
        assertThat(report).startsWith("Memory allocations:\n"
                + "    1.00 MiB      256 mm/x.c:10 func:foo\n"
                + "    1.07 KiB        1 mm/t.c:11 func:t11\n"
                + "    1.07 KiB        1 mm/t.c:99 func:tie\n"
                + "      1000 B        1 mm/t.c:10 func:t10\n");
        assertThat(report.lines()).hasSize(11).noneMatch(l -> l.endsWith("func:t3"));
        assertThat(report).endsWith("       400 B        1 mm/t.c:4 func:t4\n");
    }

    /*
     * Issue 21 item 6: __show_mem() (mm/show_mem.c) calls alloc_tag_top_users() (lib/alloc_tag.c)
     * without looking at mem_alloc_profiling_enabled(); with "never" nothing was charged and every tag
     * shows 0 B (string_get_size of 0).
     */
    @Test
    void showMemListsTopUsersWhetherOrNotProfilingIsEnabled() {
        AllocProfiling ap = AllocProfiling.builder().build();
        ap.kmalloc(ap.tag("mm/x.c", 10, "foo"), 4000);
        ap.control().write("0", ProfilingSwitch.Writer.ROOT);
        assertThat(ap.showMem()).isEqualTo("Memory allocations:\n    4.00 KiB        1 mm/x.c:10 func:foo\n");
        AllocProfiling never = AllocProfiling.builder().bootParameter("never").build();
        never.kmalloc(never.defineTag("mm/y.c", 3, "bar"), 64);
        assertThat(never.showMem()).isEqualTo("Memory allocations:\n         0 B        0 mm/y.c:3 func:bar\n");
    }

    /*
     * Issue 21 item 4: alloc_hooks() defines one static tag per expansion (include/linux/alloc_tag.h),
     * so two call sites with the same file, line and function are two lines of /proc/allocinfo.
     */
    @Test
    void twoCallSitesOnOneLineHaveATagEach() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag first = ap.defineTag("mm/x.c", 7, "f");
        AllocTag second = ap.defineTag("mm/x.c", 7, "f");
        ap.kmalloc(second, 8);
        assertThat(first).isNotSameAs(second);
        assertThat(ap.procAllocinfo()).endsWith("           0        0 mm/x.c:7 func:f \n"
                + "           8        1 mm/x.c:7 func:f \n");
        assertThat(ap.tag("mm/x.c", 7, "f")).isSameAs(first);
    }

    /*
     * Issue 21 item 5: __vmalloc_area_node() (mm/vmalloc.c) takes nr_pages * sizeof(struct page *) for
     * the pages array from kmalloc_node_noprof() up to PAGE_SIZE and from __vmalloc_node_noprof()
     * above it, under the caller's tag; vm_area_alloc_pages() charges each order-0 page once.
     */
    @Test
    void vmallocChargesEachPageAndThePagesArrayAtTheArraysSizeBoundary() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag small = ap.tag("v.c", 1, "small");
        AllocTag edge = ap.tag("v.c", 2, "edge");
        AllocTag over = ap.tag("v.c", 3, "over");
        Vmalloc.Area area = ap.vmalloc(small, 5000);
        ap.vmalloc(edge, 2L << 20);
        ap.vmalloc(over, (2L << 20) + 4096);
        assertThat(small.read()).isEqualTo(new AllocTag.Counters(8208, 3));
        assertThat(edge.read()).isEqualTo(new AllocTag.Counters((2L << 20) + 4096, 513));
        assertThat(over.read()).isEqualTo(new AllocTag.Counters((2L << 20) + 4096 + 8192 + 16, 516));
        ap.vfree(area);
        assertThat(small.read()).isEqualTo(new AllocTag.Counters(0, 0));
        assertThat(ap.vmalloc(small, 0)).isNull();
    }

    @Test
    void kreallocKeepsAFittingObjectAndMovesAGrowingOneToTheCallSite() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag first = ap.tag("a.c", 1, "first");
        AllocTag grow = ap.tag("b.c", 2, "grow");
        long p = ap.kmalloc(first, 40);
        long same = ap.allocHooks(grow, () -> ap.krealloc(p, 60));
        assertThat(same).isEqualTo(p);
        assertThat(first.read()).isEqualTo(new AllocTag.Counters(64, 1));
        long moved = ap.allocHooks(grow, () -> ap.krealloc(p, 100));
        assertThat(moved).isNotEqualTo(p);
        assertThat(first.read()).isEqualTo(new AllocTag.Counters(0, 0));
        assertThat(grow.read()).isEqualTo(new AllocTag.Counters(128, 1));
        ap.allocHooks(grow, () -> ap.krealloc(moved, 0));
        assertThat(grow.read()).isEqualTo(new AllocTag.Counters(0, 0));
    }

    @Test
    void largeKmallocIsChargedAsPagesAndFreedByKfree() {
        AllocProfiling ap = AllocProfiling.builder().build();
        AllocTag s = ap.tag("big.c", 1, "big");
        long p = ap.kmalloc(s, 10000);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(16384, 1));
        ap.kfree(p);
        assertThat(s.read()).isEqualTo(new AllocTag.Counters(0, 0));
    }

    @Test
    void migrationMovesTheChargeAndLeavesTheTargetTagFolioSizeMinusPageCount() {
        AllocProfiling ap = debugKernel();
        AllocTag site = ap.tag("mm/s.c", 1, "site");
        AllocTag migrate = ap.tag("mm/migrate.c", 2, "alloc_migration_target");
        long pfn = ap.allocPages(site, 2);
        long moved = ap.allocHooks(migrate, () -> ap.migratePages(pfn));
        assertThat(ap.pageRef(moved).orElseThrow().tag()).isSameAs(site);
        assertThat(site.read()).isEqualTo(new AllocTag.Counters(16384, 1));
        assertThat(migrate.read()).isEqualTo(new AllocTag.Counters(16384 - 4, 0));
        ap.freePages(moved, 2);
        assertThat(site.read()).isEqualTo(new AllocTag.Counters(0, 0));
        assertThat(ap.console()).isEmpty();
    }
}
