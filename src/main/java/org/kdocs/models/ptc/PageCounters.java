package org.kdocs.models.ptc;

import java.util.HashMap;
import java.util.Map;

import org.kdocs.models.kernel.KernelLog;

/**
 * The per-page side of Linux 6.12 mm/page_table_check.c: the page_ext records (with the struct page flags
 * the checks read) and the three functions that count on them, page_table_check_set(),
 * page_table_check_clear() and __page_table_check_zero(), with their BUG_ON()s. {@link PageTableCheck}
 * holds the entry hooks that call them. A BUG_ON logs its report and throws {@link KernelBug}, which the
 * public operation of PageTableCheck catches.
 */
final class PageCounters {
    private final long totalPages;
    private final KernelLog log;
    private final Map<Long, PageFrame> frames = new HashMap<>();
    private BugCondition bug;

    PageCounters(long totalPages, KernelLog log) {
        this.totalPages = totalPages;
        this.log = log;
    }

    /** Thrown inside the model when a BUG_ON fires, caught at the public operation. */
    static final class KernelBug extends RuntimeException {
        KernelBug() {
            super(null, null, false, false);
        }
    }

    /** The condition of the BUG that stopped the run, or null. */
    BugCondition bug() {
        return bug;
    }

    Map<Long, PageFrame> frames() {
        return frames;
    }

    /** The page's record, made on first use. */
    PageFrame frame(long pfn) {
        return frames.computeIfAbsent(pfn, p -> new PageFrame());
    }

    /** The page's record if anything has touched it, else null (a query that must not make one). */
    PageFrame existing(long pfn) {
        return frames.get(pfn);
    }

    /** is_huge_zero_pfn() as page_table_check_huge_zero_pmd() asks it. */
    boolean hugeZero(long pfn) {
        PageFrame f = validFrame(pfn);
        return f != null && f.hugeZero;
    }

    /** page_table_check_set(): an entry covering pgcnt pages enters a page table. */
    void set(long pfn, long pgcnt, boolean rw) {
        PageFrame first = validFrame(pfn);
        if (first == null || !first.hasPageExt) {
            return;
        }
        check(!first.slab, BugCondition.SET_SLAB, pfn, "");
        boolean anon = first.anon;
        for (long i = 0; i < pgcnt; i++) {
            PageFrame f = frame(pfn + i);
            if (anon) {
                check(f.fileMapCount == 0, BugCondition.SET_ANON_HAS_FILE_MAPS, pfn + i, "file_map_count " + f.fileMapCount);
                f.anonMapCount++;
                check(!(f.anonMapCount > 1 && rw), BugCondition.SET_ANON_WRITABLE_SHARED, pfn + i,
                        "anon_map_count " + f.anonMapCount + ", new entry writable");
            } else {
                check(f.anonMapCount == 0, BugCondition.SET_FILE_HAS_ANON_MAPS, pfn + i, "anon_map_count " + f.anonMapCount);
                f.fileMapCount++;
                check(f.fileMapCount >= 0, BugCondition.SET_FILE_OVERFLOW, pfn + i, "file_map_count " + f.fileMapCount);
            }
        }
    }

    /** page_table_check_clear(): an entry covering pgcnt pages leaves a page table. */
    void clear(long pfn, long pgcnt) {
        PageFrame first = validFrame(pfn);
        if (first == null || !first.hasPageExt) {
            return;
        }
        check(!first.slab, BugCondition.CLEAR_SLAB, pfn, "");
        boolean anon = first.anon;
        for (long i = 0; i < pgcnt; i++) {
            PageFrame f = frame(pfn + i);
            if (anon) {
                check(f.fileMapCount == 0, BugCondition.CLEAR_ANON_HAS_FILE_MAPS, pfn + i, "file_map_count " + f.fileMapCount);
                f.anonMapCount--;
                check(f.anonMapCount >= 0, BugCondition.CLEAR_ANON_NEGATIVE, pfn + i, "anon_map_count " + f.anonMapCount);
            } else {
                check(f.anonMapCount == 0, BugCondition.CLEAR_FILE_HAS_ANON_MAPS, pfn + i, "anon_map_count " + f.anonMapCount);
                f.fileMapCount--;
                check(f.fileMapCount >= 0, BugCondition.CLEAR_FILE_NEGATIVE, pfn + i, "file_map_count " + f.fileMapCount);
            }
        }
    }

    /** __page_table_check_zero(): the slab test comes before the page_ext lookup. */
    void zero(long pfn, int order) {
        PageFrame first = frame(pfn);
        check(!first.slab, BugCondition.ZERO_SLAB, pfn, "");
        if (!first.hasPageExt) {
            return;
        }
        for (long i = 0; i < (1L << order); i++) {
            PageFrame f = frame(pfn + i);
            check(f.anonMapCount == 0, BugCondition.ZERO_ANON_MAPPED, pfn + i, "anon_map_count " + f.anonMapCount);
            check(f.fileMapCount == 0, BugCondition.ZERO_FILE_MAPPED, pfn + i, "file_map_count " + f.fileMapCount);
        }
    }

    private void check(boolean ok, BugCondition condition, long pfn, String detail) {
        if (ok) {
            return;
        }
        bug = condition;
        String where = "pfn 0x" + Long.toHexString(pfn) + (detail.isEmpty() ? "" : ": " + detail);
        log.bug(BugCondition.FILE, condition.line(), condition.function(), condition.condition() + " (" + where + ")");
        throw new KernelBug();
    }

    private PageFrame validFrame(long pfn) {
        return pfn >= 0 && pfn < totalPages ? frame(pfn) : null;
    }
}
