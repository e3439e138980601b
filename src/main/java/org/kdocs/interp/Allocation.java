package org.kdocs.interp;

/**
 * A heap allocation: {@code allocator} is the C function used (kmalloc, kzalloc, vmalloc, alloc_pages ...),
 * {@code order} the page order for page allocations (-1 otherwise), {@code pfn} the first page frame.
 */
public record Allocation(String allocator, long address, long size, int order, long pfn, Site site,
                         ThreadContext thread) { }
