package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.List;
import org.kdocs.interp.Diagnostic;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Expr;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.parse.CompileError;
import org.kdocs.interp.parse.Token;
import org.kdocs.interp.exec.ExprNodes.*;

/** Type-checks expressions and builds their nodes, applying C's conversion rules. */
final class ExprCompiler {
    /** A typed rvalue. */
    record RValue(ExprNode node, CType type) { }

    /** An lvalue: a register slot, a memory address, or a bit-field in a storage unit. */
    sealed interface LValue permits SlotLValue, MemoryLValue, BitFieldLValue { CType type(); }

    record SlotLValue(int slot, CType type) implements LValue { }

    record MemoryLValue(ExprNode address, CType type, Site site) implements LValue { }

    /** A bit-field: its storage unit's address, the field (offset and width) and its declared type. */
    record BitFieldLValue(ExprNode unit, CType.Field field, CType type, Site site) implements LValue { }

    /** What only a function body can do for an expression: place unnamed objects, compile statements. */
    interface Body {
        /** A new object in the current block's stack frame, for a compound literal. */
        Scope.FrameVar temporary(CType type, Token at);

        /** Code that zeroes frame object {@code v} and stores {@code init}'s values into it. */
        ExprNode initialize(Scope.FrameVar v, CType type, Expr init, Token at);

        /** A statement expression: its statements and the value of its last one. */
        RValue statementExpression(Ast.StmtExpr e);
    }

    final Scope scope;
    final String file;
    final Strings strings;
    final BuiltinTypes builtinTypes;
    FunctionInfo function;
    /** Compiles =, ++, -- and compound assignments. */
    final AssignmentCompiler assignments = new AssignmentCompiler(this);
    /** Compiles the unary, binary and conditional operators. */
    private final OperatorCompiler operators = new OperatorCompiler(this);
    /** Source positions to code offsets. */
    CodeLayout layout;
    /** The function body being compiled; null at file scope. */
    Body body;

    ExprCompiler(Scope scope, String file, Strings strings, BuiltinTypes builtinTypes) {
        this.scope = scope;
        this.file = file;
        this.strings = strings;
        this.builtinTypes = builtinTypes;
    }

    CompileError error(Token at, String message) {
        return new CompileError(new Diagnostic(file, at.line(), at.column(), message));
    }

    Site site(Token at) {
        if (function == null) {
            return new Site(null, 0, file, at.line(), at.column());
        }
        int offset = Math.min(layout.offset(function.line(), at.line(), at.column()), function.size() - 1);
        return new Site(function, offset, file, at.line(), at.column());
    }

    // ---- type rules ----

    /** Replaces typeof(expression) (possibly under pointers and arrays) by the expression's type. */
    CType resolve(CType t, Token at) {
        if (t == null || !t.hasTypeof()) {
            return t;
        }
        if (t.kind == CType.Kind.TYPEOF) {
            CType r = typeOf((Expr) t.typeofExpression());
            return r.kind == CType.Kind.FUNCTION ? CType.pointerTo(r) : r;
        }
        CType inner = resolve(t.target, at);
        return t.kind == CType.Kind.POINTER ? CType.pointerTo(inner) : CType.arrayOf(inner, t.length);
    }

    static CType promote(CType t) {
        if (t.kind == CType.Kind.BOOL || t.kind == CType.Kind.INT && t.size < 4) {
            return CType.INT;
        }
        return t.kind == CType.Kind.INT ? CType.integerOf(t.size, t.unsigned) : t;
    }

    static CType common(CType a, CType b) {
        CType pa = promote(a);
        CType pb = promote(b);
        if (pa.size != pb.size) {
            return pa.size > pb.size ? pa : pb;
        }
        return CType.integerOf(pa.size, pa.unsigned || pb.unsigned);
    }

