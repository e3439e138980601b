package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

class PtcBuiltinsTest {

    private static RunResult run(String source) {
        Builtins builtins = Builtins.standard();
        PtcBuiltins.install(builtins, () -> PageTableCheck.builder().build());
        CProgram.Compilation c = CProgram.compile(source, Origin.of("doc.rst", 40), builtins);
        assertThat(c.errors()).isEmpty();
        return c.program().run(RunOptions.builder().build()).first();
    }

    @Test
    void cExampleThatMapsAForkSharedPageWritableEndsInTheKernelBug() {
        RunResult r = run("""
                int main(void)
                {
                        unsigned long p = ptc_alloc_pages(PTC_ANON, 0);
                        int parent = ptc_mm_new();
                        int child;

                        ptc_set_pte(parent, 1, p, PTC_WRITE);
                        child = ptc_fork(parent);
                        pr_info("anon_map_count=%d\\n", ptc_anon_map_count(p));
                        ptc_set_pte(child, 1, p, PTC_WRITE);
                        pr_info("not reached\\n");
                        return 0;
                }
                """);
        assertThat(r.outcome()).isInstanceOf(Outcome.Fault.class);
        assertThat(r.outcome().message()).isEqualTo("kernel BUG at mm/page_table_check.c:127!");
        assertThat(r.console()).contains("anon_map_count=2\n")
                .contains("------------[ cut here ]------------\nkernel BUG at mm/page_table_check.c:127!\n")
                .doesNotContain("not reached");
    }

    @Test
    void anEntrySetBehindTheChecksBackDrivesTheAnonCountBelowZeroOnClear() {
        RunResult r = run("""
                int main(void)
                {
                        unsigned long p = ptc_alloc_pages(PTC_ANON, 0);
                        int mm = ptc_mm_new();

                        ptc_set_pte_unchecked(mm, 1, p, PTC_WRITE);
                        pr_info("anon_map_count=%d\\n", ptc_anon_map_count(p));
                        ptc_clear_pte(mm, 1);
                        pr_info("not reached\\n");
                        return 0;
                }
                """);
        assertThat(r.outcome()).isInstanceOf(Outcome.Fault.class);
        assertThat(r.outcome().message()).isEqualTo("kernel BUG at mm/page_table_check.c:87!");
        assertThat(r.console()).contains("anon_map_count=0\n").doesNotContain("not reached");
    }

    @Test
    void cExampleWithinTheRulesCompletesAndCanDumpTheState() {
        RunResult r = run("""
                int main(void)
                {
                        unsigned long q = ptc_alloc_pages(PTC_FILE, 0);
                        int a = ptc_mm_new();
                        int b = ptc_mm_new();

                        ptc_set_pte(a, 1, q, PTC_WRITE);
                        ptc_set_pte(b, 7, q, PTC_WRITE);
                        ptc_clear_pte(a, 1);
                        ptc_dump();
                        return 0;
                }
                """);
        assertThat(r.outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(r.console()).isEqualTo("""
                page_table_check: enabled
                pfn 0x1000 file anon_map_count=0 file_map_count=1
                mm2 pte[7] pfn 0x1000 present user rw
                """);
    }

    @Test
    void uffdWpWarningIsPrintedAndTheRunGoesOn() {
        RunResult r = run("""
                int main(void)
                {
                        unsigned long p = ptc_alloc_pages(PTC_ANON, 0);

                        ptc_set_pte(ptc_mm_new(), 1, p, PTC_WRITE | PTC_UFFD_WP);
                        pr_info("done\\n");
                        return 0;
                }
                """);
        assertThat(r.outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(r.console()).contains("WARNING: CPU: 0 PID: 101 at mm/page_table_check.c:218 page_table_check_pte_flags+0x0/0x10\n")
                .endsWith("done\n");
    }

    @Test
    void unknownMmIdStopsTheRunWithAClearMessage() {
        RunResult r = run("""
                int main(void)
                {
                        ptc_clear_pte(5, 1);
                        return 0;
                }
                """);
        assertThat(r.outcome().message()).contains("mm id 5");
    }
}
