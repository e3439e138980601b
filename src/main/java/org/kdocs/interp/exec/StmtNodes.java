package org.kdocs.interp.exec;

import java.util.Map;

/** The statement node classes the compiler builds: a structured tree that {@link Lowering} flattens. */
final class StmtNodes {
    private StmtNodes() {
    }

    static final class Eval extends StmtNode {
        final ExprNode expr;
        final int line;

        Eval(ExprNode expr, int line) {
            this.expr = expr;
            this.line = line;
        }
    }

    /** An empty statement, label or elided "..." line: no step, so limits name the enclosing loop's line. */
    static final class Nop extends StmtNode {
        final int line;

        Nop(int line) {
            this.line = line;
        }
    }

    /** A statement list; labels (for goto) map to the index of the statement they stand before. */
    static final class Seq extends StmtNode {
        final StmtNode[] items;
        final Map<Integer, Integer> labels;

        Seq(StmtNode[] items, Map<Integer, Integer> labels) {
            this.items = items;
            this.labels = labels;
        }
    }

    /** A block that calls scoped builtins: their cleanups run when control leaves it. */
    static final class ScopedSeq extends StmtNode {
        final Seq inner;

        ScopedSeq(Seq inner) {
            this.inner = inner;
        }
    }

    static final class IfElse extends StmtNode {
        final ExprNode cond;
        final StmtNode then;
        final StmtNode otherwise;
        final int line;

        IfElse(ExprNode cond, StmtNode then, StmtNode otherwise, int line) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
            this.line = line;
        }
    }

    /** while, do-while and for loops. */
    static final class Loop extends StmtNode {
        final ExprNode cond;
        final ExprNode step;
        final StmtNode body;
        final boolean testFirst;
        final int line;

        Loop(ExprNode cond, ExprNode step, StmtNode body, boolean testFirst, int line) {
            this.cond = cond;
            this.step = step;
            this.body = body;
            this.testFirst = testFirst;
            this.line = line;
        }
    }

    /** switch: case values map to the index of the statement in {@code body} where they start. */
    static final class SwitchOn extends StmtNode {
        final ExprNode value;
        final Seq body;
        final Map<Long, Integer> cases;
        final int defaultIndex;
        final int line;

        SwitchOn(ExprNode value, Seq body, Map<Long, Integer> cases, int defaultIndex, int line) {
            this.value = value;
            this.body = body;
            this.cases = cases;
            this.defaultIndex = defaultIndex;
            this.line = line;
        }
    }

    /** break or continue. */
    static final class Jump extends StmtNode {
        final int kind;
        final int line;

        Jump(int kind, int line) {
            this.kind = kind;
            this.line = line;
        }
    }

    static final class GotoLabel extends StmtNode {
        final int label;
        final int line;

        GotoLabel(int label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    static final class ReturnValue extends StmtNode {
        final ExprNode value;
        final int line;

        ReturnValue(ExprNode value, int line) {
            this.value = value;
            this.line = line;
        }
    }
}
