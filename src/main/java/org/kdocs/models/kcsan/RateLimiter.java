package org.kdocs.models.kcsan;

/**
 * report.c's duplicate suppression: a fixed table of recent reports keyed by
 * the unordered pair of top frames; a report is dropped when the same pair
 * was reported within REPORT_ONCE_IN_MS. Filtered reports never reach it.
 */
final class RateLimiter {
    private static final int PAGE_SIZE = 4096;
    private static final int ENTRY_BYTES = 24;
    private final int windowMs;
    private final long[] times;
    private final String[] first;
    private final String[] second;
    private int used;

    RateLimiter(int windowMs) {
        this.windowMs = windowMs;
        int capacity = Math.max(1, Math.min(windowMs, PAGE_SIZE / ENTRY_BYTES));
        times = new long[capacity];
        first = new String[capacity];
        second = new String[capacity];
    }

    /** True when the report is a duplicate to suppress; otherwise records it. */
    boolean suppress(TraceFrame a, TraceFrame b, long nowMs) {
        if (windowMs == 0) {
            return false;
        }
        String fa = a.toString();
        String fb = b == null ? "" : b.toString();
        int oldest = 0;
        for (int i = 0; i < used; i++) {
            boolean recent = times[i] > nowMs - windowMs;
            boolean same = (first[i].equals(fa) && second[i].equals(fb)) || (first[i].equals(fb) && second[i].equals(fa));
            if (recent && same) {
                return true;
            }
            if (times[i] < times[oldest]) {
                oldest = i;
            }
        }
        int slot = used < times.length ? used++ : oldest;
        times[slot] = nowMs;
        first[slot] = fa;
        second[slot] = fb;
        return false;
    }
}
