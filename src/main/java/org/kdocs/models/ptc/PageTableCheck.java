package org.kdocs.models.ptc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.kdocs.models.kernel.ConfigLines;
import org.kdocs.models.kernel.KernelLog;
import org.kdocs.models.kernel.KstrToBool;
import org.kdocs.models.kernel.Verdict;

/**
 * Page table check as in Linux 6.12: address spaces and their entries, the x86-64 hook sites
 * (set_ptes, set_pmd_at, ptep_get_and_clear, ... in arch/x86/include/asm/pgtable.h), the static key and
 * wrappers of include/linux/page_table_check.h, and the entry hooks of mm/page_table_check.c
 * (__page_table_check_ptes_set, __page_table_check_pte_clear, ...). The per-page counting those hooks
 * call is in {@link PageCounters}. A BUG stops the run: later operations are ignored and
 * {@link #verdict()} names the condition.
 */
public final class PageTableCheck {
    /** Largest block the model hands out or checks: a PUD leaf (1 GiB). */
    public static final int MAX_ORDER = 18;
    private static final long FIRST_PFN = 0x1000;

    private final boolean enabled;
    private final long totalPages;
    private final KernelLog log = new KernelLog();
    private final PageCounters pages;
    private final Map<String, MmStruct> mms = new LinkedHashMap<>();
    private final MmStruct initMm = new MmStruct("init_mm", true);
    private long nextFree = FIRST_PFN;
    private final UffdWpFlagCheck flagCheck = new UffdWpFlagCheck(log);

