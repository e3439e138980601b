package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdocs.models.uffd.Uapi.*;
import static org.kdocs.models.uffd.VmFlags.*;

import org.junit.jupiter.api.Test;

/** Fault handling and context creation of Linux 6.12.118: WP_ASYNC, UFFD_USER_MODE_ONLY, userfaultfd(2). */
class UffdFaultPathTest {
    private static final long RW = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE;
    private static final long BASE = 0x7f0000000000L;

    private final UffdModel mm = new UffdModel();

    private Userfaultfd handshaken(long flags, long features) {
        Userfaultfd ctx = mm.userfaultfd(flags);
        assertThat(mm.api(ctx, UFFD_API, features, false).ret()).isZero();
        return ctx;
    }

    /*
     * Issue 21 item 3: do_wp_page() (mm/memory.c) meets a PTE with the uffd-wp bit; when
     * userfaultfd_wp_async(vma) holds it clears the bit (pte_clear_uffd_wp + set_pte_at) and goes on
     * with the write instead of calling handle_userfault(vmf, VM_UFFD_WP). No message is queued and
     * nobody sleeps; the pagemap's uffd-wp bit reads 0 afterwards.
     */
    @Test
    void withWpAsyncAWriteToAProtectedPageDropsTheProtectionWithoutAMessage() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        mm.mmap(BASE + 0x10000, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd async = handshaken(0, FEATURE_WP_ASYNC);
        Userfaultfd sync = handshaken(0, 0);
        mm.register(async, BASE, 0x4000, REGISTER_MODE_WP);
        mm.register(sync, BASE + 0x10000, 0x4000, REGISTER_MODE_WP);
        for (long page : new long[] {BASE, BASE + 0x10000}) {
            mm.fault(page, true, true);
        }
        mm.writeProtect(async, BASE, 0x1000, true);
        mm.writeProtect(sync, BASE + 0x10000, 0x1000, true);

        assertThat(mm.fault(BASE, true, true)).isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MAPPED, 0));
        assertThat(async.readMessages()).isEmpty();
        assertThat(async.blockedFaults()).isEmpty();
        assertThat(mm.pteUffdWp(BASE)).isFalse();

        assertThat(mm.fault(BASE + 0x10000, true, true))
                .isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MESSAGE, PAGEFAULT_FLAG_WP | PAGEFAULT_FLAG_WRITE));
        assertThat(sync.readMessages()).hasSize(1);
        assertThat(mm.pteUffdWp(BASE + 0x10000)).isTrue();
    }

    /*
     * handle_userfault() (fs/userfaultfd.c) returns VM_FAULT_SIGBUS for a fault without
     * FAULT_FLAG_USER when the context was opened with UFFD_USER_MODE_ONLY; a user-mode fault of the
     * same context queues its message.
     */
    @Test
    void userModeOnlyContextsRefuseKernelModeFaults() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken(USER_MODE_ONLY, 0);
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(mm.fault(BASE, true, false).outcome()).isEqualTo(UffdModel.FaultOutcome.SIGBUS);
        assertThat(ctx.readMessages()).isEmpty();
        assertThat(mm.fault(BASE, true, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MESSAGE);
    }

    /*
     * SYSCALL_DEFINE1(userfaultfd) first asks userfaultfd_syscall_allowed(): UFFD_USER_MODE_ONLY is
     * always allowed, otherwise CAP_SYS_PTRACE or vm.unprivileged_userfaultfd (default 0), else -EPERM.
     * new_userfaultfd() then rejects any flag outside O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY with
     * -EINVAL.
     */
    @Test
    void theSystemCallChecksPermissionThenFlags() {
        assertThat(mm.userfaultfdSyscall(0, false).ret()).isEqualTo(-EPERM);
        assertThat(mm.userfaultfdSyscall(0x4, false).ret()).isEqualTo(-EPERM);
        assertThat(mm.userfaultfdSyscall(0x4, true).ret()).isEqualTo(-EINVAL);
        assertThat(mm.userfaultfdSyscall(USER_MODE_ONLY | 0x4, false).ret()).isEqualTo(-EINVAL);
        UffdModel.Opened opened = mm.userfaultfdSyscall(USER_MODE_ONLY | O_CLOEXEC | O_NONBLOCK, false);
        assertThat(opened.ret()).isZero();
        assertThat(opened.ctx()).isNotNull();
        assertThat(mm.userfaultfdSyscall(0, true).ret()).isZero();
        mm.setUnprivilegedUserfaultfd(true);
        assertThat(mm.userfaultfdSyscall(0, false).ret()).isZero();
    }
}
