package org.kdocs.models.uffd;

import java.util.HashSet;
import java.util.Set;

/**
 * A VMA of the modelled mm: range, kind, vm_flags, huge page size for hugetlb, the userfaultfd context
 * it is registered with, and per page whether the page cache holds it, whether a PTE maps it and
 * whether that PTE is uffd write-protected.
 */
public final class Vma {
    private long start;
    private long end;
    private final VmaKind kind;
    private long flags;
    private final long pageSize;
    private Userfaultfd owner;
    final Set<Long> cached;
    final Set<Long> mapped;
    final Set<Long> writeProtected;

    Vma(long start, long end, VmaKind kind, long flags, long pageSize) {
        this(start, end, kind, flags, pageSize, new HashSet<>(), new HashSet<>(), new HashSet<>());
    }

    private Vma(long start, long end, VmaKind kind, long flags, long pageSize, Set<Long> cached, Set<Long> mapped,
            Set<Long> writeProtected) {
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.flags = kind == VmaKind.HUGETLB ? flags | VmFlags.VM_HUGETLB : flags;
        this.pageSize = pageSize;
        this.cached = cached;
        this.mapped = mapped;
        this.writeProtected = writeProtected;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public VmaKind kind() {
        return kind;
    }

    public long flags() {
        return flags;
    }

    /** vma_kernel_pagesize(): the huge page size for hugetlb, PAGE_SIZE otherwise. */
    public long pageSize() {
        return pageSize;
    }

    public Userfaultfd owner() {
        return owner;
    }

    public boolean contains(long address) {
        return address >= start && address < end;
    }

    void setFlags(long flags) {
        this.flags = flags;
    }

    void setOwner(Userfaultfd owner) {
        this.owner = owner;
    }

    /** Splits at {@code at} (inside the VMA): this keeps [start, at), the result is [at, end). */
    Vma splitAt(long at) {
        Vma upper = new Vma(at, end, kind, flags, pageSize, cached, mapped, writeProtected);
        upper.owner = owner;
        this.end = at;
        return upper;
    }

    /** Drops the uffd-wp bit of every page of this VMA (uffd_wp_range(..., false)). */
    void clearWriteProtection() {
        writeProtected.removeIf(page -> page >= start && page < end);
    }

    long pageOf(long address) {
        return address & -pageSize;
    }

    @Override
    public String toString() {
        return String.format("%x-%x %s flags=0x%x %s", start, end, kind.name().toLowerCase(), flags,
                VmFlags.mnemonics(flags)).strip();
    }
}
