package org.kdocs.interp.exec;

/**
 * A compiled statement: a structured tree that {@link Lowering} flattens into instructions. The kinds
 * are the records of {@link StmtNodes}; nothing evaluates a statement node directly.
 */
sealed interface StmtNode permits StmtNodes.Eval, StmtNodes.Nop, StmtNodes.Seq, StmtNodes.ScopedSeq,
        StmtNodes.IfElse, StmtNodes.Loop, StmtNodes.SwitchOn, StmtNodes.Break, StmtNodes.Continue,
        StmtNodes.GotoLabel, StmtNodes.ReturnValue {
}