    RValue convert(RValue r, CType to, Token at, String what) {
        CType from = r.type();
        if (to.kind == CType.Kind.VOID) {
            return new RValue(r.node(), CType.VOID);
        }
        if (from.kind == CType.Kind.VOID) {
            throw error(at, "void value not ignored as it ought to be");
        }
        if (to.kind == CType.Kind.STRUCT || from.kind == CType.Kind.STRUCT) {
            if (to.kind == CType.Kind.STRUCT && from.kind == CType.Kind.STRUCT && to.aggregate == from.aggregate) {
                return new RValue(r.node(), to);
            }
            throw error(at, "incompatible types when " + what + " type '" + to + "' from type '" + from + "'");
        }
        Conversion conv = Conversion.of(to);
        if (conv == Conversion.NONE || from.kind == to.kind && from.size <= to.size && from.unsigned == to.unsigned
                && to.kind == CType.Kind.INT) {
            return new RValue(r.node(), to);
        }
        if (r.node() instanceof Const c) {
            return new RValue(new Const(conv.apply(c.value)), to);
        }
        return new RValue(new Convert(r.node(), conv), to);
    }

    void needScalar(RValue r, Token at, String what) {
        if (!r.type().isScalar()) {
            throw error(at, "used " + (r.type().kind == CType.Kind.VOID ? "void value" : "value of type '"
                    + r.type() + "'") + " where " + what + " is required");
        }
    }

    ExprNode condition(Expr e) {
        RValue r = rvalue(e);
        needScalar(r, e.at(), "a scalar");
        return r.node();
    }

    // ---- lvalues ----

    LValue lvalue(Expr e) {
        if (e instanceof Ast.Ident id) {
            Scope.Ref ref = scope.lookup(id.name());
            if (ref == null) {
                throw error(id.at(), "'" + id.name() + "' undeclared");
            }
            if (ref instanceof Scope.SlotVar s) {
                return new SlotLValue(s.slot(), s.type());
            }
            if (ref instanceof Scope.FrameVar fv) {
                return new MemoryLValue(new FrameAddress(fv.offset()), fv.type(), site(id.at()));
            }
            if (ref instanceof Scope.GlobalVar g) {
                return new MemoryLValue(new Const(g.address()), g.type(), site(id.at()));
            }
            throw error(id.at(), "lvalue required: '" + id.name() + "' is a function");
        }
        if (e instanceof Ast.CompoundLit c) {
            return compoundLiteral(c);
        }
        if (e instanceof Ast.Unary u && u.op().equals("*")) {
            RValue p = rvalue(u.operand());
            if (p.type().kind != CType.Kind.POINTER) {
                throw error(u.at(), "invalid type argument of unary '*' (have '" + p.type() + "')");
            }
            if (p.type().target.kind == CType.Kind.VOID) {
                throw error(u.at(), "dereferencing 'void *' pointer");
            }
            return new MemoryLValue(p.node(), p.type().target, site(u.at()));
        }
        if (e instanceof Ast.Index ix) {
            RValue a = rvalue(ix.array());
            RValue i = rvalue(ix.index());
            if (a.type().kind != CType.Kind.POINTER) {
                if (i.type().kind == CType.Kind.POINTER && a.type().isInteger()) {
                    RValue t = a;
                    a = i;
                    i = t;
                } else {
                    throw error(ix.at(), "subscripted value is neither array nor pointer");
                }
            }
            if (!i.type().isInteger()) {
                throw error(ix.at(), "array subscript is not an integer");
            }
            CType elem = a.type().target;
            return new MemoryLValue(new Offset(a.node(), i.node(), elem.sizeOf()), elem, site(ix.at()));
        }
        if (e instanceof Ast.Member m) {
            CType st;
            ExprNode base;
            if (m.arrow()) {
                RValue p = rvalue(m.object());
                if (p.type().kind != CType.Kind.POINTER || p.type().target.kind != CType.Kind.STRUCT) {
                    throw error(m.at(), "invalid type argument of '->' (have '" + p.type() + "')");
                }
                st = p.type().target;
                base = p.node();
            } else {
                RValue s = rvalue(m.object());
                if (s.type().kind != CType.Kind.STRUCT) {
                    throw error(m.at(), "request for member '" + m.name() + "' in something not a structure or union");
                }
                st = s.type();
                base = s.node();
            }
            if (st.aggregate.fields == null) {
                throw error(m.at(), "invalid use of incomplete type '" + st + "'");
            }
            CType.Field f = st.aggregate.field(m.name());
            if (f == null) {
                throw error(m.at(), "'" + st + "' has no member named '" + m.name() + "'");
            }
            CType ft = st.isVolatile ? f.type().asVolatile() : f.type();
            ExprNode addr = f.offset() == 0 ? base : new Offset(base, new Const(f.offset()), 1);
            if (f.isBitField()) {
                return new BitFieldLValue(addr, f, ft, site(m.at()));
            }
            return new MemoryLValue(addr, ft, site(m.at()));
        }
        throw error(e.at(), "lvalue required as operand");
    }

