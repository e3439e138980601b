package org.kdocs.interp.exec;

import org.kdocs.interp.Allocation;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;

/**
 * Slab, vmalloc and page allocators. Objects are never reused, so a use after free or a double free is
 * always detected (as KASAN would report it); kmalloc(0) returns ZERO_SIZE_PTR like the kernel.
 */
final class HeapBuiltins {
    private static final long ZERO_SIZE_PTR = 16;
    private static final int MAX_ORDER = 10;

    private HeapBuiltins() {
    }

    static void install(Builtins b) {
        for (String name : new String[] {"kmalloc", "kzalloc", "kvmalloc", "kvzalloc"}) {
            b.register(Builtin.of(name, "void *", (c, a) -> slab(c, name, a[0]), "size_t", "gfp_t"));
        }
        b.register(Builtin.of("kcalloc", "void *", (c, a) -> slab(c, "kcalloc", a[0] * a[1]), "size_t", "size_t",
                "gfp_t"));
        b.register(Builtin.of("kmalloc_array", "void *", (c, a) -> slab(c, "kmalloc_array", a[0] * a[1]), "size_t",
                "size_t", "gfp_t"));
        for (String name : new String[] {"kfree", "kvfree", "kfree_sensitive"}) {
            b.register(Builtin.of(name, "void", (c, a) -> free(c, a[0], name), "const void *"));
        }
        for (String name : new String[] {"vmalloc", "vzalloc"}) {
            b.register(Builtin.of(name, "void *", (c, a) -> vmalloc(c, name, a[0]), "unsigned long"));
        }
        b.register(Builtin.of("vfree", "void", (c, a) -> free(c, a[0], "vfree"), "const void *"));
        b.register(Builtin.of("alloc_pages", "struct page *", (c, a) -> page(c, pages(c, "alloc_pages", a[1])),
                "gfp_t", "unsigned int"));
        b.register(Builtin.of("alloc_page", "struct page *", (c, a) -> page(c, pages(c, "alloc_page", 0)), "gfp_t"));
        b.register(Builtin.of("__get_free_pages", "unsigned long", (c, a) -> pages(c, "__get_free_pages", a[1]),
                "gfp_t", "unsigned int"));
        b.register(Builtin.of("get_zeroed_page", "unsigned long", (c, a) -> pages(c, "get_zeroed_page", 0), "gfp_t"));
        b.register(Builtin.of("__get_free_page", "unsigned long", (c, a) -> pages(c, "__get_free_page", 0), "gfp_t"));
        b.register(Builtin.of("__free_pages", "void", (c, a) -> freePages(c, address(c, a[0]), a[1], "__free_pages"),
                "struct page *", "unsigned int"));
        b.register(Builtin.of("__free_page", "void", (c, a) -> freePages(c, address(c, a[0]), 0, "__free_page"),
                "struct page *"));
        b.register(Builtin.of("free_pages", "void", (c, a) -> freePages(c, a[0], a[1], "free_pages"),
                "unsigned long", "unsigned int"));
        b.register(Builtin.of("free_page", "void", (c, a) -> freePages(c, a[0], 0, "free_page"), "unsigned long"));
        b.register(Builtin.of("page_address", "void *", (c, a) -> address(c, a[0]), "const struct page *"));
        b.register(Builtin.of("virt_to_page", "struct page *", (c, a) -> page(c, a[0]), "const void *"));
        b.register(Builtin.of("page_to_pfn", "unsigned long", (c, a) -> c.machine().memory().pfnOfPage(a[0]),
                "const struct page *"));
        b.register(Builtin.of("pfn_to_page", "struct page *", (c, a) -> c.machine().memory().pageOfPfn(a[0]),
                "unsigned long"));
        b.register(Builtin.of("virt_to_pfn", "unsigned long", (c, a) -> c.machine().memory().pfnOf(a[0]),
                "const void *"));
    }

    private static Run run(CallContext c) {
        return (Run) c.machine();
    }

