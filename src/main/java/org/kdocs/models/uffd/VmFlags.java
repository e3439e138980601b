package org.kdocs.models.uffd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vm_flags bits of include/linux/mm.h (Linux 6.12, x86-64 with protection keys, user shadow stack
 * and userfaultfd minor faults configured), as a table that can be checked for two flags sharing a
 * bit. Kernel aliases (VM_STACK for VM_GROWSDOWN, VM_HIGH_ARCH_n) are left out: each entry is one flag.
 */
public final class VmFlags {
    public static final long VM_READ = 0x1;
    public static final long VM_WRITE = 0x2;
    public static final long VM_SHARED = 0x8;
    public static final long VM_MAYREAD = 0x10;
    public static final long VM_MAYWRITE = 0x20;
    public static final long VM_UFFD_MISSING = 0x200;
    public static final long VM_PFNMAP = 0x400;
    public static final long VM_UFFD_WP = 0x1000;
    public static final long VM_LOCKED = 0x2000;
    public static final long VM_IO = 0x4000;
    public static final long VM_DONTEXPAND = 0x40000;
    public static final long VM_HUGETLB = 0x400000;
    public static final long VM_MIXEDMAP = 0x10000000;
    public static final long VM_SHADOW_STACK = 1L << 37;
    public static final long VM_UFFD_MINOR = 1L << 38;
    public static final long VM_DROPPABLE = 1L << 40;
    /** include/linux/mm.h VM_SPECIAL. */
    public static final long VM_SPECIAL = VM_IO | VM_DONTEXPAND | VM_PFNMAP | VM_MIXEDMAP;
    /** include/linux/userfaultfd_k.h __VM_UFFD_FLAGS. */
    public static final long UFFD_FLAGS = VM_UFFD_MISSING | VM_UFFD_WP | VM_UFFD_MINOR;

    /** One definition: name, value, where 6.12 defines it. */
    public record Flag(String name, long value, String definedAt) {
    }

    /** Two flags whose values have bits in common. */
    public record Collision(Flag first, Flag second, long sharedBits) {
        public String describe() {
            return first.name() + " (0x" + Long.toHexString(first.value()) + ") and " + second.name() + " (0x"
                    + Long.toHexString(second.value()) + ") share bit " + Long.numberOfTrailingZeros(sharedBits)
                    + " (0x" + Long.toHexString(sharedBits) + ")";
        }
    }

    private final Map<String, Flag> flags;

    private VmFlags(Map<String, Flag> flags) {
        this.flags = flags;
    }

    /** The table of Linux 6.12 on x86-64. */
    public static VmFlags linux612() {
        Map<String, Flag> t = new LinkedHashMap<>();
        Object[][] rows = {
            {"VM_READ", 0x1L, 275}, {"VM_WRITE", 0x2L, 276}, {"VM_EXEC", 0x4L, 277}, {"VM_SHARED", 0x8L, 278},
            {"VM_MAYREAD", 0x10L, 281}, {"VM_MAYWRITE", 0x20L, 282}, {"VM_MAYEXEC", 0x40L, 283},
            {"VM_MAYSHARE", 0x80L, 284}, {"VM_GROWSDOWN", 0x100L, 286}, {"VM_UFFD_MISSING", 0x200L, 288},
            {"VM_PFNMAP", 0x400L, 293}, {"VM_UFFD_WP", 0x1000L, 294}, {"VM_LOCKED", 0x2000L, 296},
            {"VM_IO", 0x4000L, 297}, {"VM_SEQ_READ", 0x8000L, 300}, {"VM_RAND_READ", 0x10000L, 301},
            {"VM_DONTCOPY", 0x20000L, 303}, {"VM_DONTEXPAND", 0x40000L, 304}, {"VM_LOCKONFAULT", 0x80000L, 305},
            {"VM_ACCOUNT", 0x100000L, 306}, {"VM_NORESERVE", 0x200000L, 307}, {"VM_HUGETLB", 0x400000L, 308},
            {"VM_SYNC", 0x800000L, 309}, {"VM_PAT", 0x1000000L, 373}, {"VM_WIPEONFORK", 0x2000000L, 311},
            {"VM_DONTDUMP", 0x4000000L, 312}, {"VM_SOFTDIRTY", 0x8000000L, 315}, {"VM_MIXEDMAP", 0x10000000L, 320},
            {"VM_HUGEPAGE", 0x20000000L, 321}, {"VM_NOHUGEPAGE", 0x40000000L, 322}, {"VM_MERGEABLE", 1L << 31, 323},
            {"VM_PKEY_BIT0", 1L << 32, 342}, {"VM_PKEY_BIT1", 1L << 33, 343}, {"VM_PKEY_BIT2", 1L << 34, 344},
            {"VM_PKEY_BIT3", 1L << 35, 346}, {"VM_SHADOW_STACK", 1L << 37, 367}, {"VM_UFFD_MINOR", 1L << 38, 402},
            {"VM_ALLOW_ANY_UNCACHED", 1L << 39, 416}, {"VM_DROPPABLE", 1L << 40, 423}, {"VM_SEALED", 1L << 63, 432},
        };
        for (Object[] row : rows) {
            String name = (String) row[0];
            t.put(name, new Flag(name, (Long) row[1], "include/linux/mm.h:" + row[2]));
        }
        return new VmFlags(t);
    }

    /** A copy with one flag (re)defined, e.g. a patch's value for VM_UFFD_MINOR. */
    public VmFlags withDefinition(String name, long value, String definedAt) {
        Map<String, Flag> copy = new LinkedHashMap<>(flags);
        copy.put(name, new Flag(name, value, definedAt));
        return new VmFlags(copy);
    }

    public List<Flag> flags() {
        return List.copyOf(flags.values());
    }

    public long value(String name) {
        Flag f = flags.get(name);
        return f == null ? 0 : f.value();
    }

    /** Every pair of flags with a bit in common (flags defined as 0 share nothing). */
    public List<Collision> collisions() {
        List<Flag> all = flags();
        List<Collision> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                long shared = all.get(i).value() & all.get(j).value();
                if (shared != 0) {
                    found.add(new Collision(all.get(i), all.get(j), shared));
                }
            }
        }
        return found;
    }

    /** The smaps VmFlags mnemonics of the uffd bits (fs/proc/task_mmu.c). */
    public static String mnemonics(long vmFlags) {
        List<String> out = new ArrayList<>();
        if ((vmFlags & VM_UFFD_MISSING) != 0) {
            out.add("um");
        }
        if ((vmFlags & VM_UFFD_WP) != 0) {
            out.add("uw");
        }
        if ((vmFlags & VM_UFFD_MINOR) != 0) {
            out.add("ui");
        }
        return String.join(" ", out);
    }
}
