package org.kdocs.interp;

/** Uninstrumented view of simulated memory for models (little-endian, byte addressed). */
public interface Memory {
    /** Whether {@code size} bytes at {@code address} are mapped and not freed. */
    boolean isValid(long address, int size);

    /** Reads 1, 2, 4 or 8 bytes zero-extended; 0 for an invalid address. */
    long read(long address, int size);

    /** Writes 1, 2, 4 or 8 bytes; returns false (and writes nothing) for an invalid address. */
    boolean write(long address, int size, long value);

    /**
     * Maps a new zeroed region (e.g. a user-space mapping for a model); false if it would overlap an
     * existing one or is larger than 64 MiB.
     */
    boolean map(long address, long size, String name);

    /** Unmaps the region starting at {@code address}; later accesses fault. */
    boolean unmap(long address);

    /** Page frame number of a direct-map (kmalloc/page allocator) address, or -1. */
    long pfnOf(long address);

    /** Direct-map address of a page frame. */
    long addressOfPfn(long pfn);

    /** The {@code struct page} address for a page frame (vmemmap). */
    long pageOfPfn(long pfn);

    /** Inverse of {@link #pageOfPfn}, or -1. */
    long pfnOfPage(long page);
}
