package org.kdocs.models.kcsan;

import java.util.List;

/**
 * One side of a race as report.c prints it: the access, who made it, and
 * its stack (innermost first). {@code ip} is the frame that opened a scoped
 * or reordered access, null otherwise. {@code verbose} is what
 * CONFIG_KCSAN_VERBOSE prints after the stack (empty without it).
 */
record AccessInfo(long ptr, long size, int type, int pid, boolean interrupt, int cpu, List<TraceFrame> stack,
                  TraceFrame ip, List<String> verbose) {
    AccessInfo withoutVerbose() {
        return new AccessInfo(ptr, size, type, pid, interrupt, cpu, stack, ip, List.of());
    }
}
