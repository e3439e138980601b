package org.kdocs.interp.exec;

import java.util.Map;
import org.kdocs.interp.Site;

/**
 * One instruction of a function's flat code (built by {@link Lowering}). {@link #exec} returns the
 * index of the next instruction, or {@link #YIELD} when the thread gave up its CPU at this
 * instruction's scheduling point (the instruction runs again when the thread is resumed, and then
 * goes past the point), or {@link #FRAME} when a call or return changed the thread's top frame.
 * Operands are expressions without side effects, so running an instruction again is harmless.
 *
 * <p>The completion is an {@code int} on purpose: {@link Worker}'s dispatch loop receives one per
 * instruction, and a plain pc with two negative markers costs nothing there, where an object would
 * (bench/interp-accesses runs that loop).
 */
abstract class Instruction {
    static final int YIELD = -1;
    static final int FRAME = -2;

    abstract int exec(Frame f, int pc);

    /** The code location of an instruction that accesses memory or calls; null for the others. */
    final Site site;

    Instruction() {
        this.site = null;
    }

    Instruction(Site site) {
        this.site = site;
    }

    /** The start of a statement: counts a step (limits) and records the line for messages. */
    static final class Step extends Instruction {
        final int line;

        Step(int line) {
            this.line = line;
        }

        @Override
        int exec(Frame f, int pc) {
            f.w.step(line);
            return pc + 1;
        }
    }

    /** Evaluates an expression for its effect on slots (or the stack) only. */
    static final class Eval extends Instruction {
        final ExprNode expr;

        Eval(ExprNode expr) {
            this.expr = expr;
        }

        @Override
        int exec(Frame f, int pc) {
            expr.eval(f);
            return pc + 1;
        }
    }

    /** Conditional jump: to {@code target} when the condition is zero ({@code ifZero}) or non-zero. */
    static final class Branch extends Instruction {
        final ExprNode cond;
        final boolean ifZero;
        int target;

        Branch(ExprNode cond, boolean ifZero) {
            this.cond = cond;
            this.ifZero = ifZero;
        }

        @Override
        int exec(Frame f, int pc) {
            return (cond.eval(f) == 0) == ifZero ? target : pc + 1;
        }
    }

    static final class Jump extends Instruction {
        int target;

        @Override
        int exec(Frame f, int pc) {
            return target;
        }
    }

    /** switch: jumps to the case's instruction, or the default (the end of the switch without one). */
    static final class Switch extends Instruction {
        final ExprNode value;
        final Map<Long, int[]> cases;
        int defaultTarget;

        Switch(ExprNode value, Map<Long, int[]> cases) {
            this.value = value;
            this.cases = cases;
        }

        @Override
        int exec(Frame f, int pc) {
            int[] target = cases.get(value.eval(f));
            return target != null ? target[0] : defaultTarget;
        }
    }

    /** return: runs the frame's cleanups and exit hooks, then hands the value to the caller. */
    static final class Return extends Instruction {
        final ExprNode value;

        Return(ExprNode value, Site site) {
            super(site);
            this.value = value;
        }

        @Override
        int exec(Frame f, int pc) {
            if (value != null) {
                f.returnValue = value.eval(f);
            }
            f.w.leave(f);
            return FRAME;
        }
    }

    /** Notes how many scoped-builtin cleanups are pending when a block that may add some is entered. */
    static final class CleanupMark extends Instruction {
        final int slot;

        CleanupMark(int slot) {
            this.slot = slot;
        }

        @Override
        int exec(Frame f, int pc) {
            f.slots[slot] = f.cleanups == null ? 0 : f.cleanups.size();
            return pc + 1;
        }
    }

    /** Runs the cleanups added since the matching mark (the block is left). */
    static final class Cleanup extends Instruction {
        final int slot;

        Cleanup(int slot) {
            this.slot = slot;
        }

        @Override
        int exec(Frame f, int pc) {
            while (f.cleanups != null && f.cleanups.size() > f.slots[slot]) {
                f.cleanups.remove(f.cleanups.size() - 1).run();
            }
            return pc + 1;
        }
    }

    /** Enters or leaves a named scope (data_race()) for the listeners. */
    static final class ScopeEvent extends Instruction {
        final String name;
        final boolean enter;

        ScopeEvent(String name, boolean enter, Site site) {
            super(site);
            this.name = name;
            this.enter = enter;
        }

        @Override
        int exec(Frame f, int pc) {
            f.w.run.scope(f.w, name, enter, site);
            return pc + 1;
        }
    }
}
