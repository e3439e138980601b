package org.kdocs.interp.exec;

import java.util.function.LongBinaryOperator;
import org.kdocs.interp.AccessKind;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;

/**
 * The atomic_t / atomic64_t / atomic_long_t API (include/linux/atomic), cmpxchg/xchg, bitops and the
 * compiler's __atomic builtins; each reports ATOMIC accesses with the variant's ordering.
 */
final class AtomicBuiltins {
    private AtomicBuiltins() {
    }

    private static final String[][] ORDERS = {{"", "FULL"}, {"_relaxed", "NONE"}, {"_acquire", "ACQUIRE"},
        {"_release", "RELEASE"}};

    /** Every atomic operation makes its access first, so all are restartable. */
    private static void add(Builtins b, Builtin builtin) {
        b.register(builtin.asRestartable());
    }

    static long mask(int size) {
        return size >= 8 ? -1L : (1L << (8 * size)) - 1;
    }

    static void install(Builtins b) {
        family(b, "atomic", 4, "int");
        family(b, "atomic64", 8, "s64");
        family(b, "atomic_long", 8, "long");
        generic(b);
        bitops(b);
        compilerBuiltins(b);
    }

    private static LongBinaryOperator op(String name) {
        return switch (name) {
            case "add", "inc" -> Long::sum;
            case "sub", "dec" -> (a, x) -> a - x;
            case "and" -> (a, x) -> a & x;
            case "andnot" -> (a, x) -> a & ~x;
            case "or" -> (a, x) -> a | x;
            default -> (a, x) -> a ^ x;
        };
    }

    private static long rmw(CallContext c, long addr, int size, Ordering o, LongBinaryOperator f, long x) {
        long m = mask(size);
        return c.readModifyWrite(addr, size, Marking.ATOMIC, o, v -> f.applyAsLong(v, x) & m);
    }

