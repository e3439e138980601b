package org.kdocs.models.ptc;

import org.kdocs.models.kernel.KernelLog;

/**
 * mm/page_table_check.c page_table_check_pte_flags / page_table_check_pmd_flags: a new entry that is
 * uffd write-protected must not be writable, nor cache a writable swap-type entry. Each check is a
 * WARN_ON_ONCE, so it prints once per boot, and the set goes on.
 */
final class UffdWpFlagCheck {
    private final KernelLog log;
    private boolean ptePresentWarned;
    private boolean pteSwapWarned;
    private boolean pmdPresentWarned;
    private boolean pmdSwapWarned;
    private int cpu;
    private int pid = 1;

    UffdWpFlagCheck(KernelLog log) {
        this.log = log;
    }

    /** The CPU and task the next warning is reported for. */
    void current(int cpu, int pid) {
        this.cpu = cpu;
        this.pid = pid;
    }

    void pte(PageTableEntry pte) {
        if (pte.present() && pte.uffdWp()) {
            if (pte.writable(Level.PTE) && !ptePresentWarned) {
                ptePresentWarned = true;
                warn(218, "page_table_check_pte_flags", "present pte with uffd-wp is writable");
            }
        } else if (pte.isSwap() && pte.uffdWp() && pte.swap().cachesWritable() && !pteSwapWarned) {
            pteSwapWarned = true;
            warn(220, "page_table_check_pte_flags", "uffd-wp swap pte caches a writable entry");
        }
    }

    void pmd(PageTableEntry pmd) {
        if (pmd.present()) {
            if (pmd.uffdWp() && pmd.writable(Level.PMD) && !pmdPresentWarned) {
                pmdPresentWarned = true;
                warn(244, "page_table_check_pmd_flags", "present pmd with uffd-wp is writable");
            }
        } else if (pmd.uffdWp() && pmd.swap() != null && pmd.swap().cachesWritable() && !pmdSwapWarned) {
            pmdSwapWarned = true;
            warn(248, "page_table_check_pmd_flags", "uffd-wp swap pmd caches a writable entry");
        }
    }

    private void warn(int line, String function, String condition) {
        log.warn(cpu, pid, BugCondition.FILE, line, function, null);
        log.print("condition: " + condition);
    }
}
