package org.kdocs.models.ptc;

/**
 * One physical page as the checks see it: struct page flags read by the hooks and the page_ext record
 * of mm/page_table_check.c (two atomic_t counters, kept as Java ints so they wrap like 32-bit values).
 */
final class PageFrame {
    boolean anon;
    boolean slab;
    boolean hugeZero;
    boolean hasPageExt = true;
    int anonMapCount;
    int fileMapCount;

    boolean counted() {
        return anonMapCount != 0 || fileMapCount != 0;
    }
}
