package org.kdocs.interp.exec;

import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;

/**
 * The expression node classes the compiler builds. Pure nodes (constants, slots, arithmetic) are
 * evaluated directly; the nodes with a scheduling point or a call (loads, stores, calls ...) only
 * describe the operation, and {@link Lowering} turns them into instructions.
 */
final class ExprNodes {
    private ExprNodes() {
    }

    static final class Const extends Ex {
        final long value;

        Const(long value) {
            this.value = value;
        }

        @Override
        long eval(Frame f) {
            return value;
        }
    }

    static final class SlotGet extends Ex {
        final int slot;

        SlotGet(int slot) {
            this.slot = slot;
        }

        @Override
        long eval(Frame f) {
            return f.slots[slot];
        }
    }

    static final class SlotSet extends Ex {
        final int slot;
        final Ex value;
        final int conv;

        SlotSet(int slot, Ex value, int conv) {
            this.slot = slot;
            this.value = value;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            long v = Conv.apply(conv, value.eval(f));
            f.slots[slot] = v;
            return v;
        }
    }

    /** ++/--/compound assignment on a register local. */
    static final class SlotUpdate extends Ex {
        final int slot;
        final int op;
        final Ex operand;
        final int conv;
        final boolean post;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;

        SlotUpdate(int slot, int op, Ex operand, int conv, boolean post, boolean unsigned64, boolean unsigned, Site site) {
            this.slot = slot;
            this.op = op;
            this.operand = operand;
            this.conv = conv;
            this.post = post;
            this.unsigned64 = unsigned64;
            this.unsigned = unsigned;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            long old = f.slots[slot];
            long n;
            try {
                n = Conv.apply(conv, Arith.apply(op, old, operand.eval(f), unsigned64, unsigned));
            } catch (Arith.DivideByZero e) {
                throw divideError(f, site);
            }
            f.slots[slot] = n;
            return post ? old : n;
        }
    }

    static RuntimeException divideError(Frame f, Site site) {
        return f.w.fault("Oops: divide error: 0000 [#1] PREEMPT SMP", "CPU: " + f.w.cpu + " PID: " + f.w.pid()
                + " Comm: " + f.w.name, site);
    }

    static final class Load extends Ex {
        final Ex address;
        final int size;
        final int conv;
        final Site site;
        final Marking marking;

