package org.kdocs.models.alloctag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;
import org.kdocs.models.kernel.KernelLog;

class AllocTagBuiltinsTest {

    private static RunResult run(String source) {
        Builtins builtins = Builtins.standard();
        AllocTagBuiltins.install(builtins, () -> AllocProfiling.builder().build());
        CProgram.Compilation c = CProgram.compile(source, Origin.of("doc.rst", 20), builtins);
        assertThat(c.errors()).isEmpty();
        RunResult r = c.program().run(RunOptions.builder().build()).first();
        assertThat(r.outcome()).as(r.console()).isInstanceOf(Outcome.Completed.class);
        return r;
    }

    @Test
    void allocationsInACExampleAreChargedToTheirCallSitesInTheDocument() {
        RunResult r = run("""
                static void *keep;

                static void grab(void)
                {
                        keep = kmalloc(80, GFP_KERNEL);
                }

                int main(void)
                {
                        void *tmp = kmalloc(200, GFP_KERNEL);
                        struct page *page = alloc_pages(GFP_KERNEL, 1);

                        grab();
                        kfree(tmp);
                        __free_pages(page, 1);
                        page = alloc_pages(GFP_KERNEL, 0);
                        show_allocinfo();
                        return 0;
                }
                """);
        // the tags sit in the "alloc_tags" section as GCC -O2 emits them: last call site first
        assertThat(r.console()).isEqualTo("allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "        4096        1 doc.rst:35 func:main \n"
                + "           0        0 doc.rst:30 func:main \n"
                + "           0        0 doc.rst:29 func:main \n"
                + "          96        1 doc.rst:24 func:grab \n");
    }

    /*
     * Issue 21 item 4. Every alloc_hooks() call site defines its tag statically (DEFINE_ALLOC_TAG in
     * include/linux/alloc_tag.h, section "alloc_tags"), and allocinfo_start()/allocinfo_next() in
     * lib/alloc_tag.c print every tag of the section, 0 0 included: a call site that has not run, or
     * ran only as kmalloc(0) (__do_kmalloc_node() in mm/slub.c returns ZERO_SIZE_PTR before any slab
     * hook), is listed before anything is charged. A static function nothing calls is dropped by the
     * compiler with its tags (GCC 12 -O2 measured), so unused()'s call site is not listed.
     */
    @Test
    void everyCallSiteOfTheProgramIsListedFromTheStartAndAnUnusedStaticFunctionIsNot() {
        RunResult r = run("""
                static void *keep;

                static void *unused(void)
                {
                        return kmalloc(32, GFP_KERNEL);
                }

                static void not_yet(void)
                {
                        keep = kmalloc(512, GFP_KERNEL);
                }

                int main(void)
                {
                        void *none;

                        show_allocinfo();
                        none = kmalloc(0, GFP_KERNEL);
                        if (!none)
                                not_yet();
                        show_allocinfo();
                        return 0;
                }
                """);
        String table = "allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "           0        0 doc.rst:37 func:main \n"
                + "           0        0 doc.rst:29 func:not_yet \n";
        assertThat(r.console()).isEqualTo(table + table);
    }

    /*
     * Issue 21 item 5. vmalloc() charges the caller's tag for its pages and for the array of page
     * pointers: __vmalloc_area_node() in mm/vmalloc.c allocates that array with kmalloc_node_noprof()
     * (16 bytes for 2 pages, kmalloc-16) or, above PAGE_SIZE, with __vmalloc_node_noprof(), both under
     * current->alloc_tag. vmalloc(5000): 2 pages + 16 bytes = 8208 bytes in 3 calls. 4 MiB: 1024 pages,
     * an 8192-byte array vmalloc'ed as 2 pages with its own 16-byte array: 4202512 bytes in 1027 calls.
     * vfree() gives every part back.
     */
    @Test
    void vmallocChargesItsPagesArrayToTheCaller() {
        RunResult r = run("""
                int main(void)
                {
                        void *small = vmalloc(5000);
                        void *big = vmalloc(4 << 20);
                        void *gone = vmalloc(3 * 4096);

                        vfree(gone);
                        show_allocinfo();
                        return small == NULL || big == NULL;
                }
                """);
        assertThat(r.console()).isEqualTo("allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "           0        0 doc.rst:24 func:main \n"
                + "     4202512     1027 doc.rst:23 func:main \n"
                + "        8208        3 doc.rst:22 func:main \n");
    }

