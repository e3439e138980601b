package org.kdocs.models.ptc;

/** Page-table levels on x86-64 with 4 KiB pages, with how many base pages one leaf entry maps. */
public enum Level {
    PTE(1),
    PMD(512),
    PUD(262144);

    private final long pages;

    Level(long pages) {
        this.pages = pages;
    }

    /** PAGE_SIZE, PMD_SIZE or PUD_SIZE shifted down by PAGE_SHIFT. */
    public long pages() {
        return pages;
    }
}
