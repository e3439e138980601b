package org.kdocs.interp.exec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kdocs.interp.exec.ExprNodes.*;
import org.kdocs.interp.exec.StmtNodes.*;

/**
 * Flattens a function's statement tree into instructions with jumps, so that a thread can stop at any
 * scheduling point and resume later from its frame alone. Every load, store, builtin call and call
 * becomes its own instruction whose result goes to a temporary slot; what remains of an expression is
 * pure (slots and arithmetic) and is evaluated inside the instructions. Evaluation order is kept: when
 * a later operand needs instructions, the earlier operands are computed into temporaries first.
 */
final class Lowering {
    private static final class Label {
        int pc = -1;
    }

    /** Where break and continue go, and how many scoped blocks are open there. */
    private record Target(Label breakTo, int breakDepth, Label continueTo, int continueDepth) { }

    /** The goto labels of one statement list, and how many scoped blocks are open around it. */
    private record LabelScope(java.util.Set<Integer> labels, int depth) { }

    private final List<Instruction> code = new ArrayList<>();
    private final List<Runnable> fixups = new ArrayList<>();
    private final Map<Integer, Label> gotoLabels = new HashMap<>();
    private final Deque<Target> targets = new ArrayDeque<>();
    private final Deque<LabelScope> labelScopes = new ArrayDeque<>();
    /** Slots holding the cleanup marks of the open scoped blocks, outermost first. */
    private final List<Integer> marks = new ArrayList<>();
    private int slots;

    /** Where a return leaves the function: its last byte, as the kernel's exit hooks see it. */
    private final org.kdocs.interp.Site exit;

    private Lowering(int slots, org.kdocs.interp.Site exit) {
        this.slots = slots;
        this.exit = exit;
    }

    /** Lowers a function body; {@code fn.slots} grows by the temporaries used. */
    static void lower(FunctionCode fn, StmtNode body) {
        org.kdocs.interp.FunctionInfo info = fn.info;
        Lowering l = new Lowering(fn.slots, new org.kdocs.interp.Site(info, Math.max(0, info.size() - 1), info.file(),
                info.line(), 1));
        l.statement(body);
        l.emit(new Instruction.Return(null, l.exit));
        for (Runnable fix : l.fixups) {
            fix.run();
        }
        fn.code = l.code.toArray(new Instruction[0]);
        fn.slots = l.slots;
    }

    // ---- emission ----

    private void emit(Instruction insn) {
        code.add(insn);
    }

    private void bind(Label label) {
        label.pc = code.size();
    }

    private void jump(Label label) {
        Instruction.Jump j = new Instruction.Jump();
        emit(j);
        fixups.add(() -> j.target = label.pc);
    }

    private void branch(ExprNode cond, boolean ifZero, Label label) {
        Instruction.Branch b = new Instruction.Branch(cond, ifZero);
        emit(b);
        fixups.add(() -> b.target = label.pc);
    }

    private void step(int line) {
        emit(new Instruction.Step(line));
    }

    private int temp() {
        return slots++;
    }

    // ---- statements ----

    private void statement(StmtNode s) {
        if (s instanceof Eval e) {
            step(e.line());
            effect(e.expr());
        } else if (s instanceof Seq q) {
            sequence(q, Map.of());
        } else if (s instanceof ScopedSeq q) {
            int mark = temp();
            emit(new Instruction.CleanupMark(mark));
            marks.add(mark);
            sequence(q.inner(), Map.of());
            marks.remove(marks.size() - 1);
            emit(new Instruction.Cleanup(mark));
        } else if (s instanceof IfElse i) {
            step(i.line());
            Label otherwise = new Label();
            branch(lower(i.cond()), true, otherwise);
            statement(i.then());
            if (i.otherwise() == null) {
                bind(otherwise);
            } else {
                Label end = new Label();
                jump(end);
                bind(otherwise);
                statement(i.otherwise());
                bind(end);
            }
        } else if (s instanceof Loop l) {
            loop(l);
        } else if (s instanceof SwitchOn sw) {
            switchOn(sw);
        } else if (s instanceof Break b) {
            step(b.line());
            leaveScopedBlocks(targets.peek().breakDepth());
            jump(targets.peek().breakTo());
        } else if (s instanceof Continue c) {
            step(c.line());
            leaveScopedBlocks(targets.peek().continueDepth());
            jump(targets.peek().continueTo());
        } else if (s instanceof GotoLabel g) {
            step(g.line());
            int depth = 0;
            for (LabelScope scope : labelScopes) {
                if (scope.labels().contains(g.label())) {
                    depth = scope.depth();
                    break;
                }
            }
            leaveScopedBlocks(depth);
            jump(gotoLabels.computeIfAbsent(g.label(), k -> new Label()));
        } else if (s instanceof ReturnValue r) {
            step(r.line());
            emit(new Instruction.Return(r.value() == null ? null : lower(r.value()), exit));
        }
        // Nop: nothing to run
    }

