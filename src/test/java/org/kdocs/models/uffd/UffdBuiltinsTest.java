package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

class UffdBuiltinsTest {

    private static RunResult run(String source) {
        Builtins builtins = Builtins.standard();
        UffdBuiltins.install(builtins, UffdModel::new);
        CProgram.Compilation c = CProgram.compile(source, Origin.of("doc.rst", 1), builtins);
        assertThat(c.errors()).isEmpty();
        RunResult r = c.program().run(RunOptions.builder().build()).first();
        assertThat(r.outcome()).as(r.console()).isInstanceOf(Outcome.Completed.class);
        return r;
    }

    @Test
    void cExampleRegistersMinorOnShmemAndSeesAMinorFault() {
        RunResult r = run("""
                int main(void)
                {
                        unsigned long area = uffd_mmap(UFFD_VMA_SHMEM, 0x7f0000000000UL, 0x4000,
                                                       VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE | VM_SHARED);
                        int fd = userfaultfd(0);

                        pr_info("api %d\\n", uffdio_api(fd, UFFD_API, 0));
                        pr_info("anon minor %d\\n", uffdio_register(fd, area, 0x4000, UFFDIO_REGISTER_MODE_MINOR));
                        pr_info("ioctls %llx\\n", uffd_last_ioctls());
                        uffd_populate_page_cache(area);
                        pr_info("fault %ld\\n", uffd_touch(area, 1));
                        pr_info("continue %d\\n", uffdio_continue(fd, area, 0x1000, 0));
                        pr_info("again %ld\\n", uffd_touch(area, 1));
                        return 0;
                }
                """);
        assertThat(r.console()).contains("api 0\n", "anon minor 0\n", "ioctls 1bc\n", "fault 5\n", "continue 0\n",
                "again -1\n");
    }

    @Test
    void flagCheckFlagsTheHistoricalMinorValue() {
        RunResult r = run("""
                int main(void)
                {
                        pr_info("6.12: %d\\n", uffd_check_vm_flags());
                        uffd_define_vm_flag("VM_UFFD_MINOR", 0x00002000);
                        pr_info("v2 patch: %d\\n", uffd_check_vm_flags());
                        return 0;
                }
                """);
        assertThat(r.console()).contains("6.12: 0\n")
                .contains("vm_flags: VM_LOCKED (0x2000) and VM_UFFD_MINOR (0x2000) share bit 13 (0x2000)\n")
                .contains("v2 patch: 1\n");
    }
}
