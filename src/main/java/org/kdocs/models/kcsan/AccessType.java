package org.kdocs.models.kcsan;

/**
 * The access type bits of include/linux/kcsan-checks.h and the words a
 * report uses for them (kernel/kcsan/report.c get_access_type).
 */
public final class AccessType {
    public static final int READ = 0;
    public static final int WRITE = 1;
    public static final int COMPOUND = 2;
    public static final int ATOMIC = 4;
    public static final int ASSERT = 8;
    public static final int SCOPED = 16;

    private AccessType() {
    }

    public static boolean has(int type, int flag) {
        return (type & flag) != 0;
    }

    /** The report's access word, e.g. "read-write (marked)" or "assert no writes (reordered)". */
    public static String describe(int type) {
        boolean scoped = has(type, SCOPED);
        if (has(type, ASSERT)) {
            String word = has(type, WRITE) ? "assert no accesses" : "assert no writes";
            return scoped ? word + " (reordered)" : word;
        }
        String base;
        if (has(type, COMPOUND)) {
            if (!has(type, WRITE)) {
                throw new IllegalArgumentException("invalid access type " + type);
            }
            base = "read-write";
        } else {
            base = has(type, WRITE) ? "write" : "read";
        }
        boolean marked = has(type, ATOMIC);
        if (marked && scoped) {
            return base + " (marked, reordered)";
        }
        if (marked) {
            return base + " (marked)";
        }
        return scoped ? base + " (reordered)" : base;
    }
}