    private static long slab(CallContext c, String allocator, long size) {
        if (size == 0) {
            return ZERO_SIZE_PTR;
        }
        if (size < 0 || size > (4L << 20) || !reserve(c, size)) {
            return 0;
        }
        Mem mem = run(c).mem;
        long at = mem.slabNext;
        long slot = Math.max(16, Long.highestOneBit(size - 1) << 1);
        mem.slabNext += slot + 64;
        Block b = mem.map(at, (int) size, Block.Kind.HEAP, allocator);
        return announce(c, b, allocator, size, -1);
    }

    private static long vmalloc(CallContext c, String allocator, long size) {
        if (size <= 0 || size > (64L << 20) || !reserve(c, size)) {
            return 0;
        }
        Mem mem = run(c).mem;
        long at = mem.vmallocNext;
        mem.vmallocNext += (size + 4095) / 4096 * 4096 + 4096;
        Block b = mem.map(at, (int) size, Block.Kind.VMALLOC, allocator);
        return announce(c, b, allocator, size, -1);
    }

    private static long pages(CallContext c, String allocator, long order) {
        if (order < 0 || order > MAX_ORDER
                || !reserve(c, ((long) Mem.PAGE_SIZE << order) + Mem.footprint((long) Mem.STRUCT_PAGE << order))) {
            return 0;
        }
        Mem mem = run(c).mem;
        int size = Mem.PAGE_SIZE << order;
        long at = mem.pagesNext;
        mem.pagesNext += size + Mem.PAGE_SIZE;
        Block b = mem.map(at, size, Block.Kind.PAGES, allocator);
        long pfn = mem.pfnOf(at);
        mem.map(mem.pageOfPfn(pfn), Mem.STRUCT_PAGE << order, Block.Kind.PAGE_STRUCTS, "struct page");
        return announce(c, b, allocator, size, (int) order);
    }

    /**
     * Simulated RAM: an allocation fails (returns NULL) when the Java heap that the mapped blocks
     * take ({@link Mem#javaBytes}: data and bookkeeping, freed objects included, since they are
     * never reused) would pass this, instead of exhausting Java's heap.
     */
    static final long RAM_BYTES = 256L << 20;

    private static boolean reserve(CallContext c, long bytes) {
        return run(c).mem.javaBytes + Mem.footprint(bytes) <= RAM_BYTES;
    }

    private static long announce(CallContext c, Block b, String allocator, long size, int order) {
        Worker w = (Worker) c.thread();
        Allocation a = new Allocation(allocator, b.base, size, order, run(c).mem.pfnOf(b.base), c.site(), w);
        b.allocation = a;
        run(c).allocated(a);
        return b.base;
    }

    private static long page(CallContext c, long address) {
        if (address == 0) {
            return 0;
        }
        long pfn = c.machine().memory().pfnOf(address);
        return pfn < 0 ? 0 : c.machine().memory().pageOfPfn(pfn);
    }

    private static long address(CallContext c, long page) {
        if (page == 0) {
            return 0;
        }
        long pfn = c.machine().memory().pfnOfPage(page);
        return pfn < 0 ? 0 : c.machine().memory().addressOfPfn(pfn);
    }

    private static long free(CallContext c, long p, String how) {
        if (p == 0 || p == ZERO_SIZE_PTR) {
            return 0;
        }
        Block b = run(c).mem.find(p, 1);
        if (b == null || b.base != p || b.allocation == null) {
            throw c.oops("BUG: KASAN: invalid-free in " + c.site().symbolic());
        }
        if (b.freed) {
            throw c.oops("BUG: KASAN: double-free in " + c.site().symbolic());
        }
        b.freed = true;
        run(c).freed(b.allocation, c.site(), (Worker) c.thread());
        return 0;
    }

    private static long freePages(CallContext c, long address, long order, String how) {
        if (address == 0) {
            return 0;
        }
        Block b = run(c).mem.find(address, 1);
        if (b != null && b.base == address && b.allocation != null && b.allocation.order() != order) {
            throw c.oops("BUG: Bad page state: " + how + " of order " + order + " for a page of order "
                    + b.allocation.order());
        }
        return free(c, address, how);
    }
}
