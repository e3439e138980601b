package org.kdocs.models.ptc;

import java.util.Map;

/**
 * fork() as far as the page table check sees it (mm/memory.c copy_present_pte, copy_huge_pmd):
 * anonymous pages are shared copy-on-write, so the parent's entry is write-protected in place (no hook)
 * and the child gets a read-only copy through set_pte_at/set_pmd_at. Other pages are copied as they
 * are, as for a shared mapping. PUD leaves are not copied (the child faults them in).
 */
final class ForkCopy {
    private ForkCopy() {
    }

    static MmStruct copy(PageTableCheck ptc, MmStruct parent, MmStruct child) {
        for (Map.Entry<Long, PageTableEntry> e : parent.entries(Level.PTE).entrySet()) {
            PageTableEntry pte = e.getValue();
            if (pte.present() && ptc.isPageAnon(pte.pfn())) {
                ptc.wrprotectPte(parent, e.getKey());
                pte = pte.wrprotected();
            }
            ptc.setPte(child, e.getKey(), pte);
        }
        for (Map.Entry<Long, PageTableEntry> e : parent.entries(Level.PMD).entrySet()) {
            PageTableEntry pmd = e.getValue();
            if (!pmd.leaf() || pmd.pointsToTable()) {
                continue;
            }
            if (pmd.present() && ptc.isPageAnon(pmd.pfn())) {
                ptc.installWithoutCheck(parent, Level.PMD, e.getKey(), pmd.wrprotected());
                pmd = pmd.wrprotected();
            }
            ptc.setPmd(child, e.getKey(), pmd);
        }
        return child;
    }
}
