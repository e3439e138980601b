package org.kdocs.interp.exec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Stmt;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.exec.ExprCompiler.RValue;
import org.kdocs.interp.exec.StmtNodes.*;

/** Compiles one function's statements, allocating register slots and stack-frame space for its locals. */
final class FunctionBody implements ExprCompiler.Body {
    private static final class SwitchContext {
        final CType type;
        final Map<Long, Integer> cases = new HashMap<>();
        int defaultIndex = -1;
        Ast.Block block;

        SwitchContext(CType type) {
            this.type = type;
        }
    }

    private final Compiler compiler;
    private final ExprCompiler ec;
    private final FunctionCode code;
    private final Set<String> addressTaken;
    private final Map<String, Integer> labelIds = new HashMap<>();
    private final Deque<Set<String>> enclosingLabels = new ArrayDeque<>();
    private Set<String> allLabels;
    private final Deque<SwitchContext> switches = new ArrayDeque<>();
    private int loops;
    private int slots;
    private int frameBytes;

    FunctionBody(Compiler compiler, ExprCompiler ec, FunctionCode code, Set<String> addressTaken) {
        this.compiler = compiler;
        this.ec = ec;
        this.code = code;
        this.addressTaken = addressTaken;
    }

    int slots() {
        return slots;
    }

    int frameBytes() {
        return (frameBytes + 15) / 16 * 16;
    }

    /** Decides where a local lives: scalars whose address is never taken get a register slot. */
    Scope.Ref allocate(String name, CType type) {
        if (type.isScalar() && !addressTaken.contains(name)) {
            return new Scope.SlotVar(slots++, type);
        }
        if (type.kind == CType.Kind.VOID || type.kind == CType.Kind.STRUCT && type.aggregate.fields == null) {
            throw ec.error(ec.function == null ? null : tokenAt(code.info.line()), "storage size of '" + name
                    + "' isn't known");
        }
        int align = Math.max(1, type.alignOf());
        frameBytes = (frameBytes + align - 1) / align * align;
        int offset = frameBytes;
        frameBytes += Math.max(1, type.sizeOf());
        return new Scope.FrameVar(offset, type);
    }

    private static org.kdocs.interp.parse.Token tokenAt(int line) {
        return new org.kdocs.interp.parse.Token(org.kdocs.interp.parse.Token.Kind.EOF, "", 0, false, 0, line, 1, false);
    }

    StmtNode compile(Ast.Block body) {
        allLabels = Compiler.labelsIn(body, Compiler.newSet());
        return scopedBlock(body);
    }

    private StmtNode scopedBlock(Ast.Block b) {
        Seq seq = block(b, null);
        for (Stmt s : b.items()) {
            if (s instanceof Ast.ExprStmt e && e.expr() instanceof Ast.Call c && c.function() instanceof Ast.Ident id
                    && ec.scope.lookup(id.name()) instanceof Scope.BuiltinRef ref && ref.builtin().cleanup() != null) {
                return new ScopedSeq(seq);
            }
        }
        return seq;
    }

    private Seq block(Ast.Block b, SwitchContext sw) {
        ec.scope.push();
        Set<String> direct = Compiler.newSet();
        for (Stmt s : b.items()) {
            if (s instanceof Ast.Label l) {
                if (direct.contains(l.name())) {
                    throw ec.error(l.at(), "duplicate label '" + l.name() + "'");
                }
                direct.add(l.name());
            }
        }
        enclosingLabels.push(direct);
        List<StmtNode> out = new ArrayList<>();
        Map<Integer, Integer> labels = new HashMap<>();
        for (Stmt s : b.items()) {
            if (s instanceof Ast.Label l) {
                labels.put(labelId(l.name()), out.size());
            } else if (s instanceof Ast.CaseLabel c && sw != null && sw.block == b) {
                caseLabel(c, sw, out.size());
            } else {
                out.add(statement(s));
            }
        }
        enclosingLabels.pop();
        ec.scope.pop();
        return new Seq(out.toArray(new StmtNode[0]), labels.isEmpty() ? null : labels);
    }

    private int labelId(String name) {
        return labelIds.computeIfAbsent(name, n -> labelIds.size());
    }

    private void caseLabel(Ast.CaseLabel c, SwitchContext sw, int index) {
        if (c.value() == null) {
            if (sw.defaultIndex >= 0) {
                throw ec.error(c.at(), "multiple default labels in one switch");
            }
            sw.defaultIndex = index;
            return;
        }
        RValue r = ec.convert(ec.rvalue(c.value()), sw.type, c.at(), "comparing");
        if (!(r.node() instanceof ExprNodes.Const k)) {
            throw ec.error(c.at(), "case label does not reduce to an integer constant");
        }
        if (sw.cases.putIfAbsent(k.value, index) != null) {
            throw ec.error(c.at(), "duplicate case value");
        }
    }