    /** A statement list; {@code extra} binds labels (switch cases) at statement indexes. */
    private void sequence(Seq q, Map<Integer, Label> extra) {
        Map<Integer, List<Integer>> labelsAt = new HashMap<>();
        if (q.labels() != null) {
            q.labels().forEach((label, index) -> labelsAt.computeIfAbsent(index, k -> new ArrayList<>()).add(label));
            labelScopes.push(new LabelScope(q.labels().keySet(), marks.size()));
        }
        for (int i = 0; i <= q.items().length; i++) {
            for (int label : labelsAt.getOrDefault(i, List.of())) {
                bind(gotoLabels.computeIfAbsent(label, k -> new Label()));
            }
            Label at = extra.get(i);
            if (at != null) {
                bind(at);
            }
            if (i < q.items().length) {
                statement(q.items()[i]);
            }
        }
        if (q.labels() != null) {
            labelScopes.pop();
        }
    }

    private void leaveScopedBlocks(int depth) {
        if (depth < marks.size()) {
            emit(new Instruction.Cleanup(marks.get(depth)));
        }
    }

    private void loop(Loop l) {
        Label top = new Label();
        Label body = new Label();
        Label next = new Label();
        Label exit = new Label();
        if (!l.testFirst()) {
            step(l.line());
            jump(body);
        }
        bind(top);
        step(l.line());
        if (l.cond() != null) {
            branch(lower(l.cond()), true, exit);
        }
        bind(body);
        targets.push(new Target(exit, marks.size(), next, marks.size()));
        statement(l.body());
        targets.pop();
        bind(next);
        if (l.step() != null) {
            effect(l.step());
        }
        jump(top);
        bind(exit);
    }

    private void switchOn(SwitchOn sw) {
        step(sw.line());
        Map<Long, int[]> table = new HashMap<>();
        Instruction.Switch insn = new Instruction.Switch(lower(sw.value()), table);
        emit(insn);
        Label exit = new Label();
        Map<Integer, Label> at = new HashMap<>();
        sw.cases().forEach((value, index) -> {
            Label label = at.computeIfAbsent(index, k -> new Label());
            int[] target = new int[1];
            table.put(value, target);
            fixups.add(() -> target[0] = label.pc);
        });
        Label otherwise = sw.defaultIndex() >= 0 ? at.computeIfAbsent(sw.defaultIndex(), k -> new Label()) : exit;
        fixups.add(() -> insn.defaultTarget = otherwise.pc);
        Target outer = targets.peek();
        targets.push(new Target(exit, marks.size(), outer == null ? null : outer.continueTo(),
                outer == null ? 0 : outer.continueDepth()));
        sequence(sw.body(), at);
        targets.pop();
        bind(exit);
    }

    // ---- expressions ----

    /** Lowers an expression evaluated for its side effects only. */
    private void effect(ExprNode e) {
        ExprNode rest = lower(e);
        if (!(rest instanceof Const || rest instanceof SlotGet || rest instanceof FrameAddress)) {
            emit(new Instruction.Eval(rest));
        }
    }

    /**
     * Emits the instructions of {@code e} and returns the pure expression that gives its value once they
     * have run.
     */
    private ExprNode lower(ExprNode e) {
        if (Purity.pure(e)) {
            return e;
        }
        if (e instanceof LoweredOnly node) {
            return lowerEffect(node.effect);
        }
        return compound(e);
    }

