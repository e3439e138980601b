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
                        int fd = userfaultfd(UFFD_USER_MODE_ONLY);

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

    /*
     * Issue 21 items 1 and 3 and the newly expressible calls, from C: userfaultfd() refuses kernel-fault
     * handling to an unprivileged caller (-EPERM, userfaultfd_syscall_allowed()) and unknown flags
     * (-EINVAL, new_userfaultfd()); UFFDIO_UNREGISTER over a page-cache file mapping fails the
     * vma_can_userfault() loop of userfaultfd_unregister() (-EINVAL); under WP_ASYNC a write to a
     * write-protected page is resolved in do_wp_page() (mm/memory.c) with no message; a kernel-mode
     * access to a UFFD_USER_MODE_ONLY range gets VM_FAULT_SIGBUS from handle_userfault(), which the
     * uaccess turns into -EFAULT.
     */
    @Test
    void cExampleShowsSyscallErrorsUnregisterOverAFileWpAsyncAndKernelModeFaults() {
        RunResult r = run("""
                #define RW (VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE)

                int main(void)
                {
                        unsigned long anon = uffd_mmap(UFFD_VMA_ANON, 0x7f0000000000UL, 0x4000, RW);
                        unsigned long file = uffd_mmap(UFFD_VMA_FILE, 0x7f0000004000UL, 0x4000, RW | VM_SHARED);
                        int fd;

                        pr_info("plain %d\\n", userfaultfd(O_CLOEXEC));
                        pr_info("bad flag %d\\n", userfaultfd(UFFD_USER_MODE_ONLY | 0x4));
                        fd = userfaultfd(UFFD_USER_MODE_ONLY | O_CLOEXEC);
                        uffdio_api(fd, UFFD_API, UFFD_FEATURE_WP_ASYNC);
                        pr_info("register %d\\n", uffdio_register(fd, anon, 0x4000, UFFDIO_REGISTER_MODE_WP));
                        pr_info("unregister both %d\\n", uffdio_unregister(fd, anon, 0x8000));
                        uffd_touch(anon, 1);
                        uffdio_writeprotect(fd, anon, 0x1000, 1);
                        pr_info("wp %d\\n", uffd_pagemap_wp(anon));
                        pr_info("write %ld\\n", uffd_touch(anon, 1));
                        pr_info("wp %d messages %d\\n", uffd_pagemap_wp(anon), uffd_read(fd));
                        pr_info("unregister anon %d\\n", uffdio_unregister(fd, anon, 0x4000));
                        uffdio_register(fd, anon, 0x4000, UFFDIO_REGISTER_MODE_MISSING);
                        pr_info("kernel %ld\\n", uffd_touch_kernel(anon + 0x1000, 1));
                        pr_info("user %ld\\n", uffd_touch(anon + 0x1000, 1));
                        return uffd_read(fd) - 1;
                }
                """);
        assertThat(r.console()).isEqualTo("plain -1\n" + "bad flag -22\n" + "register 0\n" + "unregister both -22\n"
                + "wp 1\n" + "write -1\n" + "wp 0 messages 0\n" + "unregister anon 0\n" + "kernel -14\n"
                + "user 1\n" + "UFFD_EVENT_PAGEFAULT flags=0x1 address=0x7f0000001000\n");
    }
}
