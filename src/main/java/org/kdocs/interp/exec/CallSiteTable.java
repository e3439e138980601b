package org.kdocs.interp.exec;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kdocs.interp.Symbols.CallSite;
import org.kdocs.interp.parse.Ast;

/**
 * The builtin call sites of a translation unit as an optimising compiler leaves them: functions with
 * external linkage are kept, a static function is kept when kept code names it (call or address), and
 * the calls inside dropped functions go with them. Models whose kernel counterpart is static data per
 * call site (alloc_tag's DEFINE_ALLOC_TAG) build their tables from it.
 */
final class CallSiteTable {
    /** What one function's body (or the globals' initializers) contains. */
    private record Contents(List<CallSite> calls, Set<String> references) {
    }

    private final Predicate<String> isBuiltin;
    private final Set<String> functions;
    private final String file;

    private CallSiteTable(Predicate<String> isBuiltin, Set<String> functions, String file) {
        this.isBuiltin = isBuiltin;
        this.functions = functions;
        this.file = file;
    }

    static List<CallSite> of(Ast.Unit unit, Predicate<String> isBuiltin, String file) {
        Map<String, Ast.FunctionDef> defs = new LinkedHashMap<>();
        unit.functions().forEach(f -> defs.put(f.name(), f));
        CallSiteTable table = new CallSiteTable(name -> isBuiltin.test(name) && !defs.containsKey(name),
                defs.keySet(), file);
        Set<String> staticNames = new HashSet<>();
        unit.functions().stream().filter(Ast.FunctionDef::isStatic).forEach(f -> staticNames.add(f.name()));
        unit.prototypes().stream().filter(Ast.VarDecl::isStatic).forEach(p -> staticNames.add(p.name()));

        Map<String, Contents> contents = new HashMap<>();
        defs.values().forEach(f -> contents.put(f.name(), table.contents(f.name(), f.body())));
        Deque<String> pending = new ArrayDeque<>();
        defs.keySet().stream().filter(n -> !staticNames.contains(n)).forEach(pending::add);
        Contents globals = new Contents(new ArrayList<>(), new HashSet<>());
        unit.globals().forEach(g -> table.walk(g.init(), null, globals));
        pending.addAll(globals.references());

        Set<String> kept = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (kept.add(name)) {
                pending.addAll(contents.get(name).references());
            }
        }
        Map<List<Integer>, CallSite> byPosition = new LinkedHashMap<>();
        defs.keySet().stream().filter(kept::contains).flatMap(n -> contents.get(n).calls().stream())
                .sorted(Comparator.comparingInt(CallSite::line).thenComparingInt(CallSite::column))
                .forEach(c -> byPosition.putIfAbsent(List.of(c.line(), c.column()), c));
        return List.copyOf(byPosition.values());
    }

    private Contents contents(String function, Ast.Stmt body) {
        Contents out = new Contents(new ArrayList<>(), new HashSet<>());
        walk(body, function, out);
        return out;
    }

    /**
     * Visits a syntax node and everything below it. The walk goes through the components of the AST
     * records, so statement and expression kinds need no case of their own; only calls, names and
     * sizeof (whose operand is never evaluated) are special.
     */
    private void walk(Object node, String fn, Contents out) {
        if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, fn, out));
            return;
        }
        if (node == null || !(node instanceof Record) || node instanceof Ast.SizeofExpr) {
            return;
        }
        if (node instanceof Ast.Ident id && functions.contains(id.name())) {
            out.references().add(id.name());
        }
        if (node instanceof Ast.Call c && c.function() instanceof Ast.Ident id && fn != null
                && isBuiltin.test(id.name())) {
            out.calls().add(new CallSite(id.name(), fn, file, c.at().line(), c.at().column()));
        }
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Class<?> type = component.getType();
            if (Ast.Expr.class.isAssignableFrom(type) || Ast.Stmt.class.isAssignableFrom(type)
                    || List.class.isAssignableFrom(type) || type == Ast.VarDecl.class || type == Ast.InitItem.class) {
                walk(value(component, node), fn, out);
            }
        }
    }

    private static Object value(RecordComponent component, Object node) {
        try {
            return component.getAccessor().invoke(node);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