    static Marking marking(CType t) {
        return t.isVolatile ? Marking.ONCE : Marking.PLAIN;
    }

    /** Reads an lvalue: arrays decay to a pointer, structs evaluate to their address. */
    RValue load(LValue lv) {
        CType t = lv.type();
        if (lv instanceof SlotLValue s) {
            return new RValue(new SlotGet(s.slot()), t.unqualified());
        }
        if (lv instanceof BitFieldLValue b) {
            int unit = b.field().type().sizeOf();
            ExprNode unitValue = new Effect.Load(b.unit(), unit, Conversion.ofLoaded(CType.integerOf(unit, true)),
                    b.site(), marking(t), Ordering.NONE).node();
            return new RValue(new BitExtract(unitValue, b.field().bitOffset(), b.field().bitWidth(), t.isSigned()),
                    t.unqualified());
        }
        MemoryLValue m = (MemoryLValue) lv;
        if (t.kind == CType.Kind.ARRAY) {
            return new RValue(m.address(), CType.pointerTo(t.target));
        }
        if (t.kind == CType.Kind.STRUCT || t.kind == CType.Kind.FUNCTION) {
            return new RValue(m.address(), t);
        }
        if (t.kind == CType.Kind.VOID) {
            throw error(tokenOf(m), "dereferencing a void object");
        }
        return new RValue(new Effect.Load(m.address(), t.sizeOf(), Conversion.ofLoaded(t), m.site(), marking(t),
                Ordering.NONE).node(), t.unqualified());
    }

    private static Token tokenOf(MemoryLValue m) {
        return new Token(Token.Kind.EOF, "", 0, false, 0, m.site().line(), m.site().column(), false);
    }

    /** A compound literal: an unnamed object of the block, initialised where the literal is evaluated. */
    private LValue compoundLiteral(Ast.CompoundLit c) {
        CType t = resolve(c.type(), c.at());
        if (body == null) {
            throw error(c.at(), "compound literals are only supported inside functions");
        }
        Scope.FrameVar v = body.temporary(t, c.at());
        ExprNode init = body.initialize(v, t, c.init(), c.at());
        return new MemoryLValue(new Sequence(init, new FrameAddress(v.offset())), t, site(c.at()));
    }

    // ---- rvalues ----