    /** Emits the instructions of an effect, its operands lowered first. */
    private ExprNode lowerEffect(Effect effect) {
        if (effect instanceof Effect.Load n) {
            int t = temp();
            emit(new AccessInstructions.Load(n.withAddress(operand(lower(n.address()))), t));
            return new SlotGet(t);
        }
        if (effect instanceof Effect.Store n) {
            ExprNode[] o = lowerAll(n.address(), n.value());
            ExprNode value = operand(n.conversion() == Conversion.NONE ? o[1] : new Convert(o[1], n.conversion()));
            emit(new AccessInstructions.Store(n.withOperands(operand(o[0]), value)));
            return value;
        }
        if (effect instanceof BuiltinCall n && n.builtin.shape() != null) {
            return singleAccess(n);
        }
        if (effect instanceof Effect.BitStore n) {
            return bitStore(n);
        }
        if (effect instanceof Effect.StatementExpression n) {
            statement(n.body());
            return lower(n.value());
        }
        if (effect instanceof Effect.MemoryUpdate n) {
            ExprNode[] o = lowerAll(n.address(), n.operand());
            int t = temp();
            emit(new AccessInstructions.Update(n.withOperands(operand(o[0]), operand(o[1])), t));
            return new SlotGet(t);
        }
        if (effect instanceof Effect.Copy n) {
            ExprNode[] o = lowerAll(n.destination(), n.source());
            ExprNode dst = operand(o[0]);
            emit(new AccessInstructions.Copy(new Effect.Copy(dst, operand(o[1]), n.size(), n.site())));
            return dst;
        }
        if (effect instanceof BuiltinCall n) {
            ExprNode[] args = operands(lowerAll(n.args));
            int t = temp();
            emit(new AccessInstructions.Builtin(n, args, t));
            return new SlotGet(t);
        }
        if (effect instanceof Effect.Call n) {
            ExprNode[] args = operands(lowerAll(n.args()));
            int t = temp();
            emit(new AccessInstructions.Call(new Effect.Call(n.function(), args, n.conversion(), n.site()), t));
            return new SlotGet(t);
        }
        if (effect instanceof Effect.CallPointer n) {
            ExprNode[] all = new ExprNode[n.args().length + 1];
            all[0] = n.target();
            System.arraycopy(n.args(), 0, all, 1, n.args().length);
            ExprNode[] o = operands(lowerAll(all));
            int t = temp();
            emit(new AccessInstructions.CallPointer(new Effect.CallPointer(o[0], java.util.Arrays.copyOfRange(o, 1,
                    o.length), n.conversion(), n.site()), t));
            return new SlotGet(t);
        }
        Effect.DataRace n = (Effect.DataRace) effect;
        emit(new Instruction.ScopeEvent("data_race", true, n.site()));
        ExprNode value = materialize(lower(n.inner()));
        emit(new Instruction.ScopeEvent("data_race", false, n.site()));
        return value;
    }

    /** READ_ONCE(x), WRITE_ONCE(x, v) and their kin: compiled as the access they are. */
    private ExprNode singleAccess(BuiltinCall n) {
        org.kdocs.interp.Builtin.Shape shape = n.builtin.shape();
        ExprNode[] o = operands(lowerAll(n.args));
        int size = shape.size() > 0 ? shape.size() : n.sizes[0];
        if (shape.kind() == org.kdocs.interp.AccessKind.READ) {
            int t = temp();
            emit(new AccessInstructions.Load(new Effect.Load(o[0], size, n.conv, n.site, shape.marking(),
                    shape.ordering()), t));
            return new SlotGet(t);
        }
        emit(new AccessInstructions.Store(new Effect.Store(o[0], o[1], size, Conversion.NONE, n.site, shape.marking(),
                shape.ordering())));
        return new Const(0);
    }

    /** Bit-field assignment: operand first, then a read and a write of the whole storage unit. */
    private ExprNode bitStore(Effect.BitStore n) {
        ExprNode[] o = lowerAll(n.address(), n.operand());
        ExprNode address = operand(o[0]);
        ExprNode rhs = materialize(o[1]);
        int unitSize = n.field().type().sizeOf();
        int offset = n.field().bitOffset();
        int width = n.field().bitWidth();
        int unit = temp();
        emit(new AccessInstructions.Load(new Effect.Load(address, unitSize,
                Conversion.ofLoaded(org.kdocs.interp.parse.CType.integerOf(unitSize, true)), n.site(), n.marking(),
                org.kdocs.interp.Ordering.NONE), unit));
        ExprNode old = materialize(new BitExtract(new SlotGet(unit), offset, width, n.signed()));
        CompoundAssignment a = n.assignment();
        ExprNode value = a == null ? rhs : new Bin(a.operator(), old, rhs, a.conversion(), a.unsigned64(), a.unsigned(),
                n.site());
        ExprNode stored = materialize(new BitExtract(new BitInsert(new Const(0), value, 0, width), 0, width, n.signed()));
        emit(new AccessInstructions.Store(new Effect.Store(address, new BitInsert(new SlotGet(unit), stored, offset,
                width), unitSize, Conversion.NONE, n.site(), n.marking(), org.kdocs.interp.Ordering.NONE)));
        return a != null && a.post() ? old : stored;
    }