    private StmtNode statement(Stmt s) {
        int line = s.at().line();
        if (s instanceof Ast.ExprStmt e) {
            return new Eval(ec.rvalue(e.expr()).node(), line);
        }
        if (s instanceof Ast.DeclStmt d) {
            return declarations(d);
        }
        if (s instanceof Ast.Block b) {
            return scopedBlock(b);
        }
        if (s instanceof Ast.If i) {
            ExprNode c = ec.condition(i.cond());
            StmtNode a = scoped(i.then());
            StmtNode b = i.otherwise() == null ? null : scoped(i.otherwise());
            return new IfElse(c, a, b, line);
        }
        if (s instanceof Ast.While w) {
            ExprNode c = ec.condition(w.cond());
            return new Loop(c, null, loopBody(w.body()), true, line);
        }
        if (s instanceof Ast.DoWhile d) {
            StmtNode body = loopBody(d.body());
            return new Loop(ec.condition(d.cond()), null, body, false, line);
        }
        if (s instanceof Ast.For f) {
            ec.scope.push();
            StmtNode init = statement(f.init());
            ExprNode c = f.cond() == null ? null : ec.condition(f.cond());
            ExprNode step = f.step() == null ? null : ec.rvalue(f.step()).node();
            StmtNode loop = new Loop(c, step, loopBody(f.body()), true, line);
            ec.scope.pop();
            return new Seq(new StmtNode[] {init, loop}, null);
        }
        if (s instanceof Ast.Switch sw) {
            RValue v = ec.rvalue(sw.value());
            if (!v.type().isInteger()) {
                throw ec.error(sw.at(), "switch quantity not an integer");
            }
            CType t = ExprCompiler.promote(v.type());
            SwitchContext ctx = new SwitchContext(t);
            Ast.Block body = sw.body() instanceof Ast.Block b ? b : new Ast.Block(sw.at(), List.of(sw.body()));
            ctx.block = body;
            switches.push(ctx);
            loops += 0;
            Seq seq = block(body, ctx);
            switches.pop();
            return new SwitchOn(ec.convert(v, t, sw.at(), "comparing").node(), seq, ctx.cases, ctx.defaultIndex, line);
        }
        if (s instanceof Ast.CaseLabel c) {
            throw ec.error(c.at(), switches.isEmpty()
                ? "case label not within a switch statement"
                : "case label inside a nested statement of a switch is not supported");
        }
        if (s instanceof Ast.Label) {
            return new Nop(line);
        }
        if (s instanceof Ast.Goto g) {
            if (!allLabels.contains(g.label())) {
                throw ec.error(g.at(), "label '" + g.label() + "' used but not defined");
            }
            boolean reachable = enclosingLabels.stream().anyMatch(set -> set.contains(g.label()));
            if (!reachable) {
                throw ec.error(g.at(), "goto into a nested block is not supported (label '" + g.label() + "')");
            }
            return new GotoLabel(labelId(g.label()), line);
        }
        if (s instanceof Ast.Break b) {
            if (loops == 0 && switches.isEmpty()) {
                throw ec.error(b.at(), "break statement not within loop or switch");
            }
            return new Break(line);
        }
        if (s instanceof Ast.Continue c) {
            if (loops == 0) {
                throw ec.error(c.at(), "continue statement not within a loop");
            }
            return new Continue(line);
        }
        if (s instanceof Ast.Return r) {
            CType ret = code.type.signature.returns();
            if (r.value() == null) {
                return new ReturnValue(null, line);
            }
            RValue v = ec.rvalue(r.value());
            if (ret.kind == CType.Kind.VOID) {
                if (v.type().kind != CType.Kind.VOID) {
                    throw ec.error(r.at(), "'return' with a value, in function returning void");
                }
                return new ReturnValue(v.node(), line);
            }
            if (ret.kind == CType.Kind.STRUCT) {
                throw ec.error(r.at(), "returning a struct by value is not supported");
            }
            return new ReturnValue(ec.convert(v, ret, r.at(), "returning").node(), line);
        }
        return new Nop(line);
    }

    private StmtNode scoped(Stmt s) {
        ec.scope.push();
        StmtNode out = statement(s);
        ec.scope.pop();
        return out;
    }

    private StmtNode loopBody(Stmt s) {
        loops++;
        StmtNode body = scoped(s);
        loops--;
        return body;
    }

    private StmtNode declarations(Ast.DeclStmt d) {
        List<StmtNode> out = new ArrayList<>();
        for (Ast.VarDecl v0 : d.vars()) {
            Ast.VarDecl v = v0.type().hasTypeof() ? new Ast.VarDecl(v0.at(), v0.name(), ec.resolve(v0.type(), v0.at()),
                    v0.init(), v0.isStatic(), v0.isExtern(), v0.attributes()) : v0;
            Scope.Ref global = v.isExtern() ? ec.scope.globals.get(v.name()) : null;
            if (global != null) {
                ec.scope.declare(v.name(), global);
                continue;
            }
            if (v.isStatic() || v.isExtern()) {
                compiler.staticObject(v, code.name + "." + v.name());
                continue;
            }
            Scope.Ref ref = allocate(v.name(), v.type());
            ec.scope.declare(v.name(), ref);
            int line = v.at().line();
            if (ref instanceof Scope.SlotVar s) {
                ExprNode init = v.init() == null ? new ExprNodes.Const(0)
                        : ec.convert(ec.rvalue(unwrap(v.init())), s.type().unqualified(), v.at(), "initializing").node();
                out.add(new Eval(new ExprNodes.SlotSet(s.slot(), init, Conversion.NONE), line));
                continue;
            }
            for (ExprNode e : initialization((Scope.FrameVar) ref, v.type(), v.init())) {
                out.add(new Eval(e, line));
            }
        }
        return out.size() == 1 ? out.get(0) : new Seq(out.toArray(new StmtNode[0]), null);
    }

