package org.kdocs.models.alloctag;

/**
 * The kmalloc size classes of SLUB on x86-64 with 4 KiB pages (kmalloc-8 .. kmalloc-8k, with the
 * 96 and 192 byte caches), and simple address handout for objects. Larger requests go to the page
 * allocator (kmalloc_large) and are charged as pages.
 */
final class SlabCaches {
    static final long ZERO_SIZE_PTR = 16;
    /** Addresses of large kmallocs are pfn × PAGE_SIZE; slab objects live far below them. */
    static final long LARGE_BASE = 0x1000L * AllocProfiling.PAGE_SIZE;
    private static final int[] KMALLOC_SIZES = {8, 16, 32, 64, 96, 128, 192, 256, 512, 1024, 2048, 4096, 8192};
    private long nextObject = 0x100000;

    /** The object size of the kmalloc cache serving {@code size}, or 0 when it goes to the page allocator. */
    int kmallocCacheSize(long size) {
        for (int cacheSize : KMALLOC_SIZES) {
            if (size <= cacheSize) {
                return cacheSize;
            }
        }
        return 0;
    }

    /** get_order(): the smallest order whose pages hold {@code size} bytes. */
    static int order(long size) {
        int order = 0;
        while (order <= AllocProfiling.MAX_ORDER && (AllocProfiling.PAGE_SIZE << order) < size) {
            order++;
        }
        return order;
    }

    long allocate(int objectSize) {
        long address = nextObject;
        nextObject += Math.max(objectSize, 8);
        return address;
    }
}
