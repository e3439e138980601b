package org.kdocs.models.uffd;

/**
 * What backs a VMA, as vma_can_userfault() distinguishes it: anonymous (no vm_ops; MAP_PRIVATE|
 * MAP_ANONYMOUS), shmem (MAP_SHARED|MAP_ANONYMOUS, tmpfs, memfd; shared or private), hugetlbfs,
 * or a regular page-cache file such as ext4.
 */
public enum VmaKind {
    ANONYMOUS,
    SHMEM,
    HUGETLB,
    FILE
}
