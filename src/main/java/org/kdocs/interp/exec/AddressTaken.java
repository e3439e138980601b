package org.kdocs.interp.exec;

import java.util.List;
import java.util.Set;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Expr;

/** Finds the locals that must live in stack memory rather than in register slots. */
final class AddressTaken {
    private AddressTaken() {
    }

    /**
     * Names of locals whose address is taken (or passed as an lvalue argument of a builtin, such as the
     * first argument of WRITE_ONCE): they live in memory. {@code lvalueParams} gives, per builtin, the
     * parameter kinds.
     */
    static void collect(Object node, java.util.Set<String> out, java.util.Map<String, List<String>> lvalueParams) {
        if (node instanceof Ast.Unary u && u.op().equals("&") && u.operand() instanceof Ast.Ident id) {
            out.add(id.name());
        }
        if (node instanceof Ast.Call c && c.function() instanceof Ast.Ident f && lvalueParams.containsKey(f.name())) {
            List<String> params = lvalueParams.get(f.name());
            for (int i = 0; i < c.args().size() && i < params.size(); i++) {
                if (params.get(i).equals("lvalue") && c.args().get(i) instanceof Ast.Ident id) {
                    out.add(id.name());
                }
            }
        }
        if (node instanceof Record r) {
            for (var comp : r.getClass().getRecordComponents()) {
                try {
                    collect(comp.getAccessor().invoke(r), out, lvalueParams);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out, lvalueParams);
            }
        }
    }

}
