package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdocs.models.uffd.Uapi.*;
import static org.kdocs.models.uffd.VmFlags.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The userfaultfd scenarios U1-U22 of the specification (section C.6), on x86-64 defaults. */
class UffdScenariosTest {
    private static final long RW = VM_READ | VM_WRITE | VM_MAYREAD | VM_MAYWRITE;
    private static final long SHARED_RW = RW | VM_SHARED;
    private static final long MB2 = 2L << 20;
    private static final long BASE = 0x7f0000000000L;

    private final UffdModel mm = new UffdModel();

    private Userfaultfd handshaken() {
        Userfaultfd ctx = mm.userfaultfd(0);
        assertThat(mm.api(ctx, UFFD_API, 0, false).ret()).isZero();
        return ctx;
    }

    @Test
    void u1AnyIoctlBeforeTheHandshakeIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = mm.userfaultfd(0);
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
        assertThat(mm.unregister(ctx, BASE, 0x4000)).isEqualTo(-EINVAL);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, 0)).isEqualTo(-EINVAL);
        assertThat(mm.writeProtect(ctx, BASE, 0x1000, true)).isEqualTo(-EINVAL);
    }

    @Test
    void u2WrongApiVersionIsInvalidAndReturnsAZeroedStruct() {
        assertThat(mm.api(mm.userfaultfd(0), 0xAB, 0, false)).isEqualTo(new UffdModel.ApiResult(-EINVAL, 0, 0));
    }

    @Test
    void u3EventForkWithoutCapSysPtraceIsNotPermitted() {
        Userfaultfd ctx = mm.userfaultfd(0);
        assertThat(mm.api(ctx, UFFD_API, FEATURE_EVENT_FORK, false).ret()).isEqualTo(-EPERM);
        assertThat(ctx.initialized()).isFalse();
        assertThat(mm.api(ctx, UFFD_API, FEATURE_EVENT_FORK, true).ret()).isZero();
    }

    @Test
    void u4WpAsyncAddsWpUnpopulatedAndTheFullSetIsOffered() {
        Userfaultfd ctx = mm.userfaultfd(0);
        assertThat(mm.api(ctx, UFFD_API, FEATURE_WP_ASYNC, false))
                .isEqualTo(new UffdModel.ApiResult(0, 0x1FFFF, 0x8000000000000003L));
        assertThat(ctx.features()).isEqualTo(FEATURE_WP_ASYNC | FEATURE_WP_UNPOPULATED | FEATURE_INITIALIZED);
    }

    @Test
    void u5ASecondHandshakeIsInvalid() {
        Userfaultfd ctx = handshaken();
        assertThat(mm.api(ctx, UFFD_API, 0, false).ret()).isEqualTo(-EINVAL);
    }

    @Test
    void u6RegisterWithModeZeroOrAnUnknownBitIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        assertThat(mm.register(ctx, BASE, 0x4000, 0).ret()).isEqualTo(-EINVAL);
        assertThat(mm.register(ctx, BASE, 0x4000, 0x8).ret()).isEqualTo(-EINVAL);
    }

    @Test
    void u7MissingOnPrivateAnonymousMemorySetsTheFlagAndReturnsRangeIoctls() {
        Vma vma = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        UffdModel.RegisterResult r = mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(r).isEqualTo(new UffdModel.RegisterResult(0, 0x13C));
        assertThat(vma.flags() & UFFD_FLAGS).isEqualTo(0x200);
        assertThat(VmFlags.mnemonics(vma.flags())).isEqualTo("um");
    }

    @Test
    void u8MinorOnPrivateAnonymousMemoryIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        assertThat(mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_MINOR).ret()).isEqualTo(-EINVAL);
    }

    @Test
    void u9MinorOnSharedOrPrivateShmemSetsBit38() {
        Vma shared = mm.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Vma priv = mm.mmap(BASE + 0x10000, 0x4000, VmaKind.SHMEM, RW);
        Userfaultfd ctx = handshaken();
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MINOR)).isEqualTo(new UffdModel.RegisterResult(0, 0x1BC));
        assertThat(mm.register(ctx, BASE + 0x10000, 0x4000, REGISTER_MODE_MINOR).ret()).isZero();
        assertThat(shared.flags() & UFFD_FLAGS).isEqualTo(1L << 38);
        assertThat(priv.flags() & UFFD_FLAGS).isEqualTo(1L << 38);
    }

    @Test
    void u10AllModesOnAlignedHugetlbfsReturnTheBasicIoctls() {
        Vma vma = mm.mmap(BASE, 2 * MB2, VmaKind.HUGETLB, SHARED_RW);
        UffdModel.RegisterResult r = mm.register(handshaken(), BASE, 2 * MB2,
                REGISTER_MODE_MISSING | REGISTER_MODE_WP | REGISTER_MODE_MINOR);
        assertThat(r).isEqualTo(new UffdModel.RegisterResult(0, 0x1CC));
        assertThat(vma.flags() & UFFD_FLAGS).isEqualTo(UFFD_FLAGS);
    }

    @Test
    void u11HugetlbfsRangeNotAlignedToTheHugePageIsInvalid() {
        mm.mmap(BASE, 2 * MB2, VmaKind.HUGETLB, SHARED_RW);
        Userfaultfd ctx = handshaken();
        assertThat(mm.register(ctx, BASE + 0x1000, MB2, REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
        assertThat(mm.register(ctx, BASE, MB2 + 0x1000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
        assertThat(mm.register(ctx, BASE, MB2, REGISTER_MODE_MISSING).ret()).isZero();
    }

    @Test
    void u12WpOnARegularFileNeedsWpAsync() {
        mm.mmap(BASE, 0x4000, VmaKind.FILE, SHARED_RW);
        assertThat(mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_WP).ret()).isEqualTo(-EINVAL);
        Userfaultfd async = mm.userfaultfd(0);
        assertThat(mm.api(async, UFFD_API, FEATURE_WP_ASYNC, false).ret()).isZero();
        assertThat(mm.register(async, BASE, 0x4000, REGISTER_MODE_WP).ret()).isZero();
        assertThat(mm.register(async, BASE, 0x4000, REGISTER_MODE_WP | REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
    }

    @Test
    void u13MissingOnPfnmapOrIoMappingsIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.FILE, SHARED_RW | VM_PFNMAP);
        mm.mmap(BASE + 0x10000, 0x4000, VmaKind.ANONYMOUS, RW | VM_IO);
        Userfaultfd ctx = handshaken();
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
        assertThat(mm.register(ctx, BASE + 0x10000, 0x4000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
    }

    @Test
    void u14SharedMappingWithoutMayWriteIsNotPermitted() {
        mm.mmap(BASE, 0x4000, VmaKind.SHMEM, VM_READ | VM_MAYREAD | VM_SHARED);
        assertThat(mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EPERM);
    }

    @Test
    void u15RangeOwnedByAnotherUserfaultfdIsBusy() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        assertThat(mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isZero();
        assertThat(mm.register(handshaken(), BASE, 0x2000, REGISTER_MODE_MISSING).ret()).isEqualTo(-EBUSY);
    }

    @Test
    void u16ReRegisteringASubsetOfTheModesKeepsTheOthers() {
        Vma vma = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING | REGISTER_MODE_WP);
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isZero();
        assertThat(vma.flags() & UFFD_FLAGS).isEqualTo(VM_UFFD_MISSING | VM_UFFD_WP);
    }

    @Test
    void u17ReRegisteringOtherModesReplacesTheOldOnes() {
        Vma vma = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(mm.register(ctx, BASE, 0x4000, REGISTER_MODE_WP).ret()).isZero();
        assertThat(vma.flags() & UFFD_FLAGS).isEqualTo(VM_UFFD_WP);
    }

    @Test
    void u18MinorFaultOnACachedShmemPageReportsMinorAndWrite() {
        mm.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MINOR);
        mm.populatePageCache(BASE);
        mm.populatePageCache(BASE + 0x1000);
        assertThat(mm.fault(BASE + 0x10, false, true)).isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MESSAGE, 0x4));
        assertThat(mm.fault(BASE + 0x1010, true, true)).isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MESSAGE, 0x5));
        assertThat(ctx.readMessages()).containsExactly(
                new Userfaultfd.FaultMessage(0x4, BASE), new Userfaultfd.FaultMessage(0x5, BASE + 0x1000));
    }

    @Test
    void u19MissingFaultOnAnAbsentShmemPageReportsMissing() {
        mm.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(mm.fault(BASE, false, true).flags()).isZero();
        assertThat(mm.fault(BASE + 0x1000, true, true)).isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MESSAGE, 0x1));
        assertThat(ctx.readMessages()).extracting(Userfaultfd.FaultMessage::flags).containsExactly(0L, 1L);
    }

    @Test
    void u20ContinueOnPrivateAnonymousMemoryIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, 0)).isEqualTo(-EINVAL);
    }

    @Test
    void u21ContinueWithModeWpOnAVmaWithoutUffdWpIsInvalid() {
        mm.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MINOR);
        mm.populatePageCache(BASE);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, CONTINUE_MODE_WP)).isEqualTo(-EINVAL);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, 0)).isZero();
    }

    @Test
    void u22DroppableAnonymousMemoryAcceptsMissingBecauseTheCheckIsDead() {
        Vma vma = mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW | VM_DROPPABLE);
        assertThat(mm.register(handshaken(), BASE, 0x4000, REGISTER_MODE_MISSING).ret()).isZero();
        assertThat(vma.flags() & VM_UFFD_MISSING).isNotZero();
    }

    @Test
    void continueResolvesAMinorFaultAndWakesTheWaiter() {
        mm.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MINOR);
        mm.populatePageCache(BASE);
        mm.fault(BASE, false, true);
        assertThat(ctx.blockedFaults()).hasSize(1);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, 0)).isZero();
        assertThat(ctx.blockedFaults()).isEmpty();
        assertThat(mm.fault(BASE, true, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MAPPED);
        assertThat(mm.continueRange(ctx, BASE, 0x1000, 0)).isEqualTo(-EEXIST);
        assertThat(mm.continueRange(ctx, BASE + 0x1000, 0x1000, 0)).isEqualTo(-EFAULT);
    }

    @Test
    void registeringPartOfAVmaSplitsIt() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        mm.register(handshaken(), BASE + 0x1000, 0x1000, REGISTER_MODE_MISSING);
        assertThat(mm.vmas()).extracting(v -> v.flags() & UFFD_FLAGS).containsExactly(0L, VM_UFFD_MISSING, 0L);
    }

    @Test
    void writeProtectedPageReportsAWpFaultOnWrite() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_WP);
        assertThat(mm.fault(BASE, true, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MAPPED);
        assertThat(mm.writeProtect(ctx, BASE, 0x1000, true)).isZero();
        assertThat(mm.fault(BASE, false, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MAPPED);
        assertThat(mm.fault(BASE, true, true)).isEqualTo(new UffdModel.FaultResult(UffdModel.FaultOutcome.MESSAGE, 0x3));
    }

    @Test
    void sigbusFeatureAndUserModeOnlyTurnFaultsIntoSigbus() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = mm.userfaultfd(USER_MODE_ONLY);
        mm.api(ctx, UFFD_API, 0, false);
        mm.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING);
        assertThat(mm.fault(BASE, false, false).outcome()).isEqualTo(UffdModel.FaultOutcome.SIGBUS);
        assertThat(mm.fault(BASE, false, true).outcome()).isEqualTo(UffdModel.FaultOutcome.MESSAGE);
    }

    @Test
    void kernelWithoutPteMarkersRejectsWpOnShmemAndOffersNoWpAsync() {
        UffdModel old = new UffdModel(new UffdModel.Config(true, true, false, TASK_SIZE));
        old.mmap(BASE, 0x4000, VmaKind.SHMEM, SHARED_RW);
        Userfaultfd ctx = old.userfaultfd(0);
        assertThat(old.api(ctx, UFFD_API, FEATURE_WP_ASYNC, false).ret()).isEqualTo(-EINVAL);
        assertThat(old.api(ctx, UFFD_API, 0, false).features()).isEqualTo(0x1FFFF & ~0xB000L);
        assertThat(old.register(ctx, BASE, 0x4000, REGISTER_MODE_WP).ret()).isEqualTo(-EINVAL);
        assertThat(old.register(ctx, BASE, 0x4000, REGISTER_MODE_MISSING | REGISTER_MODE_MINOR).ret()).isZero();
    }

    @Test
    void rangesMustBePageAlignedNonEmptyAndBelowTheTaskSize() {
        mm.mmap(BASE, 0x4000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        for (long[] range : List.of(new long[] {BASE + 1, 0x1000}, new long[] {BASE, 0}, new long[] {BASE, 0x1001},
                new long[] {TASK_SIZE, 0x1000}, new long[] {TASK_SIZE - 0x1000, 0x2000}, new long[] {0x1000, 0x1000})) {
            assertThat(mm.register(ctx, range[0], range[1], REGISTER_MODE_MISSING).ret()).isEqualTo(-EINVAL);
        }
    }

    @Test
    void writeProtectingTheWholeAddressSpaceOnlyTouchesMappedPages() {
        mm.mmap(0x1000, TASK_SIZE - 0x1000, VmaKind.ANONYMOUS, RW);
        Userfaultfd ctx = handshaken();
        assertThat(mm.register(ctx, 0x1000, TASK_SIZE - 0x1000, REGISTER_MODE_WP).ret()).isZero();
        mm.fault(BASE, true, true);
        assertThat(mm.writeProtect(ctx, 0x1000, TASK_SIZE - 0x1000, true)).isZero();
        assertThat(mm.fault(BASE, true, true).flags()).isEqualTo(PAGEFAULT_FLAG_WP | PAGEFAULT_FLAG_WRITE);
    }
}
