package org.kdocs.models.ptc;

/**
 * One page-table entry as the checks see it: x86 bits (present, user, RW, shadow stack), the software
 * bits (special, uffd-wp) and, for PMD/PUD, whether it is a leaf, a pointer to a lower table or bad.
 * A non-present entry may encode a swap-type entry. Immutable; the factories name the usual shapes.
 */
public record PageTableEntry(long pfn, boolean present, boolean user, boolean write, boolean shadowStack,
        boolean special, boolean leaf, boolean bad, boolean uffdWp, SwapType swap) {

    public static PageTableEntry none() {
        return new PageTableEntry(0, false, false, false, false, false, false, false, false, null);
    }

    /** A present user mapping of {@code pfn}; a leaf when installed at PMD or PUD level. */
    public static PageTableEntry user(long pfn, boolean write) {
        return new PageTableEntry(pfn, true, true, write, false, false, true, false, false, null);
    }

    /** A present mapping without _PAGE_USER (a kernel mapping inside a user mm). */
    public static PageTableEntry kernel(long pfn, boolean write) {
        return new PageTableEntry(pfn, true, false, write, false, false, true, false, false, null);
    }

    /** x86 PAGE_NONE: neither PRESENT nor USER is set (PROT_NONE, NUMA hinting). */
    public static PageTableEntry protNone(long pfn) {
        return new PageTableEntry(pfn, false, false, false, false, false, true, false, false, null);
    }

    /** A PMD (or PUD) pointing to a lower-level table: present, not a leaf. */
    public static PageTableEntry table() {
        return new PageTableEntry(0, true, false, true, false, false, false, false, false, null);
    }

    /** An entry pmd_bad() would report. */
    public static PageTableEntry badEntry() {
        return new PageTableEntry(0, true, false, false, false, false, false, true, false, null);
    }

    /** A swap-type entry (swap, migration, device, marker), optionally with the swap uffd-wp bit. */
    public static PageTableEntry swapEntry(SwapType type, boolean uffdWp) {
        return new PageTableEntry(0, false, false, false, false, false, false, false, uffdWp, type);
    }

    public PageTableEntry withSpecial() {
        return new PageTableEntry(pfn, present, user, write, shadowStack, true, leaf, bad, uffdWp, swap);
    }

    public PageTableEntry withUffdWp() {
        return new PageTableEntry(pfn, present, user, write, shadowStack, special, leaf, bad, true, swap);
    }

    /** x86 shadow stack: Dirty without RW, which pte_write()/pmd_write() count as writable. */
    public PageTableEntry withShadowStack() {
        return new PageTableEntry(pfn, present, user, false, true, special, leaf, bad, uffdWp, swap);
    }

    public PageTableEntry wrprotected() {
        return new PageTableEntry(pfn, present, user, false, false, special, leaf, bad, uffdWp, swap);
    }

    /** pmd_mkinvalid(): PRESENT removed, the rest kept (pmdp_invalidate). */
    public PageTableEntry invalidated() {
        return new PageTableEntry(pfn, false, user, write, shadowStack, special, leaf, bad, uffdWp, swap);
    }

    /** The same entry shifted to map {@code pfn + delta} (set_ptes() advancing the pfn). */
    public PageTableEntry advancedBy(long delta) {
        return new PageTableEntry(pfn + delta, present, user, write, shadowStack, special, leaf, bad, uffdWp, swap);
    }

    public boolean isNone() {
        return !present && swap == null && pfn == 0 && !leaf;
    }

    /** is_swap_pte(): neither none nor present. */
    public boolean isSwap() {
        return !present && swap != null;
    }

    /** pte_write()/pmd_write() on x86: RW, or a shadow-stack entry. */
    public boolean writable(Level level) {
        return level == Level.PUD ? write : write || shadowStack;
    }

    /** x86 pte/pmd/pud_user_accessible_page(): present and user, and a leaf above PTE level. */
    public boolean userAccessible(Level level) {
        boolean presentUser = present && user;
        return level == Level.PTE ? presentUser : presentUser && leaf && !bad;
    }

    /** A PMD pointing to a PTE table: neither bad nor a leaf (the pte_clear_range condition). */
    public boolean pointsToTable() {
        return present && !leaf && !bad;
    }

    public String describe() {
        if (isNone()) {
            return "none";
        }
        if (isSwap()) {
            return "swap " + swap.name().toLowerCase() + (uffdWp ? " swp-uffd-wp" : "");
        }
        if (pointsToTable()) {
            return "table";
        }
        if (bad) {
            return "bad";
        }
        StringBuilder s = new StringBuilder("pfn 0x" + Long.toHexString(pfn));
        s.append(present ? " present" : " not-present");
        s.append(user ? " user" : " kernel");
        s.append(write ? " rw" : shadowStack ? " shstk" : " ro");
        if (special) {
            s.append(" special");
        }
        if (uffdWp) {
            s.append(" uffd-wp");
        }
        return s.toString();
    }
}