        Load(Ex address, int size, int conv, Site site, Marking marking) {
            this.address = address;
            this.size = size;
            this.conv = conv;
            this.site = site;
            this.marking = marking;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    static final class Store extends Ex {
        final Ex address;
        final Ex value;
        final int size;
        final int conv;
        final Site site;
        final Marking marking;

        Store(Ex address, Ex value, int size, int conv, Site site, Marking marking) {
            this.address = address;
            this.value = value;
            this.size = size;
            this.conv = conv;
            this.site = site;
            this.marking = marking;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    /** ++/--/compound assignment on memory: one READ_WRITE access, as KCSAN's compound instrumentation. */
    static final class MemUpdate extends Ex {
        final Ex address;
        final int op;
        final Ex operand;
        final int size;
        final int conv;
        final boolean post;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;
        final Marking marking;

        MemUpdate(Ex address, int op, Ex operand, int size, int conv, boolean post, boolean unsigned64,
                  boolean unsigned, Site site, Marking marking) {
            this.address = address;
            this.op = op;
            this.operand = operand;
            this.size = size;
            this.conv = conv;
            this.post = post;
            this.unsigned64 = unsigned64;
            this.unsigned = unsigned;
            this.site = site;
            this.marking = marking;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }

        long compute(long raw, long rhs) {
            return Conv.apply(conv, Arith.apply(op, Conv.apply(conv, raw), rhs, unsigned64, unsigned));
        }
    }

    /** Struct assignment: copies bytes, yields the destination address. */
    static final class Copy extends Ex {
        final Ex dst;
        final Ex src;
        final int size;
        final Site site;

        Copy(Ex dst, Ex src, int size, Site site) {
            this.dst = dst;
            this.src = src;
            this.size = size;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    static final class Bin extends Ex {
        final int op;
        final Ex left;
        final Ex right;
        final int conv;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;

        Bin(int op, Ex left, Ex right, int conv, boolean unsigned64, boolean unsigned, Site site) {
            this.op = op;
            this.left = left;
            this.right = right;
            this.conv = conv;
            this.unsigned64 = unsigned64;
            this.unsigned = unsigned;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            long a = left.eval(f);
            long b = right.eval(f);
            try {
                long r = Arith.apply(op, a, b, unsigned64, unsigned);
                return op >= Arith.EQ ? r : Conv.apply(conv, r);
            } catch (Arith.DivideByZero e) {
                throw divideError(f, site);
            }
        }
    }

    static final class Convert extends Ex {
        final Ex operand;
        final int conv;

        Convert(Ex operand, int conv) {
            this.operand = operand;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            return Conv.apply(conv, operand.eval(f));
        }
    }

    static final class Unary extends Ex {
        final char op;
        final Ex operand;
        final int conv;

        Unary(char op, Ex operand, int conv) {
            this.op = op;
            this.operand = operand;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            long v = operand.eval(f);
            return switch (op) {
                case '-' -> Conv.apply(conv, -v);
                case '~' -> Conv.apply(conv, ~v);
                default -> v == 0 ? 1 : 0;
            };
        }
    }

    static final class Logical extends Ex {
        final boolean and;
        final Ex left;
        final Ex right;

        Logical(boolean and, Ex left, Ex right) {
            this.and = and;
            this.left = left;
            this.right = right;
        }

        @Override
        long eval(Frame f) {
            if (and) {
                return left.eval(f) != 0 && right.eval(f) != 0 ? 1 : 0;
            }
            return left.eval(f) != 0 || right.eval(f) != 0 ? 1 : 0;
        }
    }

    static final class Choose extends Ex {
        final Ex cond;
        final Ex then;
        final Ex otherwise;

        Choose(Ex cond, Ex then, Ex otherwise) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        long eval(Frame f) {
            return cond.eval(f) != 0 ? then.eval(f) : otherwise.eval(f);
        }
    }

    static final class Sequence extends Ex {
        final Ex first;
        final Ex second;

        Sequence(Ex first, Ex second) {
            this.first = first;
            this.second = second;
        }

        @Override
        long eval(Frame f) {
            first.eval(f);
            return second.eval(f);
        }
    }

    /** Pointer plus scaled integer (also array indexing and member offsets). */
    static final class Offset extends Ex {
        final Ex base;
        final Ex index;
        final long scale;

        Offset(Ex base, Ex index, long scale) {
            this.base = base;
            this.index = index;
            this.scale = scale;
        }

        @Override
        long eval(Frame f) {
            return base.eval(f) + index.eval(f) * scale;
        }
    }

    static final class PointerDiff extends Ex {
        final Ex left;
        final Ex right;
        final long scale;

        PointerDiff(Ex left, Ex right, long scale) {
            this.left = left;
            this.right = right;
            this.scale = scale;
        }

        @Override
        long eval(Frame f) {
            return (left.eval(f) - right.eval(f)) / scale;
        }
    }

    /** Address of a local that lives in the stack frame. */
    static final class FrameAddress extends Ex {
        final int offset;

        FrameAddress(int offset) {
            this.offset = offset;
        }

        @Override
        long eval(Frame f) {
            return f.base + offset;
        }
    }

    static final class Call extends Ex {
        final FunctionCode function;
        final Ex[] args;
        final int conv;
        final Site site;

        Call(FunctionCode function, Ex[] args, int conv, Site site) {
            this.function = function;
            this.args = args;
            this.conv = conv;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    static final class CallPointer extends Ex {
        final Ex target;
        final Ex[] args;
        final int conv;
        final Site site;

        CallPointer(Ex target, Ex[] args, int conv, Site site) {
            this.target = target;
            this.args = args;
            this.conv = conv;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    /** data_race(expr): the expression's accesses are inside a "data_race" scope. */
    static final class DataRace extends Ex {
        final Ex inner;
        final Site site;

        DataRace(Ex inner, Site site) {
            this.inner = inner;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    /** A bit-field's value from its storage unit (zero-extended): shifted down, masked, sign-extended. */
    static final class BitExtract extends Ex {
        final Ex unit;
        final int offset;
        final int width;
        final boolean signed;

        BitExtract(Ex unit, int offset, int width, boolean signed) {
            this.unit = unit;
            this.offset = offset;
            this.width = width;
            this.signed = signed;
        }

        @Override
        long eval(Frame f) {
            long v = unit.eval(f) >>> offset;
            return signed ? v << (64 - width) >> (64 - width) : v & (width == 64 ? -1L : (1L << width) - 1);
        }
    }

    /** A storage unit with a bit-field replaced by {@code value}'s low bits. */
    static final class BitInsert extends Ex {
        final Ex unit;
        final Ex value;
        final int offset;
        final int width;

        BitInsert(Ex unit, Ex value, int offset, int width) {
            this.unit = unit;
            this.value = value;
            this.offset = offset;
            this.width = width;
        }

        @Override
        long eval(Frame f) {
            long mask = (width == 64 ? -1L : (1L << width) - 1) << offset;
            return unit.eval(f) & ~mask | (value.eval(f) << offset) & mask;
        }
    }

    /**
     * Assignment or compound assignment to a bit-field: the operand is computed, then the storage unit
     * is read and written back whole, as compiled code does (two accesses: another CPU's update of a
     * neighbouring field in between is lost). {@code op} is an {@link Arith} code, or -1 for '='.
     */
    static final class BitStore extends Ex {
        final Ex address;
        final Ex operand;
        final int op;
        final boolean post;
        final int unitSize;
        final int offset;
        final int width;
        final boolean signed;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;
        final Marking marking;

        BitStore(Ex address, Ex operand, int op, boolean post, int unitSize, int offset, int width, boolean signed,
                 boolean unsigned64, boolean unsigned, Site site, Marking marking) {
            this.address = address;
            this.operand = operand;
            this.op = op;
            this.post = post;
            this.unitSize = unitSize;
            this.offset = offset;
            this.width = width;
            this.signed = signed;
            this.unsigned64 = unsigned64;
            this.unsigned = unsigned;
            this.site = site;
            this.marking = marking;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }

    /** A GNU statement expression: the statements, then the value of the last one. */
    static final class StmtExpr extends Ex {
        final St body;
        final Ex value;

        StmtExpr(St body, Ex value) {
            this.body = body;
            this.value = value;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }
}
