package org.kdocs.interp.exec;

import org.kdocs.interp.AccessKind;
import org.kdocs.interp.BarrierKind;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;

/** The kernel primitives every program may use, and the prelude of kernel types and constants. */
public final class StandardBuiltins {
    static final String PRELUDE = """
            typedef unsigned char u8; typedef signed char s8; typedef unsigned short u16; typedef short s16;
            typedef unsigned int u32; typedef int s32; typedef unsigned long long u64; typedef long long s64;
            typedef u8 __u8; typedef u16 __u16; typedef u32 __u32; typedef u64 __u64;
            typedef s8 __s8; typedef s16 __s16; typedef s32 __s32; typedef s64 __s64;
            typedef u8 uint8_t; typedef u16 uint16_t; typedef u32 uint32_t; typedef u64 uint64_t;
            typedef s8 int8_t; typedef s16 int16_t; typedef s32 int32_t; typedef s64 int64_t;
            typedef unsigned long size_t; typedef long ssize_t; typedef unsigned long uintptr_t; typedef long intptr_t;
            typedef long ptrdiff_t; typedef unsigned int gfp_t; typedef int pid_t; typedef long long loff_t;
            typedef struct { int counter; } atomic_t;
            typedef struct { s64 counter; } atomic64_t;
            typedef struct { long counter; } atomic_long_t;
            typedef struct { int locked; } spinlock_t;
            typedef spinlock_t raw_spinlock_t;
            struct mutex { long owner; };
            struct page { unsigned long flags; unsigned long private; void *mapping; unsigned long index;
                          int _refcount; int _mapcount; unsigned long _pad[3]; };
            #define NULL ((void *)0)
            #define KERN_SOH "\\001"
            #define KERN_EMERG KERN_SOH "0"
            #define KERN_ALERT KERN_SOH "1"
            #define KERN_CRIT KERN_SOH "2"
            #define KERN_ERR KERN_SOH "3"
            #define KERN_WARNING KERN_SOH "4"
            #define KERN_NOTICE KERN_SOH "5"
            #define KERN_INFO KERN_SOH "6"
            #define KERN_DEBUG KERN_SOH "7"
            #define KERN_CONT KERN_SOH "c"
            #define pr_emerg(...) printk(KERN_EMERG __VA_ARGS__)
            #define pr_alert(...) printk(KERN_ALERT __VA_ARGS__)
            #define pr_crit(...) printk(KERN_CRIT __VA_ARGS__)
            #define pr_err(...) printk(KERN_ERR __VA_ARGS__)
            #define pr_warn(...) printk(KERN_WARNING __VA_ARGS__)
            #define pr_notice(...) printk(KERN_NOTICE __VA_ARGS__)
            #define pr_info(...) printk(KERN_INFO __VA_ARGS__)
            #define pr_debug(...) printk(KERN_DEBUG __VA_ARGS__)
            #define pr_cont(...) printk(KERN_CONT __VA_ARGS__)
            #define GFP_KERNEL 0xcc0U
            #define GFP_ATOMIC 0x820U
            #define GFP_NOWAIT 0x800U
            #define __GFP_ZERO 0x100U
            #define PAGE_SHIFT 12
            #define PAGE_SIZE 4096UL
            #define IS_ENABLED(option) defined(option)
            #define likely(x) (x)
            #define unlikely(x) (x)
            #define __builtin_expect(x, y) (x)
            #define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
            #define BIT(n) (1UL << (n))
            #define min(a, b) ((a) < (b) ? (a) : (b))
            #define max(a, b) ((a) > (b) ? (a) : (b))
            #define min_t(t, a, b) ((t)(a) < (t)(b) ? (t)(a) : (t)(b))
            #define max_t(t, a, b) ((t)(a) > (t)(b) ? (t)(a) : (t)(b))
            #define swap(a, b) do { typeof(a) __swap_tmp = (a); (a) = (b); (b) = __swap_tmp; } while (0)
            #define ATOMIC_INIT(i) { (i) }
            #define ATOMIC64_INIT(i) { (i) }
            #define ATOMIC_LONG_INIT(i) { (i) }
            #define DEFINE_SPINLOCK(x) spinlock_t x
            #define DEFINE_RAW_SPINLOCK(x) raw_spinlock_t x
            #define DEFINE_MUTEX(x) struct mutex x
            #define __SPIN_LOCK_UNLOCKED(x) { 0 }
            #define EXPORT_SYMBOL(x)
            #define EXPORT_SYMBOL_GPL(x)
            #define MODULE_LICENSE(x)
            #define __ATOMIC_RELAXED 0
            #define __ATOMIC_CONSUME 1
            #define __ATOMIC_ACQUIRE 2
            #define __ATOMIC_RELEASE 3
            #define __ATOMIC_ACQ_REL 4
            #define __ATOMIC_SEQ_CST 5
            #define EPERM 1
            #define ENOENT 2
            #define EAGAIN 11
            #define ENOMEM 12
            #define EFAULT 14
            #define EBUSY 16
            #define EEXIST 17
            #define EINVAL 22
            #define INT_MAX 2147483647
            #define INT_MIN (-INT_MAX - 1)
            #define UINT_MAX 4294967295U
            #define LONG_MAX 9223372036854775807L
            #define LONG_MIN (-LONG_MAX - 1)
            #define ULONG_MAX (~0UL)
            #define U8_MAX 255
            #define U16_MAX 65535
            #define U32_MAX 4294967295U
            #define U64_MAX (~0ULL)
            #define S32_MAX INT_MAX
            #define S32_MIN INT_MIN
            """;