    /** Pure nodes with impure operands: the operands are lowered, the node rebuilt on their values. */
    private ExprNode compound(ExprNode e) {
        if (e instanceof Bin n) {
            ExprNode[] o = lowerAll(n.left, n.right);
            return new Bin(n.op, o[0], o[1], n.conv, n.unsigned64, n.unsigned, n.site);
        }
        if (e instanceof Offset n) {
            ExprNode[] o = lowerAll(n.base, n.index);
            return new Offset(o[0], o[1], n.scale);
        }
        if (e instanceof PointerDiff n) {
            ExprNode[] o = lowerAll(n.left, n.right);
            return new PointerDiff(o[0], o[1], n.scale);
        }
        if (e instanceof Unary n) {
            return new Unary(n.op, lower(n.operand), n.conv);
        }
        if (e instanceof Convert n) {
            return new Convert(lower(n.operand), n.conv);
        }
        if (e instanceof SlotSet n) {
            return new SlotSet(n.slot, lower(n.value), n.conv);
        }
        if (e instanceof SlotUpdate n) {
            return new SlotUpdate(n.slot, lower(n.operand), n.assignment, n.site);
        }
        if (e instanceof Sequence n) {
            if (Purity.pure(n.second)) {
                return new Sequence(lower(n.first), n.second);
            }
            effect(n.first);
            return lower(n.second);
        }
        if (e instanceof Logical n) {
            return logical(n);
        }
        if (e instanceof BitExtract n) {
            return new BitExtract(lower(n.unit), n.offset, n.width, n.signed);
        }
        if (e instanceof Choose n) {
            return choose(n);
        }
        throw new IllegalStateException("cannot lower " + e.getClass().getSimpleName());
    }

    /** && and || whose right operand needs instructions: branches, so it runs only when needed. */
    private ExprNode logical(Logical n) {
        if (Purity.pure(n.right)) {
            return new Logical(n.and, lower(n.left), n.right);
        }
        ExprNode left = lower(n.left);
        int t = temp();
        emit(new Instruction.Eval(new SlotSet(t, new Const(n.and ? 0 : 1), Conversion.NONE)));
        Label end = new Label();
        branch(left, n.and, end);
        emit(new Instruction.Eval(new SlotSet(t, new Logical(true, lower(n.right), new Const(1)), Conversion.NONE)));
        bind(end);
        return new SlotGet(t);
    }

    private ExprNode choose(Choose n) {
        if (Purity.pure(n.then) && Purity.pure(n.otherwise)) {
            return new Choose(lower(n.cond), n.then, n.otherwise);
        }
        ExprNode cond = lower(n.cond);
        int t = temp();
        Label otherwise = new Label();
        Label end = new Label();
        branch(cond, true, otherwise);
        emit(new Instruction.Eval(new SlotSet(t, lower(n.then), Conversion.NONE)));
        jump(end);
        bind(otherwise);
        emit(new Instruction.Eval(new SlotSet(t, lower(n.otherwise), Conversion.NONE)));
        bind(end);
        return new SlotGet(t);
    }

    /**
     * Lowers operands left to right. An operand is computed into a temporary when a later one needs
     * instructions, which would otherwise run before it.
     */
    private ExprNode[] lowerAll(ExprNode... operands) {
        ExprNode[] out = new ExprNode[operands.length];
        for (int i = 0; i < operands.length; i++) {
            out[i] = lower(operands[i]);
            for (int j = i + 1; j < operands.length; j++) {
                if (!Purity.pure(operands[j])) {
                    out[i] = materialize(out[i]);
                    break;
                }
            }
        }
        return out;
    }

    private ExprNode materialize(ExprNode e) {
        if (e instanceof Const || e instanceof FrameAddress) {
            return e;
        }
        int t = temp();
        emit(new Instruction.Eval(new SlotSet(t, e, Conversion.NONE)));
        return new SlotGet(t);
    }

    /** An instruction operand must not change anything: the instruction may run twice. */
    private ExprNode operand(ExprNode e) {
        return Purity.hasEffects(e) ? materialize(e) : e;
    }

    private ExprNode[] operands(ExprNode[] es) {
        for (int i = 0; i < es.length; i++) {
            es[i] = operand(es[i]);
        }
        return es;
    }
}
