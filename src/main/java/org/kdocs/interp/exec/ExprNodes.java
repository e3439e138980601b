package org.kdocs.interp.exec;

import org.kdocs.interp.Site;

/**
 * The pure expression nodes: constants, slots, arithmetic, addresses and bit-field arithmetic, evaluated
 * directly (inside the instruction that needs the value). An expression with a scheduling point or a
 * call is an {@link Effect} instead, which {@link Lowering} turns into instructions.
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

    /**
     * ++, -- or a compound assignment on a register local. The parts of its {@link CompoundAssignment} are
     * copied into the node's own fields: the JIT cannot fold the fields of a record it reaches through a
     * field, and each update of an interpreted loop paid those loads (see {@link BinaryOperator}).
     */
    static final class SlotUpdate extends ExprNode {
        final int slot;
        final ExprNode operand;
        final CompoundAssignment assignment;
        final BinaryOperator operator;
        final Conversion conversion;
        final boolean unsigned64;
        final boolean unsigned;
        final boolean post;
        final Site site;

        SlotUpdate(int slot, ExprNode operand, CompoundAssignment assignment, Site site) {
            this.slot = slot;
            this.operand = operand;
            this.assignment = assignment;
            this.operator = assignment.operator();
            this.conversion = assignment.conversion();
            this.unsigned64 = assignment.unsigned64();
            this.unsigned = assignment.unsigned();
            this.post = assignment.post();
            this.site = site;
        }

        @Override
        long eval(Frame f) {
            long old = f.slots[slot];
            long updated;
            try {
                updated = conversion.apply(operator.apply(old, operand.eval(f), unsigned64, unsigned));
            } catch (BinaryOperator.DivideByZero e) {
                throw divideError(f, site);
            }
            f.slots[slot] = updated;
            return post ? old : updated;
        }
    }

    static RuntimeException divideError(Frame f, Site site) {
        return f.w.fault("Oops: divide error: 0000 [#1] PREEMPT SMP", "CPU: " + f.w.cpu + " PID: " + f.w.pid()
                + " Comm: " + f.w.name, site);
    }

    static final class Bin extends ExprNode {
        final BinaryOperator op;
        final ExprNode left;
        final ExprNode right;
        final Conversion conv;
        final boolean unsigned64;
        final boolean unsigned;
        /** op's {@code comparison}, kept here for the reason {@link SlotUpdate} gives. */
        final boolean comparison;
        final Site site;

        Bin(BinaryOperator op, ExprNode left, ExprNode right, Conversion conv, boolean unsigned64, boolean unsigned, Site site) {
            this.op = op;
            this.comparison = op.comparison;
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
                return comparison ? r : conv.apply(r);
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

    /** A bit-field's value from its storage unit (zero-extended): shifted down, masked, sign-extended. */
    static final class BitExtract extends ExprNode {
        final ExprNode unit;
        final int offset;
        final int width;
        final boolean signed;

        BitExtract(ExprNode unit, int offset, int width, boolean signed) {
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
    static final class BitInsert extends ExprNode {
        final ExprNode unit;
        final ExprNode value;
        final int offset;
        final int width;

        BitInsert(ExprNode unit, ExprNode value, int offset, int width) {
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
}
