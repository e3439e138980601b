package org.kdocs.models.alloctag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

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
        assertThat(r.console()).isEqualTo("allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "           0        0 doc.rst:29 func:main \n"
                + "           0        0 doc.rst:30 func:main \n"
                + "          96        1 doc.rst:24 func:grab \n"
                + "        4096        1 doc.rst:35 func:main \n");
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