    private static void family(Builtins b, String p, int size, String type) {
        String ptr = "pointer";
        add(b, Builtin.of(p + "_read", type, (c, a) -> c.read(a[0], size, Marking.ATOMIC, Ordering.NONE), ptr)
                .asAccess(new Builtin.Shape(AccessKind.READ, Marking.ATOMIC, Ordering.NONE, size)));
        add(b, Builtin.of(p + "_read_acquire", type, (c, a) -> c.read(a[0], size, Marking.ATOMIC,
                Ordering.ACQUIRE), ptr).asAccess(new Builtin.Shape(AccessKind.READ, Marking.ATOMIC, Ordering.ACQUIRE, size)));
        add(b, Builtin.of(p + "_set", "void", (c, a) -> {
            c.write(a[0], size, a[1], Marking.ATOMIC, Ordering.NONE);
            return 0;
        }, ptr, type).asAccess(new Builtin.Shape(AccessKind.WRITE, Marking.ATOMIC, Ordering.NONE, size)));
        add(b, Builtin.of(p + "_set_release", "void", (c, a) -> {
            c.write(a[0], size, a[1], Marking.ATOMIC, Ordering.RELEASE);
            return 0;
        }, ptr, type).asAccess(new Builtin.Shape(AccessKind.WRITE, Marking.ATOMIC, Ordering.RELEASE, size)));
        for (String name : new String[] {"add", "sub", "and", "andnot", "or", "xor", "inc", "dec"}) {
            boolean unary = name.equals("inc") || name.equals("dec");
            LongBinaryOperator f = op(name);
            // unary ops take (v); binary ops take (i, v)
            add(b, unary
                    ? Builtin.of(p + "_" + name, "void", (c, a) -> rmw(c, a[0], size, Ordering.NONE, f, 1) * 0, ptr)
                    : Builtin.of(p + "_" + name, "void", (c, a) -> rmw(c, a[1], size, Ordering.NONE, f, a[0]) * 0,
                    type, ptr));
            for (String[] ord : ORDERS) {
                Ordering o = Ordering.valueOf(ord[1]);
                String fetch = p + "_fetch_" + name + ord[0];
                add(b, unary ? Builtin.of(fetch, type, (c, a) -> rmw(c, a[0], size, o, f, 1), ptr)
                        : Builtin.of(fetch, type, (c, a) -> rmw(c, a[1], size, o, f, a[0]), type, ptr));
                if (name.equals("add") || name.equals("sub") || unary) {
                    String ret = p + "_" + name + "_return" + ord[0];
                    add(b, unary ? Builtin.of(ret, type, (c, a) -> f.applyAsLong(rmw(c, a[0], size, o, f, 1), 1),
                            ptr) : Builtin.of(ret, type, (c, a) -> f.applyAsLong(rmw(c, a[1], size, o, f, a[0]), a[0]),
                            type, ptr));
                }
            }
        }
        long m = mask(size);
        add(b, Builtin.of(p + "_inc_and_test", "bool", (c, a) -> ((rmw(c, a[0], size, Ordering.FULL, Long::sum,
                1) + 1) & m) == 0 ? 1 : 0, ptr));
        add(b, Builtin.of(p + "_dec_and_test", "bool", (c, a) -> ((rmw(c, a[0], size, Ordering.FULL,
                (x, y) -> x - y, 1) - 1) & m) == 0 ? 1 : 0, ptr));
        add(b, Builtin.of(p + "_sub_and_test", "bool", (c, a) -> ((rmw(c, a[1], size, Ordering.FULL,
                (x, y) -> x - y, a[0]) - a[0]) & m) == 0 ? 1 : 0, type, ptr));
        add(b, Builtin.of(p + "_add_negative", "bool", (c, a) -> signed(rmw(c, a[1], size, Ordering.FULL,
                Long::sum, a[0]) + a[0], size) < 0 ? 1 : 0, type, ptr));
        for (String[] ord : ORDERS) {
            Ordering o = Ordering.valueOf(ord[1]);
            add(b, Builtin.of(p + "_xchg" + ord[0], type, (c, a) -> c.readModifyWrite(a[0], size, Marking.ATOMIC,
                    o, v -> a[1] & m), ptr, type));
            add(b, Builtin.of(p + "_cmpxchg" + ord[0], type, (c, a) -> c.readModifyWrite(a[0], size,
                    Marking.ATOMIC, o, v -> v == (a[1] & m) ? a[2] & m : v), ptr, type, type));
            add(b, Builtin.of(p + "_try_cmpxchg" + ord[0], "bool", (c, a) -> tryCmpxchg(c, a[0], a[1], a[2], size,
                    o), ptr, "pointer", type));
        }
        add(b, Builtin.of(p + "_add_unless", "bool", (c, a) -> {
            long[] done = {0};
            c.readModifyWrite(a[0], size, Marking.ATOMIC, Ordering.FULL, v -> {
                done[0] = v == (a[2] & m) ? 0 : 1;
                return done[0] == 1 ? (v + a[1]) & m : v;
            });
            return done[0];
        }, ptr, type, type));
        add(b, Builtin.of(p + "_inc_not_zero", "bool", (c, a) -> c.readModifyWrite(a[0], size, Marking.ATOMIC,
                Ordering.FULL, v -> v == 0 ? 0 : (v + 1) & m) != 0 ? 1 : 0, ptr));
    }

    static long signed(long v, int size) {
        return size >= 8 ? v : (v << (64 - 8 * size)) >> (64 - 8 * size);
    }

    private static long tryCmpxchg(CallContext c, long addr, long oldPtr, long desired, int size, Ordering o) {
        long m = mask(size);
        long expected = c.machine().memory().read(oldPtr, size) & m;
        long seen = c.readModifyWrite(addr, size, Marking.ATOMIC, o, v -> v == expected ? desired & m : v);
        if (seen == expected) {
            return 1;
        }
        c.write(oldPtr, size, seen, Marking.PLAIN, Ordering.NONE);
        return 0;
    }

    private static void generic(Builtins b) {
        for (String[] ord : ORDERS) {
            Ordering o = Ordering.valueOf(ord[1]);
            add(b, Builtin.of("xchg" + ord[0], "pointee 0", (c, a) -> c.readModifyWrite(a[0], c.argSize(0),
                    Marking.ATOMIC, o, v -> a[1] & mask(c.argSize(0))), "pointer", "any"));
            add(b, Builtin.of("cmpxchg" + ord[0], "pointee 0", (c, a) -> {
                long m = mask(c.argSize(0));
                return c.readModifyWrite(a[0], c.argSize(0), Marking.ATOMIC, o, v -> v == (a[1] & m) ? a[2] & m : v);
            }, "pointer", "any", "any"));
            add(b, Builtin.of("try_cmpxchg" + ord[0], "bool", (c, a) -> tryCmpxchg(c, a[0], a[1], a[2],
                    c.argSize(0), o), "pointer", "pointer", "any"));
        }
    }

