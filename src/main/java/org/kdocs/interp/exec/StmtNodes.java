package org.kdocs.interp.exec;

import java.util.Map;

/** The statement nodes the compiler builds; {@code line} is the source line a step reports. */
final class StmtNodes {
    private StmtNodes() {
    }

    record Eval(ExprNode expr, int line) implements StmtNode { }

    /** An empty statement, label or elided "..." line: no step, so limits name the enclosing loop's line. */
    record Nop(int line) implements StmtNode { }

    /** A statement list; labels (for goto) map to the index of the statement they stand before. */
    record Seq(StmtNode[] items, Map<Integer, Integer> labels) implements StmtNode { }

    /** A block that calls scoped builtins: their cleanups run when control leaves it. */
    record ScopedSeq(Seq inner) implements StmtNode { }

    /** if, with {@code otherwise} null when there is no else. */
    record IfElse(ExprNode cond, StmtNode then, StmtNode otherwise, int line) implements StmtNode { }

    /** while, do-while and for loops; {@code cond} and {@code step} may be null. */
    record Loop(ExprNode cond, ExprNode step, StmtNode body, boolean testFirst, int line) implements StmtNode { }

    /** switch: case values map to the index of the statement in {@code body} where they start (-1: no default). */
    record SwitchOn(ExprNode value, Seq body, Map<Long, Integer> cases, int defaultIndex, int line)
            implements StmtNode { }

    record Break(int line) implements StmtNode { }

    record Continue(int line) implements StmtNode { }

    record GotoLabel(int label, int line) implements StmtNode { }

    /** return, with {@code value} null in a void function. */
    record ReturnValue(ExprNode value, int line) implements StmtNode { }
}
