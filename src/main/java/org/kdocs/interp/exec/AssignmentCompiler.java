package org.kdocs.interp.exec;

import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;
import org.kdocs.interp.exec.ExprCompiler.BitFieldLValue;
import org.kdocs.interp.exec.ExprCompiler.LValue;
import org.kdocs.interp.exec.ExprCompiler.MemoryLValue;
import org.kdocs.interp.exec.ExprCompiler.RValue;
import org.kdocs.interp.exec.ExprCompiler.SlotLValue;
import org.kdocs.interp.exec.ExprNodes.*;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.parse.Token;

/**
 * The assignment operators (C11 6.5.16) and ++/-- (6.5.2.4, 6.5.3.1): the value converted to the
 * target's type, and the node for each kind of lvalue (a slot, memory, a bit-field's storage unit).
 */
final class AssignmentCompiler {
    private final ExprCompiler ec;

    AssignmentCompiler(ExprCompiler ec) {
        this.ec = ec;
    }

    ExprNode store(LValue lv, RValue value, Token at) {
        CType t = lv.type();
        if (t.kind == CType.Kind.ARRAY) {
            throw ec.error(at, "assignment to expression with array type");
        }
        RValue v = ec.convert(value, t.unqualified(), at, "assigning to");
        if (lv instanceof SlotLValue s) {
            return new SlotSet(s.slot(), v.node(), Conversion.NONE);
        }
        if (lv instanceof BitFieldLValue b) {
            return bitStore(b, v.node(), null);
        }
        MemoryLValue m = (MemoryLValue) lv;
        if (t.kind == CType.Kind.STRUCT) {
            return new Effect.Copy(m.address(), v.node(), t.sizeOf(), m.site()).node();
        }
        return new Effect.Store(m.address(), v.node(), t.sizeOf(), Conversion.NONE, m.site(), ec.marking(t), Ordering.NONE)
                .node();
    }

    /** ++, --, and compound assignment. */
    RValue update(LValue lv, String op, RValue rhs, boolean post, Token at) {
        CType t = lv.type().unqualified();
        BinaryOperator code = BinaryOperator.of(op);
        ExprNode operand;
        CType opType;
        if (t.kind == CType.Kind.POINTER && (code == BinaryOperator.ADD || code == BinaryOperator.SUBTRACT)) {
            if (!rhs.type().isInteger()) {
                throw ec.error(at, "invalid operands to binary " + op + " (have '" + t + "' and '" + rhs.type() + "')");
            }
            long scale = Math.max(1, t.target.sizeOf());
            operand = new Bin(BinaryOperator.MULTIPLY, rhs.node(), new Const(scale), Conversion.NONE, false, false, null);
            opType = CType.ULONG;
        } else {
            if (!t.isInteger() || !rhs.type().isInteger()) {
                throw ec.error(at, "invalid operands to binary " + op + " (have '" + t + "' and '" + rhs.type() + "')");
            }
            opType = code.isShift() ? ec.promote(t) : ec.common(t, rhs.type());
            operand = ec.convert(rhs, opType, at, "computing").node();
        }
        boolean u64 = opType.unsigned && opType.size == 8;
        Site site = ec.site(at);
        if (lv instanceof SlotLValue s) {
            CompoundAssignment assignment = new CompoundAssignment(code, u64, opType.unsigned, Conversion.of(t), post);
            return new RValue(new SlotUpdate(s.slot(), operand, assignment, site), t);
        }
        if (lv instanceof BitFieldLValue b) {
            // the bit-field store converts to the field's width itself
            return new RValue(bitStore(b, operand, new CompoundAssignment(code, u64, opType.unsigned, Conversion.NONE,
                    post)), t);
        }
        MemoryLValue m = (MemoryLValue) lv;
        CompoundAssignment assignment = new CompoundAssignment(code, u64, opType.unsigned, Conversion.ofLoaded(t), post);
        return new RValue(new Effect.MemoryUpdate(m.address(), operand, t.sizeOf(), Conversion.ofLoaded(t), assignment,
                m.site(), ec.marking(lv.type())).node(), t);
    }

    /** A bit-field store; {@code assignment} is null for a plain '='. */
    private ExprNode bitStore(BitFieldLValue b, ExprNode operand, CompoundAssignment assignment) {
        return new Effect.BitStore(b.unit(), operand, assignment, b.field(), b.type().isSigned(), b.site(),
                ec.marking(b.type())).node();
    }

    RValue assign(Ast.Assign a) {
        if (a.target() instanceof Ast.Ellipsis) {
            if (!a.op().equals("=")) {
                throw ec.error(a.at(), "'...' may only be assigned with '='");
            }
            RValue v = ec.rvalue(a.value());
            return new RValue(v.node(), v.type());
        }
        LValue lv = ec.lvalue(a.target());
        RValue v = ec.rvalue(a.value());
        if (a.op().equals("=")) {
            return new RValue(store(lv, v, a.at()), lv.type().unqualified());
        }
        String op = a.op().substring(0, a.op().length() - 1);
        return update(lv, op, v, false, a.at());
    }
}