    private static void bitops(Builtins b) {
        String[][] ops = {{"set_bit", "or"}, {"clear_bit", "andnot"}, {"change_bit", "xor"}};
        for (String[] op : ops) {
            LongBinaryOperator f = op(op[1]);
            add(b, Builtin.of(op[0], "void", (c, a) -> rmw(c, word(a), 8, Ordering.NONE, f, bit(a)) * 0,
                    "long", "pointer"));
            add(b, Builtin.of("test_and_" + op[0], "bool", (c, a) -> (rmw(c, word(a), 8, Ordering.FULL, f, bit(a))
                    & bit(a)) != 0 ? 1 : 0, "long", "pointer"));
            add(b, Builtin.of("__" + op[0], "void", (c, a) -> c.readModifyWrite(word(a), 8, Marking.PLAIN,
                    Ordering.NONE, v -> f.applyAsLong(v, bit(a))) * 0, "long", "pointer"));
        }
        add(b, Builtin.of("test_bit", "bool", (c, a) -> (c.read(word(a), 8, Marking.ATOMIC, Ordering.NONE)
                & bit(a)) != 0 ? 1 : 0, "long", "pointer"));
    }

    private static long word(long[] a) {
        return a[1] + (a[0] >> 6) * 8;
    }

    private static long bit(long[] a) {
        return 1L << (a[0] & 63);
    }

    static Ordering memorder(long order) {
        return switch ((int) order) {
            case 0 -> Ordering.NONE;
            case 1, 2 -> Ordering.ACQUIRE;
            case 3 -> Ordering.RELEASE;
            default -> Ordering.FULL;
        };
    }

    private static void compilerBuiltins(Builtins b) {
        add(b, Builtin.of("__atomic_load_n", "pointee 0", (c, a) -> c.read(a[0], c.argSize(0), Marking.ATOMIC,
                memorder(a[1])), "pointer", "int"));
        add(b, Builtin.of("__atomic_store_n", "void", (c, a) -> {
            c.write(a[0], c.argSize(0), a[1], Marking.ATOMIC, memorder(a[2]));
            return 0;
        }, "pointer", "any", "int"));
        add(b, Builtin.of("__atomic_exchange_n", "pointee 0", (c, a) -> c.readModifyWrite(a[0], c.argSize(0),
                Marking.ATOMIC, memorder(a[2]), v -> a[1] & mask(c.argSize(0))), "pointer", "any", "int"));
        add(b, Builtin.of("__atomic_compare_exchange_n", "bool", (c, a) -> tryCmpxchg(c, a[0], a[1], a[2],
                c.argSize(0), memorder(a[4])), "pointer", "pointer", "any", "int", "int", "int"));
        for (String name : new String[] {"add", "sub", "and", "or", "xor", "nand"}) {
            LongBinaryOperator f = name.equals("nand") ? (x, y) -> ~(x & y) : op(name);
            add(b, Builtin.of("__atomic_fetch_" + name, "pointee 0", (c, a) -> rmw(c, a[0], c.argSize(0),
                    memorder(a[2]), f, a[1]), "pointer", "any", "int"));
            add(b, Builtin.of("__atomic_" + name + "_fetch", "pointee 0", (c, a) -> f.applyAsLong(rmw(c, a[0],
                    c.argSize(0), memorder(a[2]), f, a[1]), a[1]), "pointer", "any", "int"));
            add(b, Builtin.of("__sync_fetch_and_" + name, "pointee 0", (c, a) -> rmw(c, a[0], c.argSize(0),
                    Ordering.FULL, f, a[1]), "pointer", "any"));
            add(b, Builtin.of("__sync_" + name + "_and_fetch", "pointee 0", (c, a) -> f.applyAsLong(rmw(c, a[0],
                    c.argSize(0), Ordering.FULL, f, a[1]), a[1]), "pointer", "any"));
        }
        add(b, Builtin.of("__sync_val_compare_and_swap", "pointee 0", (c, a) -> {
            long m = mask(c.argSize(0));
            return c.readModifyWrite(a[0], c.argSize(0), Marking.ATOMIC, Ordering.FULL,
                    v -> v == (a[1] & m) ? a[2] & m : v);
        }, "pointer", "any", "any"));
        add(b, Builtin.of("__atomic_thread_fence", "void", (c, a) -> {
            c.barrier(org.kdocs.interp.BarrierKind.FULL);
            return 0;
        }, "int"));
        add(b, Builtin.of("__atomic_signal_fence", "void", (c, a) -> {
            c.barrier(org.kdocs.interp.BarrierKind.COMPILER);
            return 0;
        }, "int"));
    }
}
