package org.kdocs.interp.exec;

import java.util.Map;

/** The statement node classes the compiler builds: a structured tree that {@link Lowering} flattens. */
final class StmtNodes {
    private StmtNodes() {
    }

    static final class Eval extends St {
        final Ex expr;
        final int line;

        Eval(Ex expr, int line) {
            this.expr = expr;
            this.line = line;
        }
    }

    /** An empty statement, label or elided "..." line: no step, so limits name the enclosing loop's line. */
    static final class Nop extends St {
        final int line;

        Nop(int line) {
            this.line = line;
        }
    }

    /** A statement list; labels (for goto) map to the index of the statement they stand before. */
    static final class Seq extends St {
        final St[] items;
        final Map<Integer, Integer> labels;

        Seq(St[] items, Map<Integer, Integer> labels) {
            this.items = items;
            this.labels = labels;
        }
    }

    /** A block that calls scoped builtins: their cleanups run when control leaves it. */
    static final class ScopedSeq extends St {
        final Seq inner;

        ScopedSeq(Seq inner) {
            this.inner = inner;
        }
    }

    static final class IfElse extends St {
        final Ex cond;
        final St then;
        final St otherwise;
        final int line;

        IfElse(Ex cond, St then, St otherwise, int line) {
            this.cond = cond;
            this.then = then;
            this.otherwise = otherwise;
            this.line = line;
        }
    }

    /** while, do-while and for loops. */
    static final class Loop extends St {
        final Ex cond;
        final Ex step;
        final St body;
        final boolean testFirst;
        final int line;

        Loop(Ex cond, Ex step, St body, boolean testFirst, int line) {
            this.cond = cond;
            this.step = step;
            this.body = body;
            this.testFirst = testFirst;
            this.line = line;
        }
    }

    /** switch: case values map to the index of the statement in {@code body} where they start. */
    static final class SwitchOn extends St {
        final Ex value;
        final Seq body;
        final Map<Long, Integer> cases;
        final int defaultIndex;
        final int line;

        SwitchOn(Ex value, Seq body, Map<Long, Integer> cases, int defaultIndex, int line) {
            this.value = value;
            this.body = body;
            this.cases = cases;
            this.defaultIndex = defaultIndex;
            this.line = line;
        }
    }

    /** break or continue. */
    static final class Jump extends St {
        final int kind;
        final int line;

        Jump(int kind, int line) {
            this.kind = kind;
            this.line = line;
        }
    }

    static final class GotoLabel extends St {
        final int label;
        final int line;

        GotoLabel(int label, int line) {
            this.label = label;
            this.line = line;
        }
    }

    static final class ReturnValue extends St {
        final Ex value;
        final int line;

        ReturnValue(Ex value, int line) {
            this.value = value;
            this.line = line;
        }
    }
}
