package org.kdocs.models.kcsan;

/** KCSAN's counters in debugfs order (kernel/kcsan/kcsan.h, debugfs.c). */
public enum Counter {
    USED_WATCHPOINTS, SETUP_WATCHPOINTS, DATA_RACES, ASSERT_FAILURES, NO_CAPACITY, REPORT_RACES,
    RACES_UNKNOWN_ORIGIN, UNENCODABLE_ACCESSES, ENCODING_FALSE_POSITIVES;

    /** The name debugfs prints. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