    /*
     * Issue 21 item 6. __show_mem() in mm/show_mem.c prints "Memory allocations:" and the top users of
     * alloc_tag_top_users() (lib/alloc_tag.c) whenever the codetag type is registered; neither tests
     * mem_alloc_profiling_enabled(), so the report survives vm.mem_profiling=0.
     */
    @Test
    void showMemReportsTopUsersWithProfilingSwitchedOff() {
        RunResult r = run("""
                int main(void)
                {
                        void *a = kmalloc(100, GFP_KERNEL);

                        mem_profiling_sysctl_write(0);
                        show_mem();
                        return a == NULL;
                }
                """);
        assertThat(r.console()).isEqualTo("Memory allocations:\n"
                + "       128 B        1 doc.rst:22 func:main\n");
    }

    /*
     * Issue 21, "an allocation that bypasses the profiling hooks": the *_noprof() allocators charge
     * current->alloc_tag without an alloc_hooks() of their own. Outside any hook that tag is NULL, so
     * under CONFIG_MEM_ALLOC_PROFILING_DEBUG alloc_tag_add_check() warns "current->alloc_tag not set"
     * (include/linux/alloc_tag.h:132) and nothing is charged; freeing the object reaches
     * alloc_tag_sub_check() with a ref that holds no tag: "alloc_tag was not set" (:137). Both are
     * WARN_ONCE.
     */
    @Test
    void noprofAllocationsBypassTheHooksAndWarnUnderDebug() {
        Builtins builtins = Builtins.standard();
        AllocTagBuiltins.install(builtins, () -> AllocProfiling.builder().debug(true).build());
        CProgram.Compilation c = CProgram.compile("""
                int main(void)
                {
                        void *a = kmalloc_noprof(64, GFP_KERNEL);
                        void *b = kzalloc_noprof(64, GFP_KERNEL);
                        struct page *p = alloc_pages_noprof(GFP_KERNEL, 0);
                        void *v = vmalloc_noprof(100);

                        kfree(a);
                        kfree(b);
                        __free_pages(p, 0);
                        vfree(v);
                        show_allocinfo();
                        return 0;
                }
                """, Origin.of("doc.rst", 20), builtins);
        assertThat(c.errors()).isEmpty();
        RunResult r = c.program().run(RunOptions.builder().build()).first();
        assertThat(r.console()).isEqualTo(KernelLog.CUT_HERE + "\n"
                + "current->alloc_tag not set\n"
                + "WARNING: CPU: 0 PID: 101 at include/linux/alloc_tag.h:132 alloc_tag_add\n"
                + KernelLog.CUT_HERE + "\n"
                + "alloc_tag was not set\n"
                + "WARNING: CPU: 0 PID: 101 at include/linux/alloc_tag.h:137 alloc_tag_sub\n");
    }

    @Test
    void stringGetSizeWritesTheKernelTextIntoTheBuffer() {
        RunResult r = run("""
                int main(void)
                {
                        char buf[16];
                        int n = string_get_size(1100, 1, STRING_UNITS_2 | STRING_UNITS_NO_SPACE, buf, sizeof(buf));

                        pr_info("%s %d\\n", buf, n);
                        return 0;
                }
                """);
        assertThat(r.console()).contains("1.07KiB 7\n");
    }

    @Test
    void sysctlWriteTurnsAccountingOffForLaterAllocations() {
        RunResult r = run("""
                int main(void)
                {
                        void *a;

                        mem_profiling_sysctl_write(0);
                        a = kmalloc(8, GFP_KERNEL);
                        pr_info("enabled=%d rejected=%d\\n", mem_profiling_sysctl_read(), mem_profiling_sysctl_write(2));
                        show_allocinfo();
                        return 0;
                }
                """);
        assertThat(r.console()).contains("enabled=0 rejected=-22\n").contains("           0        0 doc.rst:25 func:main \n");
    }
}
