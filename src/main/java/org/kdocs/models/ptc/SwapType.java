package org.kdocs.models.ptc;

/** What a non-present, non-none entry encodes (include/linux/swapops.h). */
public enum SwapType {
    SWAP,
    MIGRATION_READ,
    MIGRATION_WRITE,
    DEVICE_PRIVATE_READ,
    DEVICE_PRIVATE_WRITE,
    DEVICE_EXCLUSIVE_READ,
    DEVICE_EXCLUSIVE_WRITE,
    PTE_MARKER;

    /** mm/page_table_check.c swap_cached_writable(): a writable migration or device entry. */
    public boolean cachesWritable() {
        return this == MIGRATION_WRITE || this == DEVICE_PRIVATE_WRITE || this == DEVICE_EXCLUSIVE_WRITE;
    }
}
