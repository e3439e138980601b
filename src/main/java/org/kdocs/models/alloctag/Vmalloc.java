package org.kdocs.models.alloctag;

import java.util.ArrayList;
import java.util.List;

/**
 * vmalloc() and vfree() as allocation profiling sees them (mm/vmalloc.c, __vmalloc_area_node() and
 * vfree()): the area's order-0 pages and its array of page pointers are all charged to
 * current->alloc_tag. The array comes from kmalloc_node_noprof(), or from __vmalloc_node_noprof()
 * once it is larger than a page, so a big area pays for a second, smaller one.
 */
public final class Vmalloc {
    private static final int POINTER_SIZE = 8;

    /** One vm area: its pages (pfns) and where its pages array lives (a slab object or a nested area). */
    public record Area(List<Long> pfns, long pagesObject, Area pagesArea) {
    }

    private Vmalloc() {
    }

    /** The area for {@code size} bytes, or null when the size is 0 or a part cannot be had. */
    static Area alloc(AllocProfiling ap, long size) {
        if (size <= 0) {
            return null;
        }
        long pages = (size + AllocProfiling.PAGE_SIZE - 1) / AllocProfiling.PAGE_SIZE;
        long arraySize = pages * POINTER_SIZE;
        Area pagesArea = null;
        long pagesObject = 0;
        if (arraySize > AllocProfiling.PAGE_SIZE) {
            pagesArea = alloc(ap, arraySize);
        } else {
            pagesObject = ap.kmalloc(arraySize);
        }
        if (pagesArea == null && pagesObject == 0) {
            return null;
        }
        List<Long> pfns = new ArrayList<>();
        for (long i = 0; i < pages; i++) {
            pfns.add(ap.allocPages(0));
        }
        return new Area(List.copyOf(pfns), pagesObject, pagesArea);
    }

    /** vfree(): each page with __free_page(), then the pages array with kvfree(). */
    static void free(AllocProfiling ap, Area area) {
        if (area == null) {
            return;
        }
        area.pfns().forEach(pfn -> ap.freePages(pfn, 0));
        if (area.pagesArea() != null) {
            free(ap, area.pagesArea());
        } else {
            ap.kfree(area.pagesObject());
        }
    }
}
