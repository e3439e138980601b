package org.kdocs.interp.exec;

import org.kdocs.interp.exec.ExprCompiler.BitFieldLValue;
import org.kdocs.interp.exec.ExprCompiler.LValue;
import org.kdocs.interp.exec.ExprCompiler.MemoryLValue;
import org.kdocs.interp.exec.ExprCompiler.RValue;
import org.kdocs.interp.exec.ExprCompiler.SlotLValue;
import org.kdocs.interp.exec.ExprNodes.*;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.CType;

/**
 * The operators: unary {@code & *} (C11 6.5.3.2) and {@code + - ~ !} (6.5.3.3), the binary operators
 * from multiplicative to logical OR (6.5.5-6.5.14) with pointer arithmetic and comparison (6.5.6,
 * 6.5.8, 6.5.9), and the conditional operator (6.5.15), under the integer promotions and usual
 * arithmetic conversions of {@link ExprCompiler#promote} and {@link ExprCompiler#common}; integer
 * operations on constants fold. Prefix {@code ++ --} go to {@link AssignmentCompiler}.
 */
final class OperatorCompiler {
    private final ExprCompiler ec;

    OperatorCompiler(ExprCompiler ec) {
        this.ec = ec;
    }

    RValue unary(Ast.Unary u) {
        switch (u.op()) {
            case "&" -> {
                if (u.operand() instanceof Ast.Ident id && ec.scope.lookup(id.name()) instanceof Scope.Function f) {
                    return new RValue(new Const(f.code().info.address()), CType.pointerTo(f.code().type));
                }
                LValue lv = ec.lvalue(u.operand());
                if (lv instanceof SlotLValue) {
                    throw ec.error(u.at(), "internal: address of register variable");
                }
                if (lv instanceof BitFieldLValue b) {
                    throw ec.error(u.at(), "cannot take address of bit-field '" + b.field().name() + "'");
                }
                return new RValue(((MemoryLValue) lv).address(), CType.pointerTo(lv.type()));
            }
            case "*" -> {
                RValue p = ec.rvalue(u.operand());
                if (p.type().kind == CType.Kind.POINTER && p.type().target.kind == CType.Kind.FUNCTION) {
                    return p;
                }
                return ec.load(ec.lvalue(u));
            }
            case "++", "--" -> {
                return ec.assignments.update(ec.lvalue(u.operand()), u.op().equals("++") ? "+" : "-",
                        new RValue(new Const(1), CType.INT), false, u.at());
            }
            case "!" -> {
                RValue r = ec.rvalue(u.operand());
                ec.needScalar(r, u.at(), "a scalar");
                return new RValue(new Unary(UnaryOperator.NOT, r.node(), Conversion.NONE), CType.INT);
            }
            default -> {
                RValue r = ec.rvalue(u.operand());
                if (!r.type().isInteger()) {
                    throw ec.error(u.at(), "wrong type argument to unary " + (u.op().equals("~") ? "complement"
                            : u.op()) + " (have '" + r.type() + "')");
                }
                CType t = ExprCompiler.promote(r.type());
                RValue c = ec.convert(r, t, u.at(), "computing");
                if (u.op().equals("+")) {
                    return c;
                }
                return new RValue(new Unary(u.op().equals("-") ? UnaryOperator.NEGATE : UnaryOperator.COMPLEMENT, c.node(), Conversion.of(t)), t);
            }
        }
    }

    RValue binary(Ast.Binary b) {
        if (b.op().equals("&&") || b.op().equals("||")) {
            return new RValue(new Logical(b.op().equals("&&"), ec.condition(b.left()), ec.condition(b.right())),
                    CType.INT);
        }
        RValue l = ec.rvalue(b.left());
        RValue r = ec.rvalue(b.right());
        BinaryOperator op = BinaryOperator.of(b.op());
        CType lt = l.type();
        CType rt = r.type();
        boolean lp = lt.kind == CType.Kind.POINTER;
        boolean rp = rt.kind == CType.Kind.POINTER;
        if (lp || rp) {
            if (op == BinaryOperator.ADD && lp && rt.isInteger()) {
                return new RValue(new Offset(l.node(), r.node(), Math.max(1, lt.target.sizeOf())), lt);
            }
            if (op == BinaryOperator.ADD && rp && lt.isInteger()) {
                return new RValue(new Offset(r.node(), l.node(), Math.max(1, rt.target.sizeOf())), rt);
            }
            if (op == BinaryOperator.SUBTRACT && lp && rt.isInteger()) {
                return new RValue(new Offset(l.node(), r.node(), -Math.max(1, lt.target.sizeOf())), lt);
            }
            if (op == BinaryOperator.SUBTRACT && lp && rp) {
                return new RValue(new PointerDiff(l.node(), r.node(), Math.max(1, lt.target.sizeOf())), CType.LONG);
            }
            if (op.comparison && (lp || lt.isInteger()) && (rp || rt.isInteger())) {
                return new RValue(new Bin(op, l.node(), r.node(), Conversion.NONE, true, true, null), CType.INT);
            }
            throw ec.error(b.at(), "invalid operands to binary " + b.op() + " (have '" + lt + "' and '" + rt + "')");
        }
        if (!lt.isInteger() || !rt.isInteger()) {
            throw ec.error(b.at(), "invalid operands to binary " + b.op() + " (have '" + lt + "' and '" + rt + "')");
        }
        CType t;
        ExprNode le;
        ExprNode re;
        if (op.isShift()) {
            t = ExprCompiler.promote(lt);
            le = ec.convert(l, t, b.at(), "computing").node();
            re = ec.convert(r, ExprCompiler.promote(rt), b.at(), "computing").node();
        } else {
            t = ExprCompiler.common(lt, rt);
            le = ec.convert(l, t, b.at(), "computing").node();
            re = ec.convert(r, t, b.at(), "computing").node();
        }
        boolean u64 = t.unsigned && t.size == 8;
        CType result = op.comparison ? CType.INT : t;
        if (le instanceof Const a && re instanceof Const c && op != BinaryOperator.DIVIDE && op != BinaryOperator.REMAINDER) {
            long v = op.apply(a.value, c.value, u64, t.unsigned);
            return new RValue(new Const(op.comparison ? v : Conversion.of(t).apply(v)), result);
        }
        return new RValue(new Bin(op, le, re, Conversion.of(t), u64, t.unsigned, ec.site(b.at())), result);
    }

    RValue conditional(Ast.Cond c) {
        ExprNode cond = ec.condition(c.cond());
        RValue a = ec.rvalue(c.then());
        RValue b = ec.rvalue(c.otherwise());
        CType t;
        if (a.type().isInteger() && b.type().isInteger()) {
            t = ExprCompiler.common(a.type(), b.type());
        } else if (a.type().kind == CType.Kind.POINTER) {
            t = a.type();
        } else if (b.type().kind == CType.Kind.POINTER) {
            t = b.type();
        } else {
            t = a.type();
        }
        RValue ca = a.type().kind == CType.Kind.VOID ? a : ec.convert(a, t, c.at(), "choosing");
        RValue cb = b.type().kind == CType.Kind.VOID ? b : ec.convert(b, t, c.at(), "choosing");
        return new RValue(new Choose(cond, ca.node(), cb.node()), t);
    }
}