    private StandardBuiltins() {
    }

    public static void install(Builtins b) {
        b.addPrelude(PRELUDE);
        marked(b);
        barriers(b);
        AtomicBuiltins.install(b);
        LockBuiltins.install(b);
        HeapBuiltins.install(b);
        misc(b);
    }

    private static Builtin.Body barrier(BarrierKind kind) {
        return (c, a) -> {
            c.barrier(kind);
            return 0;
        };
    }

    private static void barriers(Builtins b) {
        b.register(Builtin.of("barrier", "void", barrier(BarrierKind.COMPILER)));
        for (String n : new String[] {"smp_mb", "mb", "__smp_mb"}) {
            b.register(Builtin.of(n, "void", barrier(BarrierKind.FULL)));
        }
        for (String n : new String[] {"smp_rmb", "rmb"}) {
            b.register(Builtin.of(n, "void", barrier(BarrierKind.READ)));
        }
        for (String n : new String[] {"smp_wmb", "wmb"}) {
            b.register(Builtin.of(n, "void", barrier(BarrierKind.WRITE)));
        }
        b.register(Builtin.of("smp_mb__before_atomic", "void", barrier(BarrierKind.BEFORE_ATOMIC)));
        b.register(Builtin.of("smp_mb__after_atomic", "void", barrier(BarrierKind.AFTER_ATOMIC)));
    }

    private static void marked(Builtins b) {
        b.register(Builtin.of("READ_ONCE", "typeof 0", (c, a) -> c.read(a[0], c.argSize(0), Marking.ONCE,
                Ordering.NONE), "lvalue").asAccess(new Builtin.Shape(AccessKind.READ, Marking.ONCE, Ordering.NONE)));
        b.register(Builtin.of("WRITE_ONCE", "void", (c, a) -> {
            c.write(a[0], c.argSize(0), a[1], Marking.ONCE, Ordering.NONE);
            return 0;
        }, "lvalue", "any").asAccess(new Builtin.Shape(AccessKind.WRITE, Marking.ONCE, Ordering.NONE)));
        b.register(Builtin.of("smp_load_acquire", "pointee 0", (c, a) -> c.read(a[0], c.argSize(0), Marking.ONCE,
                Ordering.ACQUIRE), "pointer").asAccess(new Builtin.Shape(AccessKind.READ, Marking.ONCE,
                Ordering.ACQUIRE)));
        b.register(Builtin.of("smp_store_release", "void", (c, a) -> {
            c.write(a[0], c.argSize(0), a[1], Marking.ONCE, Ordering.RELEASE);
            return 0;
        }, "pointer", "any").asAccess(new Builtin.Shape(AccessKind.WRITE, Marking.ONCE, Ordering.RELEASE)));
        restartable(b, Builtin.of("smp_store_mb", "void", (c, a) -> {
            c.write(a[0], c.argSize(0), a[1], Marking.ONCE, Ordering.NONE);
            c.barrier(BarrierKind.FULL);
            return 0;
        }, "lvalue", "any"));
        for (String n : new String[] {"rcu_dereference", "rcu_access_pointer", "rcu_dereference_protected",
            "rcu_dereference_raw"}) {
            restartable(b, new Builtin(n, "typeof 0", java.util.List.of("lvalue"), n.equals("rcu_dereference_protected"),
                    (c, a) -> c.read(a[0], 8, Marking.ONCE, Ordering.ACQUIRE)));
        }
        restartable(b, Builtin.of("rcu_assign_pointer", "void", (c, a) -> {
            c.write(a[0], 8, a[1], Marking.ONCE, Ordering.RELEASE);
            return 0;
        }, "lvalue", "any"));
    }

