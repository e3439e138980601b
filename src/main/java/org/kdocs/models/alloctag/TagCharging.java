package org.kdocs.models.alloctag;

import org.kdocs.models.kernel.KernelLog;

/**
 * How one allocation is charged, as in Linux 6.12 include/linux/alloc_tag.h: alloc_tag_add(),
 * alloc_tag_sub(), alloc_tag_ref_set() and __alloc_tag_ref_set() with their DEBUG checks, for the
 * current task, whose current->alloc_tag alloc_tag_save() and alloc_tag_restore() (include/linux/sched.h)
 * swap. The task's CPU picks the counter cells the this_cpu_* operations use; WARNING lines name the CPU
 * and the PID.
 */
final class TagCharging {
    private final int cpus;
    private final boolean debug;
    private final KernelLog log;
    private final DebugWarnings warnings;
    private AllocTag current;
    private int cpu;
    private int pid = 1;

    TagCharging(int cpus, boolean debug, KernelLog log) {
        this.cpus = cpus;
        this.debug = debug;
        this.log = log;
        this.warnings = new DebugWarnings(log);
    }

    int cpu() {
        return cpu;
    }

    int pid() {
        return pid;
    }

    /** Which CPU the current task runs on. */
    void runOn(int cpu) {
        this.cpu = Math.floorMod(cpu, cpus);
    }

    void runAs(int pid) {
        this.pid = pid;
    }

    AllocTag current() {
        return current;
    }

    /** alloc_tag_save(): installs {@code tag} as the current task's tag, returns the previous one. */
    AllocTag save(AllocTag tag) {
        AllocTag old = current;
        current = tag;
        return old;
    }

    /** alloc_tag_restore(): under DEBUG, WARNs when the current tag is no longer {@code tag}. */
    void restore(AllocTag tag, AllocTag old) {
        if (debug && current != tag) {
            log.warn(cpu, pid, "include/linux/sched.h", 2237, "alloc_tag_restore", "current->alloc_tag was changed:");
        }
        current = old;
    }

    /** alloc_tag_add(ref, tag, bytes). */
    void add(CodetagRef ref, AllocTag tag, long bytes) {
        if (refSet(ref, tag)) {
            tag.add(cpu, bytes, 0);
        }
    }

    /** alloc_tag_ref_set(): the debug add checks, then point the ref at the tag and count one call. */
    boolean refSet(CodetagRef ref, AllocTag tag) {
        if (debug) {
            warnings.addCheck(cpu, pid, ref, tag);
        }
        if (tag == null) {
            return false;
        }
        ref.set(tag);
        tag.add(cpu, 0, 1);
        return true;
    }

    /** __alloc_tag_ref_set(): the debug add checks and the pointer, no counters. */
    void refSetOnly(CodetagRef ref, AllocTag tag) {
        if (debug) {
            warnings.addCheck(cpu, pid, ref, tag);
        }
        ref.set(tag);
    }

    /** alloc_tag_sub(ref, bytes). */
    void sub(CodetagRef ref, long bytes) {
        if (debug) {
            warnings.subCheck(cpu, pid, ref);
        }
        if (!ref.isSet()) {
            return;
        }
        if (ref.isEmpty()) {
            ref.clear();
            return;
        }
        ref.tag().add(cpu, -bytes, -1);
        ref.clear();
    }

    /** The check pgalloc_tag_get() makes before it reads a page's ref. */
    void getCheck(CodetagRef ref) {
        warnings.subCheck(cpu, pid, ref);
    }
}