    private PageTableCheck(Builder builder) {
        this.totalPages = builder.totalPages;
        this.pages = new PageCounters(totalPages, log);
        boolean on = builder.enforced;
        if (builder.bootParameter != null) {
            // early_param("page_table_check"): kstrtobool, -EINVAL keeps the Kconfig default
            Optional<Boolean> parsed = KstrToBool.parse(builder.bootParameter.orElse(null));
            if (parsed.isPresent()) {
                on = parsed.get();
            } else {
                log.print("Malformed early option 'page_table_check'");
            }
        }
        this.enabled = on;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A model configured by spec example lines: CONFIG_PAGE_TABLE_CHECK_ENFORCED=y|n and the boot
     * parameter page_table_check[=VALUE].
     */
    public static ConfigLines.Configured<PageTableCheck> fromConfig(java.util.List<String> lines) {
        Builder b = builder().enforced(false);
        java.util.List<String> unknown = ConfigLines.applyAll(lines, line -> switch (line.key()) {
            case "CONFIG_PAGE_TABLE_CHECK" -> line.yes();
            case "CONFIG_PAGE_TABLE_CHECK_ENFORCED" -> {
                b.enforced(line.yes());
                yield true;
            }
            case "page_table_check" -> {
                b.bootParameter(line.value());
                yield true;
            }
            default -> false;
        });
        return new ConfigLines.Configured<>(b::build, unknown);
    }

    /** Kconfig and command line of the modelled kernel. */
    public static final class Builder {
        private boolean enforced = true;
        private Optional<String> bootParameter;
        private long totalPages = 1L << 21;

        /** CONFIG_PAGE_TABLE_CHECK_ENFORCED; the model defaults to y so that checks run. */
        public Builder enforced(boolean enforced) {
            this.enforced = enforced;
            return this;
        }

        /** {@code page_table_check=VALUE} on the command line; a null value is the bare parameter. */
        public Builder bootParameter(String value) {
            this.bootParameter = Optional.ofNullable(value);
            return this;
        }

        /** How many page frames have a struct page; pfns at or above are invalid. */
        public Builder totalPages(long totalPages) {
            this.totalPages = totalPages;
            return this;
        }

        public PageTableCheck build() {
            return new PageTableCheck(this);
        }
    }

    // ---- configuration and state queries

    /** Whether the static key was flipped on at boot (otherwise every hook is a no-op). */
    public boolean enabled() {
        return enabled;
    }

    /** The CPU and PID that WARNING lines name (the interpreter's current thread); default CPU 0, PID 1. */
    public void runningOn(int cpu, int pid) {
        flagCheck.current(cpu, pid);
    }

    public boolean halted() {
        return pages.bug() != null;
    }

    public Optional<BugCondition> bug() {
        return Optional.ofNullable(pages.bug());
    }

    public KernelLog log() {
        return log;
    }

    public String console() {
        return log.text();
    }

    public Verdict verdict() {
        return log.verdict();
    }

    public int anonMapCount(long pfn) {
        PageFrame f = pages.existing(pfn);
        return f == null ? 0 : f.anonMapCount;
    }

    public int fileMapCount(long pfn) {
        PageFrame f = pages.existing(pfn);
        return f == null ? 0 : f.fileMapCount;
    }

    public MmStruct initMm() {
        return initMm;
    }

    /** A new user address space (mm_alloc), or the existing one of that name. */
    public MmStruct mm(String name) {
        if (name.equals("init_mm")) {
            return initMm;
        }
        return mms.computeIfAbsent(name, n -> new MmStruct(n, false));
    }

    /** A pfn beyond the end of memory: pfn_valid() is false for it. */
    public long invalidPfn() {
        return totalPages + 7;
    }

    // ---- pages

    /** Allocates 2^order fresh pages of one kind (the allocation hook runs its zero check); -1 for a bad order. */
    public long allocPages(PageKind kind, int order) {
        if (order < 0 || order > MAX_ORDER) {
            return -1;
        }
        long size = 1L << order;
        long pfn = (nextFree + size - 1) & -size;
        nextFree = pfn + size;
        for (long i = 0; i < size; i++) {
            pages.frame(pfn + i).anon = kind == PageKind.ANON;
        }
        postAllocHook(pfn, order);
        // the slab allocator marks its pages after the page allocator handed them out
        if (kind == PageKind.SLAB) {
            pages.frame(pfn).slab = true;
        }
        return pfn;
    }

    /** Allocates the huge zero folio (order 9); PMD hooks skip it. */
    public long allocHugeZeroFolio() {
        long pfn = allocPages(PageKind.FILE, 9);
        for (long i = 0; i < 512; i++) {
            pages.frame(pfn + i).hugeZero = true;
        }
        return pfn;
    }

    /** page_table_check_alloc() from post_alloc_hook, for pages at {@code pfn}. */
    public void postAllocHook(long pfn, int order) {
        if (order < 0 || order > MAX_ORDER) {
            return;
        }
        run(() -> zeroCheck(pfn, order));
    }

    /** page_table_check_free() from free_pages_prepare. */
    public void freePages(long pfn, int order) {
        if (order < 0 || order > MAX_ORDER) {
            return;
        }
        run(() -> zeroCheck(pfn, order));
    }

    /** Changes PageAnon of pages while they may be mapped (how the kind-mismatch BUGs arise). */
    public void setPageAnon(long pfn, long count, boolean anon) {
        for (long i = 0; i < Math.min(count, 1L << MAX_ORDER); i++) {
            pages.frame(pfn + i).anon = anon;
        }
    }

    public void setPageSlab(long pfn, boolean slab) {
        pages.frame(pfn).slab = slab;
    }

    /**
     * Overwrites the counters of one page, as a stray write to its page_ext would: the only way to
     * reach the 32-bit overflow condition of page_table_check_set() in a model run.
     */
    public void corruptMapCounts(long pfn, int anonMapCount, int fileMapCount) {
        PageFrame f = pages.frame(pfn);
        f.anonMapCount = anonMapCount;
        f.fileMapCount = fileMapCount;
    }

    /** Drops the page_ext record of a page: the hooks then skip it silently. */
    public void removePageExt(long pfn) {
        pages.frame(pfn).hasPageExt = false;
    }

    // ---- entry hooks (mm/page_table_check.c, x86 hook sites)

    /** set_ptes(mm, addr, ptep, pte, nr): nr (1..512) consecutive slots from {@code slot}, pfns advancing. */
    public void setPtes(MmStruct mm, long slot, PageTableEntry pte, int nr) {
        if (nr < 1 || nr > 512) {
            return; // set_ptes() never crosses a PTE table
        }
        run(() -> {
            ptesSetHook(mm, slot, pte, nr);
            for (int i = 0; i < nr; i++) {
                mm.write(Level.PTE, slot + i, pte.present() || pte.leaf() ? pte.advancedBy(i) : pte);
            }
        });
    }

    /** set_pte_at(): set_ptes with nr = 1. */
    public void setPte(MmStruct mm, long slot, PageTableEntry pte) {
        setPtes(mm, slot, pte, 1);
    }

    /** set_huge_pte_at() on x86: hugetlb entries use the PTE hook with nr = 1 (head pfn only). */
    public void setHugePte(MmStruct mm, long slot, PageTableEntry pte) {
        setPtes(mm, slot, pte, 1);
    }

    /** ptep_get_and_clear() / ptep_clear(). */
    public void clearPte(MmStruct mm, long slot) {
        run(() -> {
            PageTableEntry old = mm.entry(Level.PTE, slot);
            mm.write(Level.PTE, slot, PageTableEntry.none());
            pteClearHook(mm, old);
        });
    }

    /** set_pmd_at() / pmdp_establish(). */
    public void setPmd(MmStruct mm, long slot, PageTableEntry pmd) {
        run(() -> {
            if (enabled && !mm.isInitMm()) {
                flagCheck.pmd(pmd);
                pmdClearHook(mm, mm.entry(Level.PMD, slot));
                if (pmd.userAccessible(Level.PMD) && !pages.hugeZero(pmd.pfn())) {
                    pages.set(pmd.pfn(), Level.PMD.pages(), pmd.writable(Level.PMD));
                }
            }
            mm.write(Level.PMD, slot, pmd);
        });
    }

    /** pmdp_invalidate(): re-establishes the PMD without PRESENT. */
    public void invalidatePmd(MmStruct mm, long slot) {
        setPmd(mm, slot, mm.entry(Level.PMD, slot).invalidated());
    }

    /** pmdp_huge_get_and_clear(). */
    public void clearPmd(MmStruct mm, long slot) {
        run(() -> {
            PageTableEntry old = mm.entry(Level.PMD, slot);
            mm.write(Level.PMD, slot, PageTableEntry.none());
            pmdClearHook(mm, old);
        });
    }

    /** set_pud_at() / pudp_establish(): no uffd-wp flag check at this level. */
    public void setPud(MmStruct mm, long slot, PageTableEntry pud) {
        run(() -> {
            if (enabled && !mm.isInitMm()) {
                pudClearHook(mm, mm.entry(Level.PUD, slot));
                if (pud.userAccessible(Level.PUD)) {
                    pages.set(pud.pfn(), Level.PUD.pages(), pud.writable(Level.PUD));
                }
            }
            mm.write(Level.PUD, slot, pud);
        });
    }

    /** pudp_huge_get_and_clear(). */
    public void clearPud(MmStruct mm, long slot) {
        run(() -> {
            PageTableEntry old = mm.entry(Level.PUD, slot);
            mm.write(Level.PUD, slot, PageTableEntry.none());
            pudClearHook(mm, old);
        });
    }

    /**
     * page_table_check_pte_clear_range() as khugepaged calls it when it detaches the PTE table under
     * PMD slot {@code pmdSlot}: every PTE of the table goes through the clear hook (a no-op for init_mm or
     * when disabled), then the table is gone.
     */
    public void clearPteRange(MmStruct mm, long pmdSlot) {
        run(() -> {
            PageTableEntry pmd = mm.entry(Level.PMD, pmdSlot);
            if (!pmd.pointsToTable()) {
                return;
            }
            for (long i = 0; i < 512; i++) {
                long slot = pmdSlot * 512 + i;
                PageTableEntry old = mm.entry(Level.PTE, slot);
                mm.write(Level.PTE, slot, PageTableEntry.none());
                pteClearHook(mm, old);
            }
        });
    }

    /** Writes an entry without any hook, as code outside the checked paths would. */
    public void installWithoutCheck(MmStruct mm, Level level, long slot, PageTableEntry entry) {
        if (!halted()) {
            mm.write(level, slot, entry);
        }
    }

    /** ptep_set_wrprotect(): edits the entry in place, no hook. */
    public void wrprotectPte(MmStruct mm, long slot) {
        installWithoutCheck(mm, Level.PTE, slot, mm.entry(Level.PTE, slot).wrprotected());
    }

    /** change_pte_range(): ptep_modify_prot_start (a clear) then ptep_modify_prot_commit (a set). */
    public void mprotectPte(MmStruct mm, long slot, boolean write) {
        PageTableEntry old = mm.entry(Level.PTE, slot);
        clearPte(mm, slot);
        PageTableEntry updated = write ? withWrite(old) : old.wrprotected();
        setPte(mm, slot, updated);
    }

    private static PageTableEntry withWrite(PageTableEntry e) {
        return new PageTableEntry(e.pfn(), e.present(), e.user(), true, false, e.special(), e.leaf(), e.bad(),
                e.uffdWp(), e.swap());
    }

    /** fork(): see {@link ForkCopy}; returns the child mm. */
    public MmStruct fork(MmStruct parent, String child) {
        return ForkCopy.copy(this, parent, mm(child));
    }

    /** PageAnon() of a page as the hooks would read it now. */
    public boolean isPageAnon(long pfn) {
        PageFrame f = pages.existing(pfn);
        return f != null && f.anon;
    }

    // ---- the checks

    private void run(Runnable operation) {
        if (halted()) {
            return;
        }
        try {
            operation.run();
        } catch (PageCounters.KernelBug stop) {
            // the BUG report is already on the console; the run ends here
        }
    }

    private void ptesSetHook(MmStruct mm, long slot, PageTableEntry pte, int nr) {
        if (!enabled || mm.isInitMm()) {
            return;
        }
        flagCheck.pte(pte);
        for (int i = 0; i < nr; i++) {
            pteClearHook(mm, mm.entry(Level.PTE, slot + i));
        }
        if (pte.userAccessible(Level.PTE) && !pte.special()) {
            pages.set(pte.pfn(), nr, pte.writable(Level.PTE));
        }
    }

    private void pteClearHook(MmStruct mm, PageTableEntry old) {
        if (enabled && !mm.isInitMm() && old.userAccessible(Level.PTE) && !old.special()) {
            pages.clear(old.pfn(), 1);
        }
    }

    private void pmdClearHook(MmStruct mm, PageTableEntry old) {
        if (enabled && !mm.isInitMm() && old.userAccessible(Level.PMD) && !pages.hugeZero(old.pfn())) {
            pages.clear(old.pfn(), Level.PMD.pages());
        }
    }

    private void pudClearHook(MmStruct mm, PageTableEntry old) {
        if (enabled && !mm.isInitMm() && old.userAccessible(Level.PUD)) {
            pages.clear(old.pfn(), Level.PUD.pages());
        }
    }

    /** __page_table_check_zero() behind the static key of include/linux/page_table_check.h. */
    private void zeroCheck(long pfn, int order) {
        if (enabled) {
            pages.zero(pfn, order);
        }
    }

    // ---- state dump

    /** Counters of every page currently mapped, then each mm's installed entries. */
    public String dump() {
        return PtcDump.text(enabled, pages.frames(), mms.values());
    }
}