    RValue rvalue(Expr e) {
        if (e instanceof Ast.IntLit l) {
            return new RValue(new Const(Conversion.of(l.type()).apply(l.value())), l.type());
        }
        if (e instanceof Ast.StrLit s) {
            return new RValue(new Const(strings.address(s.value())), CType.pointerTo(CType.CHAR));
        }
        if (e instanceof Ast.Ident id) {
            return identifier(id);
        }
        if (e instanceof Ast.Unary u) {
            return operators.unary(u);
        }
        if (e instanceof Ast.Postfix p) {
            return assignments.update(lvalue(p.operand()), p.op().equals("++") ? "+" : "-", new RValue(new Const(1), CType.INT), true,
                    p.at());
        }
        if (e instanceof Ast.Binary b) {
            return operators.binary(b);
        }
        if (e instanceof Ast.Assign a) {
            return assignments.assign(a);
        }
        if (e instanceof Ast.Cond c) {
            return operators.conditional(c);
        }
        if (e instanceof Ast.Call c) {
            return new CallCompiler(this).call(c);
        }
        if (e instanceof Ast.Index || e instanceof Ast.Member || e instanceof Ast.CompoundLit) {
            return load(lvalue(e));
        }
        if (e instanceof Ast.StmtExpr se) {
            if (body == null) {
                throw error(se.at(), "statement expressions are only allowed inside functions");
            }
            return body.statementExpression(se);
        }
        if (e instanceof Ast.Cast c0) {
            Ast.Cast c = new Ast.Cast(c0.at(), resolve(c0.type(), c0.at()), c0.operand());
            RValue r = rvalue(c.operand());
            if (c.type().kind == CType.Kind.VOID) {
                return new RValue(r.node(), CType.VOID);
            }
            if (!c.type().isScalar()) {
                throw error(c.at(), "conversion to non-scalar type '" + c.type() + "' requested");
            }
            needScalar(r, c.at(), "a scalar");
            return convert(r, c.type().unqualified(), c.at(), "casting to");
        }
        if (e instanceof Ast.SizeofType s) {
            return sizeOf(resolve(s.type(), s.at()), s.at());
        }
        if (e instanceof Ast.SizeofExpr s) {
            return sizeOf(typeOf(s.operand()), s.at());
        }
        if (e instanceof Ast.Comma c) {
            RValue l = rvalue(c.left());
            RValue r = rvalue(c.right());
            return new RValue(new Sequence(l.node(), r.node()), r.type());
        }
        if (e instanceof Ast.Ellipsis) {
            throw error(e.at(), "'...' can only stand for a whole statement or the target of '... = expression;'");
        }
        throw error(e.at(), "braced initializer is only allowed in a declaration");
    }

    private RValue sizeOf(CType t, Token at) {
        if (t.kind == CType.Kind.STRUCT && t.aggregate.fields == null) {
            throw error(at, "invalid application of 'sizeof' to incomplete type '" + t + "'");
        }
        return new RValue(new Const(t.kind == CType.Kind.VOID ? 1 : t.sizeOf()), CType.ULONG);
    }

    /** The type of an expression without array decay (for sizeof). */
    CType typeOf(Expr e) {
        if (e instanceof Ast.StrLit s) {
            return CType.arrayOf(CType.CHAR, s.value().length() + 1);
        }
        if (e instanceof Ast.Ident || e instanceof Ast.Index || e instanceof Ast.Member || e instanceof Ast.CompoundLit
                || e instanceof Ast.Unary u && u.op().equals("*")) {
            if (e instanceof Ast.Ident id && scope.lookup(id.name()) instanceof Scope.Function f) {
                return f.code().type;
            }
            return lvalue(e).type();
        }
        return rvalue(e).type();
    }

    private RValue identifier(Ast.Ident id) {
        Scope.Ref ref = scope.lookup(id.name());
        if (ref instanceof Scope.Function f) {
            return new RValue(new Const(f.code().info.address()), CType.pointerTo(f.code().type));
        }
        if (ref == null && function != null && (id.name().equals("__func__") || id.name().equals("__FUNCTION__"))) {
            return new RValue(new Const(strings.address(function.name())), CType.pointerTo(CType.CHAR));
        }
        if (ref == null || ref instanceof Scope.BuiltinRef) {
            throw error(id.at(), "'" + id.name() + "' undeclared");
        }
        return load(lvalue(id));
    }

    List<RValue> rvalues(List<Expr> args) {
        List<RValue> out = new ArrayList<>();
        for (Expr a : args) {
            out.add(rvalue(a));
        }
        return out;
    }
}
