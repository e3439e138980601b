package org.kdocs.interp.exec;

import java.util.List;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Expr;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.exec.ExprCompiler.LValue;
import org.kdocs.interp.exec.ExprCompiler.MemoryLValue;
import org.kdocs.interp.exec.ExprCompiler.RValue;

/** Compiles calls: to C functions (direct or through pointers), to builtins, and data_race(). */
final class CallCompiler {
    private final ExprCompiler ec;

    CallCompiler(ExprCompiler ec) {
        this.ec = ec;
    }

    RValue call(Ast.Call c) {
        if (c.function() instanceof Ast.Ident id) {
            Scope.Ref ref = ec.scope.lookup(id.name());
            if (ref instanceof Scope.Function f) {
                return direct(c, f.code());
            }
            if (ref instanceof Scope.BuiltinRef b) {
                return builtin(c, b.builtin());
            }
            if (ref == null && id.name().equals("data_race")) {
                if (c.args().size() != 1) {
                    throw ec.error(c.at(), "data_race() takes exactly one expression");
                }
                RValue inner = ec.rvalue(c.args().get(0));
                return new RValue(new Effect.DataRace(inner.node(), ec.site(c.at())).node(), inner.type());
            }
            if (ref == null && ec.scope.undefinedFunctions.contains(id.name())) {
                throw ec.error(id.at(), "undefined reference to '" + id.name() + "' (declared but never defined)");
            }
            if (ref == null) {
                throw ec.error(id.at(), "implicit declaration of function '" + id.name() + "'");
            }
        }
        RValue target = ec.rvalue(c.function());
        CType t = target.type();
        if (t.kind == CType.Kind.POINTER && t.target.kind == CType.Kind.FUNCTION) {
            t = t.target;
        }
        if (t.kind != CType.Kind.FUNCTION) {
            throw ec.error(c.at(), "called object is not a function or function pointer");
        }
        ExprNode[] args = arguments(c, t.signature, "function pointer");
        return new RValue(new Effect.CallPointer(target.node(), args, Conversion.of(t.signature.returns()),
                ec.site(c.at())).node(), t.signature.returns());
    }

    private RValue direct(Ast.Call c, FunctionCode fn) {
        ExprNode[] args = arguments(c, fn.type.signature, "function '" + fn.name + "'");
        CType ret = fn.type.signature.returns();
        return new RValue(new Effect.Call(fn, args, Conversion.of(ret), ec.site(c.at())).node(), ret);
    }

    private ExprNode[] arguments(Ast.Call c, CType.Signature sig, String what) {
        List<CType> params = sig.params();
        int n = c.args().size();
        if (n < params.size()) {
            throw ec.error(c.at(), "too few arguments to " + what);
        }
        if (n > params.size() && !sig.variadic()) {
            throw ec.error(c.at(), "too many arguments to " + what);
        }
        ExprNode[] out = new ExprNode[n];
        for (int i = 0; i < n; i++) {
            RValue a = ec.rvalue(c.args().get(i));
            if (i < params.size()) {
                out[i] = ec.convert(a, params.get(i), c.args().get(i).at(), "passing argument to parameter of").node();
            } else {
                out[i] = a.type().isInteger() ? ec.convert(a, ExprCompiler.promote(a.type()), c.at(), "passing").node()
                        : a.node();
            }
        }
        return out;
    }

    private RValue builtin(Ast.Call c, Builtin b) {
        List<String> params = b.params();
        int n = c.args().size();
        if (n < params.size()) {
            throw ec.error(c.at(), "too few arguments to '" + b.name() + "' (expects " + params.size() + ")");
        }
        if (n > params.size() && !b.variadic()) {
            throw ec.error(c.at(), "too many arguments to '" + b.name() + "' (expects " + params.size() + ")");
        }
        ExprNode[] args = new ExprNode[n];
        int[] sizes = new int[n];
        boolean[] signed = new boolean[n];
        CType[] types = new CType[n];
        for (int i = 0; i < n; i++) {
            Expr arg = c.args().get(i);
            String kind = i < params.size() ? params.get(i) : "any";
            if (kind.equals("lvalue")) {
                LValue lv = ec.lvalue(arg);
                if (!(lv instanceof MemoryLValue m)) {
                    throw ec.error(arg.at(), "'" + b.name() + "' needs a variable in memory");
                }
                args[i] = m.address();
                types[i] = lv.type();
                sizes[i] = lv.type().sizeOf();
                signed[i] = lv.type().isSigned();
                continue;
            }
            RValue a = ec.rvalue(arg);
            types[i] = a.type();
            switch (kind) {
                case "any" -> {
                    if (a.type().kind == CType.Kind.VOID) {
                        throw ec.error(arg.at(), "void value not ignored as it ought to be");
                    }
                    args[i] = a.type().isInteger() ? ec.convert(a, ExprCompiler.promote(a.type()), arg.at(),
                            "passing").node() : a.node();
                    sizes[i] = a.type().kind == CType.Kind.STRUCT ? a.type().sizeOf() : a.type().size;
                    signed[i] = a.type().isSigned();
                }
                case "pointer" -> {
                    if (a.type().kind != CType.Kind.POINTER) {
                        throw ec.error(arg.at(), "passing argument " + (i + 1) + " of '" + b.name()
                                + "' makes pointer from integer (have '" + a.type() + "')");
                    }
                    args[i] = a.node();
                    CType target = a.type().target;
                    sizes[i] = target.kind == CType.Kind.VOID ? 1 : target.sizeOf();
                    signed[i] = target.isSigned();
                }
                default -> {
                    CType pt = ec.builtinTypes.resolve(kind);
                    if (pt == null) {
                        throw ec.error(c.at(), "builtin '" + b.name() + "' declares unknown parameter type '" + kind
                                + "'");
                    }
                    if (pt.kind == CType.Kind.POINTER && a.type().isScalar()) {
                        args[i] = a.node();
                        sizes[i] = a.type().kind == CType.Kind.POINTER ? Math.max(1, a.type().target.sizeOf()) : 8;
                        signed[i] = a.type().kind == CType.Kind.POINTER && a.type().target.isSigned();
                    } else {
                        args[i] = ec.convert(a, pt, arg.at(), "passing argument of '" + b.name() + "' to").node();
                        sizes[i] = pt.size;
                        signed[i] = pt.isSigned();
                    }
                }
            }
        }
        CType ret = returnType(b, types, c);
        return new RValue(new BuiltinCall(b, args, sizes, signed, Conversion.of(ret), ec.site(c.at())).node(), ret);
    }

    private CType returnType(Builtin b, CType[] types, Ast.Call c) {
        String r = b.returns();
        if (r.startsWith("typeof ") || r.startsWith("pointee ")) {
            int i = Integer.parseInt(r.substring(r.indexOf(' ') + 1));
            if (i >= types.length) {
                throw ec.error(c.at(), "builtin '" + b.name() + "' has a bad return type");
            }
            CType t = types[i];
            if (r.startsWith("pointee ")) {
                t = t.kind == CType.Kind.POINTER ? t.target : t;
            }
            if (!t.isScalar() && t.kind != CType.Kind.VOID) {
                throw ec.error(c.at(), "'" + b.name() + "' needs a scalar object (have '" + t + "')");
            }
            return t.unqualified();
        }
        CType t = ec.builtinTypes.resolve(r);
        if (t == null) {
            throw ec.error(c.at(), "builtin '" + b.name() + "' declares unknown return type '" + r + "'");
        }
        return t;
    }
}
