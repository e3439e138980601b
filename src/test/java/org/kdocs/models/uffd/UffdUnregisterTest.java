package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdocs.models.uffd.Uapi.*;
import static org.kdocs.models.uffd.VmFlags.*;

import org.junit.jupiter.api.Test;

/**
 * UFFDIO_UNREGISTER as userfaultfd_unregister() in fs/userfaultfd.c (Linux 6.12.118) does it: a first
 * loop that runs vma_can_userfault() (include/linux/userfaultfd_k.h) on every VMA in the range with
 * the VMA's own flags, a second loop that clears every registered VMA whatever context owns it.
 */
class UffdUnregisterTest {
    private static final long RW = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE;
    private static final long BASE = 0x7f0000000000L;

    private final UffdModel mm = new UffdModel();

    private Userfaultfd handshaken(long features) {
        Userfaultfd ctx = mm.userfaultfd(0);
        assertThat(mm.api(ctx, UFFD_API, features, false).ret()).isZero();
        return ctx;
    }

    /*
     * Issue 21 item 1: the first loop of userfaultfd_unregister() jumps to out_unlock with ret still
     * -EINVAL when vma_can_userfault(cur, cur->vm_flags, wp_async) fails. An unregistered page-cache
     * file VMA has no uffd bits, and its vm_ops make it neither anonymous, shmem nor hugetlb, so the
     * check fails and nothing in the range is unregistered.
     */
    @Test
    void unregisteringOverAPageCacheFileMappingIsInvalidAndChangesNothing() {
        Vma anon = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        mm.mmap(BASE + 0x4000, 0x4000, VmaKind.FILE, RW | VM_SHARED);
        Userfaultfd ctx = handshaken(0);
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isZero();
        assertThat(mm.unregister(ctx, BASE, 0x8000)).isEqualTo(-EINVAL);
        assertThat(anon.flags() & UFFD_FLAGS).isEqualTo(VM_UFFD_MISSING);
        assertThat(anon.owner()).isSameAs(ctx);
        assertThat(mm.unregister(ctx, BASE, 0x4000)).isZero();
        assertThat(anon.flags() & UFFD_FLAGS).isZero();
    }

    /*
     * The same check passes a file VMA registered WP by a WP_ASYNC context: its vm_flags hold exactly
     * VM_UFFD_WP and wp_async comes from the unregistering context (userfaultfd_wp_async_ctx(ctx)).
     * A VM_PFNMAP mapping fails it whatever the flags (the VM_SPECIAL test).
     */
    @Test
    void theCheckUsesTheVmasOwnFlagsAndTheUnregisteringContext() {
        Vma file = mm.mmap(BASE, 0x4000, VmaKind.FILE, RW | VM_SHARED);
        mm.mmap(BASE + 0x10000, 0x4000, VmaKind.ANONYMOUS, RW | VM_PFNMAP);
        Userfaultfd async = handshaken(FEATURE_WP_ASYNC);
        assertThat(mm.register(async, BASE, 0x4000, REGISTER_MODE_WP).ret()).isZero();
        assertThat(mm.unregister(handshaken(0), BASE, 0x4000)).isEqualTo(-EINVAL);
        assertThat(mm.unregister(async, BASE, 0x4000)).isZero();
        assertThat(file.flags() & UFFD_FLAGS).isZero();
        assertThat(mm.unregister(async, BASE + 0x10000, 0x4000)).isEqualTo(-EINVAL);
    }

    /*
     * Issue 21 item 2: the second loop skips only VMAs with no context (!vma->vm_userfaultfd_ctx.ctx)
     * and calls userfaultfd_clear_vma() (mm/userfaultfd.c) on the others without comparing the owner
     * with ctx. A second userfaultfd of the same mm thus unregisters the first one's range, and may then
     * register it: the -EBUSY test of userfaultfd_register() finds no owner any more.
     */
    @Test
    void aSecondContextOfTheSameMmUnregistersTheFirstOnesRangeAndMayThenRegisterIt() {
        Vma vma = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd first = handshaken(0);
        Userfaultfd second = handshaken(0);
        assertThat(mm.register(first, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isZero();
        assertThat(mm.register(second, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EBUSY);
        assertThat(mm.unregister(second, BASE, 0x4000)).isZero();
        assertThat(vma.owner()).isNull();
        assertThat(vma.flags() & UFFD_FLAGS).isZero();
        assertThat(mm.register(second, BASE, 0x4000, REGISTER_MODE_WP).ret()).isZero();
        assertThat(vma.owner()).isSameAs(second);
    }

    /*
     * The wake goes to the VMA's own context (wake_userfault(vma->vm_userfaultfd_ctx.ctx, ...)), and
     * only for VMAs registered MISSING (userfaultfd_missing(vma)).
     */
    @Test
    void unregisteringWakesTheOwnersMissingFaultsOnly() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        mm.mmap(BASE + 0x10000, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd first = handshaken(0);
        mm.register(first, BASE, 0x4000, REGISTER_MODE_MISSING);
        mm.register(first, BASE + 0x10000, 0x4000, REGISTER_MODE_WP);
        mm.fault(BASE, false, true);
        mm.fault(BASE + 0x10000, true, true);
        mm.writeProtect(first, BASE + 0x10000, 0x1000, true);
        mm.fault(BASE + 0x10000, true, true);
        assertThat(first.blockedFaults()).hasSize(2);
        Userfaultfd second = handshaken(0);
        assertThat(mm.unregister(second, BASE, 0x20000)).isZero();
        assertThat(first.blockedFaults()).extracting(Userfaultfd.FaultMessage::address)
                .containsExactly(BASE + 0x10000);
    }

    /*
     * userfaultfd_clear_vma() resets the uffd-wp bit of the range's PTEs (uffd_wp_range(..., false))
     * before dropping VM_UFFD_WP, so a later WP registration starts with writable pages.
     */
    @Test
    void unregisteringDropsTheWriteProtectionOfThePages() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken(0);
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_WP);
        mm.fault(BASE, true, true);
        mm.writeProtect(ctx, BASE, 0x1000, true);
        assertThat(mm.pteUffdWp(BASE)).isTrue();
        assertThat(mm.unregister(ctx, BASE, 0x4000)).isZero();
        assertThat(mm.pteUffdWp(BASE)).isFalse();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_WP);
        assertThat(mm.fault(BASE, true, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MAPPED);
    }

    /* As in register, a hugetlb first VMA needs a huge-page-aligned start. */
    @Test
    void unregisteringHugetlbfsFromAnUnalignedStartIsInvalid() {
        mm.mmap(BASE, 4L << 20, VmaKind.HUGETLB, RW | VM_SHARED);
        Userfaultfd ctx = handshaken(0);
        mm.register(ctx, BASE, 4L << 20, REGISTER_MODE_MISSING);
        assertThat(mm.unregister(ctx, BASE + 0x1000, 2L << 20)).isEqualTo(-EINVAL);
        assertThat(mm.unregister(ctx, BASE, 2L << 20)).isZero();
    }
}
