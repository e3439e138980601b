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

    static final class Const extends ExprNode {
        final long value;

        Const(long value) {
            this.value = value;
        }

        @Override
        long eval(Frame f) {
            return value;
        }
    }

    static final class SlotGet extends ExprNode {
        final int slot;

        SlotGet(int slot) {
            this.slot = slot;
        }

        @Override
        long eval(Frame f) {
            return f.slots[slot];
        }
    }

    static final class SlotSet extends ExprNode {
        final int slot;
        final ExprNode value;
        final Conversion conv;

        SlotSet(int slot, ExprNode value, Conversion conv) {
            this.slot = slot;
            this.value = value;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            long v = conv.apply(value.eval(f));
            f.slots[slot] = v;
            return v;
        }
    }

    /** ++/--/compound assignment on a register local. */
    static final class SlotUpdate extends ExprNode {
        final int slot;
        final BinaryOperator op;
        final ExprNode operand;
        final Conversion conv;
        final boolean post;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;

        SlotUpdate(int slot, BinaryOperator op, ExprNode operand, Conversion conv, boolean post, boolean unsigned64, boolean unsigned, Site site) {
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
                n = conv.apply(op.apply(old, operand.eval(f), unsigned64, unsigned));
            } catch (BinaryOperator.DivideByZero e) {
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

    static final class Load extends ExprNode {
        final ExprNode address;
        final int size;
        final Conversion conv;
        final Site site;
        final Marking marking;

        Load(ExprNode address, int size, Conversion conv, Site site, Marking marking) {
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

    static final class Store extends ExprNode {
        final ExprNode address;
        final ExprNode value;
        final int size;
        final Conversion conv;
        final Site site;
        final Marking marking;

        Store(ExprNode address, ExprNode value, int size, Conversion conv, Site site, Marking marking) {
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
    static final class MemUpdate extends ExprNode {
        final ExprNode address;
        final BinaryOperator op;
        final ExprNode operand;
        final int size;
        final Conversion conv;
        final boolean post;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;
        final Marking marking;

        MemUpdate(ExprNode address, BinaryOperator op, ExprNode operand, int size, Conversion conv, boolean post, boolean unsigned64,
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
            return conv.apply(op.apply(conv.apply(raw), rhs, unsigned64, unsigned));
        }
    }

    /** Struct assignment: copies bytes, yields the destination address. */
    static final class Copy extends ExprNode {
        final ExprNode dst;
        final ExprNode src;
        final int size;
        final Site site;

        Copy(ExprNode dst, ExprNode src, int size, Site site) {
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

    static final class Bin extends ExprNode {
        final BinaryOperator op;
        final ExprNode left;
        final ExprNode right;
        final Conversion conv;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;

        Bin(BinaryOperator op, ExprNode left, ExprNode right, Conversion conv, boolean unsigned64, boolean unsigned, Site site) {
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
                long r = op.apply(a, b, unsigned64, unsigned);
                return op.comparison ? r : conv.apply(r);
            } catch (BinaryOperator.DivideByZero e) {
                throw divideError(f, site);
            }
        }
    }

    static final class Convert extends ExprNode {
        final ExprNode operand;
        final Conversion conv;

        Convert(ExprNode operand, Conversion conv) {
            this.operand = operand;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            return conv.apply(operand.eval(f));
        }
    }

    /** The unary operators that compute a value; unary plus is only a conversion. */
    enum UnaryOperator { NEGATE, COMPLEMENT, NOT }

    static final class Unary extends ExprNode {
        final UnaryOperator op;
        final ExprNode operand;
        final Conversion conv;

        Unary(UnaryOperator op, ExprNode operand, Conversion conv) {
            this.op = op;
            this.operand = operand;
            this.conv = conv;
        }

        @Override
        long eval(Frame f) {
            long v = operand.eval(f);
            return switch (op) {
                case NEGATE -> conv.apply(-v);
                case COMPLEMENT -> conv.apply(~v);
                case NOT -> v == 0 ? 1 : 0;
            };
        }
    }

    static final class Logical extends ExprNode {
        final boolean and;
        final ExprNode left;
        final ExprNode right;

        Logical(boolean and, ExprNode left, ExprNode right) {
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

    static final class Choose extends ExprNode {
        final ExprNode cond;
        final ExprNode then;
        final ExprNode otherwise;

        Choose(ExprNode cond, ExprNode then, ExprNode otherwise) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        long eval(Frame f) {
            return cond.eval(f) != 0 ? then.eval(f) : otherwise.eval(f);
        }
    }

    static final class Sequence extends ExprNode {
        final ExprNode first;
        final ExprNode second;

        Sequence(ExprNode first, ExprNode second) {
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
    static final class Offset extends ExprNode {
        final ExprNode base;
        final ExprNode index;
        final long scale;

        Offset(ExprNode base, ExprNode index, long scale) {
            this.base = base;
            this.index = index;
            this.scale = scale;
        }

        @Override
        long eval(Frame f) {
            return base.eval(f) + index.eval(f) * scale;
        }
    }

    static final class PointerDiff extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final long scale;

        PointerDiff(ExprNode left, ExprNode right, long scale) {
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
    static final class FrameAddress extends ExprNode {
        final int offset;

        FrameAddress(int offset) {
            this.offset = offset;
        }

        @Override
        long eval(Frame f) {
            return f.base + offset;
        }
    }

    static final class Call extends ExprNode {
        final FunctionCode function;
        final ExprNode[] args;
        final Conversion conv;
        final Site site;

        Call(FunctionCode function, ExprNode[] args, Conversion conv, Site site) {
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

    static final class CallPointer extends ExprNode {
        final ExprNode target;
        final ExprNode[] args;
        final Conversion conv;
        final Site site;

        CallPointer(ExprNode target, ExprNode[] args, Conversion conv, Site site) {
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
    static final class DataRace extends ExprNode {
        final ExprNode inner;
        final Site site;

        DataRace(ExprNode inner, Site site) {
            this.inner = inner;
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }
}
