package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 6.12 vma_can_userfault matrix of the specification (section C.4), row by row. */
class VmaCanUserfaultTest {
    private static final long RW = VmFlags.VM_READ | VmFlags.VM_WRITE | VmFlags.VM_MAYREAD | VmFlags.VM_MAYWRITE;

    @ParameterizedTest(name = "{0}: missing={1} wp={2} minor={3} wp-async={4}")
    @CsvSource({
        "private anonymous, yes, yes, no, yes",
        "shmem, yes, yes, yes, yes",
        "hugetlbfs, yes, yes, yes, yes",
        "regular file, no, no, no, yes",
        "VM_SPECIAL, no, no, no, no",
        "hugetlbfs with VM_IO, yes, yes, yes, yes",
        "shadow stack, no, no, no, no",
        "no pte markers shmem, yes, no, yes, no",
        "no pte markers hugetlbfs, yes, no, yes, no"})
    void registrationMatrixRowHolds(String row, String missing, String wp, String minor, String wpAsync) {
        UffdModel model = new UffdModel(row.startsWith("no pte markers")
                ? new UffdModel.Config(true, true, false, Uapi.TASK_SIZE) : UffdModel.Config.x86_64());
        Vma vma = switch (row) {
            case "private anonymous" -> model.mmap(0x10000, 0x1000, VmaKind.ANONYMOUS, RW);
            case "shmem", "no pte markers shmem" -> model.mmap(0x10000, 0x1000, VmaKind.SHMEM, RW | VmFlags.VM_SHARED);
            case "hugetlbfs", "no pte markers hugetlbfs" -> model.mmap(0x200000, 0x200000, VmaKind.HUGETLB, RW);
            case "regular file" -> model.mmap(0x10000, 0x1000, VmaKind.FILE, RW | VmFlags.VM_SHARED);
            case "VM_SPECIAL" -> model.mmap(0x10000, 0x1000, VmaKind.FILE, RW | VmFlags.VM_MIXEDMAP);
            case "hugetlbfs with VM_IO" -> model.mmap(0x200000, 0x200000, VmaKind.HUGETLB, RW | VmFlags.VM_IO);
            default -> model.mmap(0x10000, 0x1000, VmaKind.ANONYMOUS, RW | VmFlags.VM_SHADOW_STACK);
        };
        boolean async = !row.startsWith("no pte markers");
        assertThat(model.vmaCanUserfault(vma, VmFlags.VM_UFFD_MISSING, false)).isEqualTo(missing.equals("yes"));
        assertThat(model.vmaCanUserfault(vma, VmFlags.VM_UFFD_WP, false)).isEqualTo(wp.equals("yes"));
        assertThat(model.vmaCanUserfault(vma, VmFlags.VM_UFFD_MINOR, false)).isEqualTo(minor.equals("yes"));
        assertThat(async && model.vmaCanUserfault(vma, VmFlags.VM_UFFD_WP, true)).isEqualTo(wpAsync.equals("yes"));
    }
}