    private static void misc(Builtins b) {
        b.register(new Builtin("printk", "int", java.util.List.of("const char *"), true, (c, a) -> {
            String text = Printk.format(c, c.string(a[0]), a, 1);
            c.machine().print(text);
            return text.length();
        }));
        b.register(new Builtin("printf", "int", java.util.List.of("const char *"), true, (c, a) -> {
            String text = Printk.format(c, c.string(a[0]), a, 1);
            c.machine().print(text);
            return text.length();
        }));
        b.register(Builtin.of("udelay", "void", (c, a) -> delay(c, a[0] * 1_000), "unsigned long"));
        b.register(Builtin.of("ndelay", "void", (c, a) -> delay(c, a[0]), "unsigned long"));
        b.register(Builtin.of("mdelay", "void", (c, a) -> delay(c, a[0] * 1_000_000), "unsigned long"));
        b.register(Builtin.of("msleep", "void", (c, a) -> delay(c, a[0] * 1_000_000), "unsigned int"));
        b.register(Builtin.of("usleep_range", "void", (c, a) -> delay(c, a[0] * 1_000), "unsigned long",
                "unsigned long"));
        b.register(Builtin.of("cpu_relax", "void", (c, a) -> delay(c, 1)));
        for (String n : new String[] {"schedule", "cond_resched", "yield"}) {
            b.register(Builtin.of(n, "void", (c, a) -> {
                Worker w = (Worker) c.thread();
                w.point();
                return 0;
            }).asRestartable());
        }
        b.register(Builtin.of("BUG", "void", (c, a) -> {
            throw bug(c);
        }));
        b.register(Builtin.of("BUG_ON", "void", (c, a) -> {
            if (a[0] != 0) {
                throw bug(c);
            }
            return 0;
        }, "any"));
        b.register(Builtin.of("assert", "void", (c, a) -> {
            if (a[0] == 0) {
                throw c.oops("BUG: assertion failed at " + c.site().location());
            }
            return 0;
        }, "any"));
        b.register(Builtin.of("WARN_ON", "int", (c, a) -> warn(c, a[0], false, ""), "any"));
        b.register(Builtin.of("WARN_ON_ONCE", "int", (c, a) -> warn(c, a[0], true, ""), "any"));
        b.register(new Builtin("WARN", "int", java.util.List.of("any", "const char *"), true,
                (c, a) -> warn(c, a[0], false, Printk.format(c, c.string(a[1]), a, 2))));
        b.register(new Builtin("panic", "void", java.util.List.of("const char *"), true, (c, a) -> {
            throw c.oops("Kernel panic - not syncing: " + Printk.format(c, c.string(a[0]), a, 1).strip());
        }));
        restartable(b, Builtin.of("memset", "void *", (c, a) -> range(c, a[0], a[2], a[1], -1), "void *", "int",
                "size_t"));
        restartable(b, Builtin.of("memcpy", "void *", (c, a) -> range(c, a[0], a[2], 0, a[1]), "void *",
                "const void *", "size_t"));
        b.register(Builtin.of("strlen", "size_t", (c, a) -> c.string(a[0]).length(), "const char *"));
        b.register(Builtin.of("smp_processor_id", "int", (c, a) -> c.thread().cpu()));
        b.register(Builtin.of("raw_smp_processor_id", "int", (c, a) -> c.thread().cpu()));
        b.register(Builtin.of("in_interrupt", "int", (c, a) -> c.thread().inInterrupt() ? 1 : 0));
        b.register(Builtin.of("in_irq", "int", (c, a) -> c.thread().inInterrupt() ? 1 : 0));
        b.register(Builtin.of("in_task", "int", (c, a) -> c.thread().inInterrupt() ? 0 : 1));
        b.register(Builtin.of("current_pid", "int", (c, a) -> c.thread().pid()));
    }

    /** A builtin whose first effect is its memory access (see {@link Builtin#restartable}). */
    static void restartable(Builtins b, Builtin builtin) {
        b.register(builtin.asRestartable());
    }

    private static long delay(CallContext c, long nanos) {
        c.machine().delay(nanos);
        return 0;
    }

    private static RuntimeException bug(CallContext c) {
        return c.oops("kernel BUG at " + c.site().location() + "!");
    }

    private static long warn(CallContext c, long cond, boolean once, String text) {
        if (cond == 0) {
            return 0;
        }
        if (once) {
            java.util.Set<Long> seen = c.machine().attachment(WarnedOnce.class, WarnedOnce::new).sites;
            if (!seen.add(c.site().address())) {
                return 1;
            }
        }
        c.machine().print("WARNING: CPU: " + c.thread().cpu() + " PID: " + c.thread().pid() + " at "
                + c.site().location() + " " + c.site().symbolic() + "\n" + (text.isEmpty() ? "" : text
                + (text.endsWith("\n") ? "" : "\n")));
        // kernel/panic.c __warn: a warning taints the kernel (TAINT_WARN) once it is printed
        c.machine().taint(org.kdocs.interp.Machine.TAINT_WARN);
        return 1;
    }

    private static final class WarnedOnce {
        final java.util.Set<Long> sites = new java.util.HashSet<>();
    }

    private static long range(CallContext c, long dst, long n, long fill, long src) {
        return ((Worker) c.thread()).bulk(dst, n, fill, src, c.site());
    }
}
