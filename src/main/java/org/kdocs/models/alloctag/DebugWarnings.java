package org.kdocs.models.alloctag;

import org.kdocs.models.kernel.KernelLog;

/**
 * The CONFIG_MEM_ALLOC_PROFILING_DEBUG checks of include/linux/alloc_tag.h (alloc_tag_add_check,
 * alloc_tag_sub_check): each is a WARN_ONCE, so each prints at most once per boot.
 */
final class DebugWarnings {
    private static final String FILE = "include/linux/alloc_tag.h";

    private final KernelLog log;
    private boolean warnedNotCleared;
    private boolean warnedCurrentNotSet;
    private boolean warnedNotSet;

    DebugWarnings(KernelLog log) {
        this.log = log;
    }

    /** Before a ref is pointed at {@code tag}: the ref must be clear and the tag known. */
    void addCheck(int cpu, int pid, CodetagRef ref, AllocTag tag) {
        if (ref.isSet() && !warnedNotCleared) {
            warnedNotCleared = true;
            String old = ref.isEmpty() ? "CODETAG_EMPTY"
                    : ref.tag().codeTag().filename() + ":" + ref.tag().codeTag().lineno();
            log.warn(cpu, pid, FILE, 128, "alloc_tag_add", "alloc_tag was not cleared (got tag for " + old + ")");
        }
        if (tag == null && !warnedCurrentNotSet) {
            warnedCurrentNotSet = true;
            log.warn(cpu, pid, FILE, 132, "alloc_tag_add", "current->alloc_tag not set");
        }
    }

    /** Before a ref is released: it should point at a tag. */
    void subCheck(int cpu, int pid, CodetagRef ref) {
        if (!ref.isSet() && !warnedNotSet) {
            warnedNotSet = true;
            log.warn(cpu, pid, FILE, 137, "alloc_tag_sub", "alloc_tag was not set");
        }
    }
}
