package org.kdocs.interp.exec;

import java.util.Map;
import java.util.TreeMap;
import org.kdocs.interp.Memory;

/**
 * Simulated kernel address space: globals near 0xffffffffc0000000 (module data), string literals in
 * rodata, kmalloc objects and pages in the direct map at 0xffff888000000000 (so pfn = offset / 4096),
 * vmalloc and kernel stacks at 0xffffc90000000000, struct pages in vmemmap at 0xffffea0000000000.
 */
final class Mem implements Memory {
    static final long GLOBALS = 0xffffffffc0000000L;
    static final long RODATA = 0xffffffffc2000000L;
    static final long CODE = 0xffffffffc4000000L;
    static final long PAGE_OFFSET = 0xffff888000000000L;
    static final long SLAB_START = PAGE_OFFSET + 0x100000L;
    static final long PAGES_START = PAGE_OFFSET + 0x10000000L;
    static final long VMALLOC = 0xffffc90000000000L;
    static final long STACKS = 0xffffc90100000000L;
    static final long VMEMMAP = 0xffffea0000000000L;
    static final int PAGE_SIZE = 4096;
    static final int STRUCT_PAGE = 64;

    private final TreeMap<Long, Block> blocks = new TreeMap<>();
    /** Recently found blocks by 16-byte granule of the address (direct-mapped); cleared on unmap. */
    private final Block[] recent = new Block[256];
    long slabNext = SLAB_START;
    long pagesNext = PAGES_START;
    long vmallocNext = VMALLOC;
    /** What the mapped blocks take of Java's heap, bookkeeping included: the simulated RAM's measure. */
    long javaBytes;

    /**
     * The Java heap one block of {@code size} bytes takes: the data array, the block, its map entry
     * and the allocation record kept for the models (measured on a loop of kmalloc(8), 64-bit JVM).
     */
    static long footprint(long size) {
        return 16 + (size + 7) / 8 * 8 + BLOCK_OVERHEAD;
    }

    private static final long BLOCK_OVERHEAD = 200;

    Block map(long base, int size, Block.Kind kind, String name) {
        Block b = new Block(base, size, kind, name);
        blocks.put(base, b);
        javaBytes += footprint(size);
        return b;
    }

    /** The block holding [address, address+size), or null; freed blocks are returned too. */
    Block find(long address, int size) {
        // kernel stacks are 1 MiB apart: fold that bit range in, or two threads' frames would collide
        int slot = (int) ((address >>> 4) ^ (address >>> 20)) & (recent.length - 1);
        Block b = recent[slot];
        if (b != null && address >= b.base && address + size <= b.end) {
            return b;
        }
        Map.Entry<Long, Block> e = blocks.floorEntry(address);
        if (e == null) {
            return null;
        }
        b = e.getValue();
        recent[slot] = b;
        return b;
    }

    @Override
    public boolean isValid(long address, int size) {
        Block b = find(address, size);
        return b != null && !b.freed && b.contains(address, size);
    }

    @Override
    public long read(long address, int size) {
        return isValid(address, size) ? find(address, size).read(address, size) : 0;
    }

    @Override
    public boolean write(long address, int size, long value) {
        if (!isValid(address, size)) {
            return false;
        }
        find(address, size).write(address, size, value);
        return true;
    }

    @Override
    public boolean map(long address, long size, String name) {
        if (size <= 0 || size > (64L << 20) || javaBytes + footprint(size) > HeapBuiltins.RAM_BYTES) {
            return false;
        }
        Map.Entry<Long, Block> below = blocks.floorEntry(address + size - 1);
        if (below != null && below.getValue().end > address) {
            return false;
        }
        map(address, (int) size, Block.Kind.VMALLOC, name);
        return true;
    }

    @Override
    public boolean unmap(long address) {
        Block b = blocks.remove(address);
        if (b == null) {
            return false;
        }
        javaBytes -= footprint(b.data.length);
        java.util.Arrays.fill(recent, null);
        return true;
    }

    @Override
    public long pfnOf(long address) {
        return address >= PAGE_OFFSET && address < VMALLOC ? (address - PAGE_OFFSET) >>> 12 : -1;
    }

    @Override
    public long addressOfPfn(long pfn) {
        return PAGE_OFFSET + (pfn << 12);
    }

    @Override
    public long pageOfPfn(long pfn) {
        return VMEMMAP + pfn * STRUCT_PAGE;
    }

    @Override
    public long pfnOfPage(long page) {
        return page >= VMEMMAP && (page - VMEMMAP) % STRUCT_PAGE == 0 ? (page - VMEMMAP) / STRUCT_PAGE : -1;
    }

    void copy(long dst, long src, int n) {
        for (int i = 0; i < n; i++) {
            find(dst + i, 1).write(dst + i, 1, find(src + i, 1).read(src + i, 1));
        }
    }
}
