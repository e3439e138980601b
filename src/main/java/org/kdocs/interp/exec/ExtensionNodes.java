package org.kdocs.interp.exec;

import org.kdocs.interp.Marking;
import org.kdocs.interp.Site;

/** Expression nodes of the C extensions beyond the basics: bit-field access and GNU statement expressions. */
final class ExtensionNodes {
    private ExtensionNodes() {
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

    /**
     * Assignment or compound assignment to a bit-field: the operand is computed, then the storage unit
     * is read and written back whole, as compiled code does (two accesses: another CPU's update of a
     * neighbouring field in between is lost). {@code op} is null for a plain "=".
     */
    static final class BitStore extends ExprNode {
        final ExprNode address;
        final ExprNode operand;
        final BinaryOperator op;
        final boolean post;
        final int unitSize;
        final int offset;
        final int width;
        final boolean signed;
        final boolean unsigned64;
        final boolean unsigned;
        final Site site;
        final Marking marking;

        BitStore(ExprNode address, ExprNode operand, BinaryOperator op, boolean post, int unitSize, int offset, int width, boolean signed,
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
    static final class StmtExpr extends ExprNode {
        final StmtNode body;
        final ExprNode value;

        StmtExpr(StmtNode body, ExprNode value) {
            this.body = body;
            this.value = value;
        }

        @Override
        long eval(Frame f) {
            throw Lowering.notLowered(this);
        }
    }
}