    /** Zeroes a frame object and stores its initializer's values (each store is an access of the object). */
    private List<ExprNode> initialization(Scope.FrameVar fv, CType type, Ast.Expr init) {
        List<ExprNode> stores = new ArrayList<>();
        stores.add(new Zero(fv.offset(), Math.max(1, type.sizeOf())));
        if (init == null) {
            return stores;
        }
        new Initializers(ec).walk(type, init, 0, new Initializers.Sink() {
            @Override
            public void scalar(int offset, CType t, Ast.Expr value) {
                ExprCompiler.MemoryLValue lv = new ExprCompiler.MemoryLValue(new ExprNodes.FrameAddress(fv.offset() + offset), t,
                        ec.site(value.at()));
                stores.add(ec.assignments.store(lv, ec.rvalue(value), value.at()));
            }

            @Override
            public void bitField(int offset, CType.Field field, Ast.Expr value) {
                ExprCompiler.BitFieldLValue lv = new ExprCompiler.BitFieldLValue(new ExprNodes.FrameAddress(fv.offset() + offset), field,
                        field.type(), ec.site(value.at()));
                stores.add(ec.assignments.store(lv, ec.rvalue(value), value.at()));
            }

            @Override
            public void bytes(int offset, byte[] b) {
                for (int i = 0; i < b.length; i++) {
                    stores.add(new Effect.Store(new ExprNodes.FrameAddress(fv.offset() + offset + i),
                            new ExprNodes.Const(b[i]), 1, Conversion.NONE, ec.site(init.at()),
                            org.kdocs.interp.Marking.PLAIN, org.kdocs.interp.Ordering.NONE).node());
                }
            }

            @Override
            public void aggregate(int offset, CType t, Ast.Expr value) {
                ExprCompiler.MemoryLValue lv = new ExprCompiler.MemoryLValue(new ExprNodes.FrameAddress(fv.offset() + offset), t,
                        ec.site(value.at()));
                stores.add(ec.assignments.store(lv, ec.rvalue(value), value.at()));
            }
        });
        return stores;
    }

    @Override
    public Scope.FrameVar temporary(CType type, org.kdocs.interp.parse.Token at) {
        return (Scope.FrameVar) allocate("", type.kind == CType.Kind.STRUCT || type.kind == CType.Kind.ARRAY ? type
                : CType.arrayOf(type, 1));
    }

    @Override
    public ExprNode initialize(Scope.FrameVar v, CType type, Ast.Expr init, org.kdocs.interp.parse.Token at) {
        List<ExprNode> stores = initialization(v, type, init);
        ExprNode all = stores.get(0);
        for (int i = 1; i < stores.size(); i++) {
            all = new ExprNodes.Sequence(all, stores.get(i));
        }
        return all;
    }

    @Override
    public ExprCompiler.RValue statementExpression(Ast.StmtExpr e) {
        ec.scope.push();
        List<StmtNode> out = new ArrayList<>();
        List<Stmt> items = e.body().items();
        ExprCompiler.RValue value = new ExprCompiler.RValue(new ExprNodes.Const(0), CType.VOID);
        for (int i = 0; i < items.size(); i++) {
            Stmt s = items.get(i);
            if (i == items.size() - 1 && s instanceof Ast.ExprStmt last) {
                out.add(new Nop(last.at().line()));
                value = ec.rvalue(last.expr());
            } else {
                out.add(statement(s));
            }
        }
        ec.scope.pop();
        return new ExprCompiler.RValue(new Effect.StatementExpression(new Seq(out.toArray(new StmtNode[0]), null),
                value.node()).node(),
                value.type());
    }

    private static Ast.Expr unwrap(Ast.Expr init) {
        if (init instanceof Ast.InitList l && l.items().size() == 1) {
            return l.items().get(0).value();
        }
        return init;
    }

    /** Clears a stack object when its declaration runs (deterministic instead of C's indeterminate value). */
    static final class Zero extends ExprNode {
        final int offset;
        final int size;

        Zero(int offset, int size) {
            this.offset = offset;
            this.size = size;
        }

        @Override
        long eval(Frame f) {
            Block stack = f.w.stack;
            int from = (int) (f.base + offset - stack.base);
            java.util.Arrays.fill(stack.data, from, from + size, (byte) 0);
            return 0;
        }
    }
}
