package org.kdocs.interp.exec;

import org.kdocs.interp.Site;

/**
 * The first line of the oops a bad access prints, chosen as the kernel chooses it: arch/x86/mm/fault.c
 * for NULL pointers and unmapped addresses (page_fault_oops), mm/kasan/report.c for use-after-free and
 * out-of-bounds accesses near a known block (the bug type of print_error_description).
 */
final class MemoryFaultTitle {
    private MemoryFaultTitle() {
    }

    /** The title for an access at {@code address}; {@code b} is the block found near it, or null. */
    static String of(long address, Block b, Site site) {
        if (Long.compareUnsigned(address, 4096) < 0) {
            return String.format("BUG: kernel NULL pointer dereference, address: %016x", address);
        }
        if (b != null && b.freed && address >= b.base && address < b.end) {
            return "BUG: KASAN: " + (b.kind == Block.Kind.HEAP ? "slab-use-after-free" : "use-after-free") + " in "
                    + site.symbolic();
        }
        if (b != null && address >= b.base && address < b.end + 4096) {
            String region = switch (b.kind) {
                case GLOBAL, RODATA -> "global";
                case STACK -> "stack";
                case VMALLOC -> "vmalloc";
                case HEAP -> "slab";
                default -> "page";
            };
            return "BUG: KASAN: " + region + "-out-of-bounds in " + site.symbolic();
        }
        return String.format("BUG: unable to handle page fault for address: %016x", address);
    }
}
