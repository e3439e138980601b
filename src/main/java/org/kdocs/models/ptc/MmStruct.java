package org.kdocs.models.ptc;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An address space's page tables, as slots per level: PTE slot n maps virtual page n, PMD slot k covers
 * PTE slots 512k..512k+511 and PUD slot j covers PMD slots 512j..512j+511. The kernel's own init_mm
 * is exempt from every check.
 */
public final class MmStruct {
    private final String name;
    private final boolean initMm;
    private final Map<Level, TreeMap<Long, PageTableEntry>> tables = new EnumMap<>(Level.class);

    MmStruct(String name, boolean initMm) {
        this.name = name;
        this.initMm = initMm;
        for (Level level : Level.values()) {
            tables.put(level, new TreeMap<>());
        }
    }

    public String name() {
        return name;
    }

    public boolean isInitMm() {
        return initMm;
    }

    /** The entry in a slot; none when nothing was installed. */
    public PageTableEntry entry(Level level, long slot) {
        return tables.get(level).getOrDefault(slot, PageTableEntry.none());
    }

    void write(Level level, long slot, PageTableEntry entry) {
        if (entry.isNone()) {
            tables.get(level).remove(slot);
        } else {
            tables.get(level).put(slot, entry);
        }
    }

    /** Installed entries of one level in slot order (a copy). */
    public Map<Long, PageTableEntry> entries(Level level) {
        return new TreeMap<>(tables.get(level));
    }
}
