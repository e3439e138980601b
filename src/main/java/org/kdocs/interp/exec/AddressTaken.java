package org.kdocs.interp.exec;

import java.util.List;
import java.util.Set;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Expr;

/** Finds the locals that must live in stack memory rather than in register slots. */
final class AddressTaken {
    private AddressTaken() {
    }

    /** Names of locals whose address is taken (or passed to an lvalue builtin): they live in memory. */
    static void collect(Object node, java.util.Set<String> out, java.util.Set<String> lvalueBuiltins) {
        if (node instanceof Ast.Unary u && u.op().equals("&") && u.operand() instanceof Ast.Ident id) {
            out.add(id.name());
        }
        if (node instanceof Ast.Call c && c.function() instanceof Ast.Ident f && lvalueBuiltins.contains(f.name())) {
            for (Expr arg : c.args()) {
                if (arg instanceof Ast.Ident id) {
                    out.add(id.name());
                }
            }
        }
        if (node instanceof Record r) {
            for (var comp : r.getClass().getRecordComponents()) {
                try {
                    collect(comp.getAccessor().invoke(r), out, lvalueBuiltins);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out, lvalueBuiltins);
            }
        }
    }

}
