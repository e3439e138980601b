package org.kdocs.interp.exec;

import org.kdocs.interp.exec.ExprNodes.*;

/**
 * Which expression nodes {@link Lowering} must turn into instructions: those holding an {@link Effect}
 * anywhere below them. And which pure nodes still write a slot or the stack, so that an instruction
 * operand (evaluated again when the instruction runs twice) must not contain them.
 */
final class Purity {
    private Purity() {
    }

    /** Whether the expression can be evaluated directly: no memory access, call or scope. */
    static boolean pure(ExprNode e) {
        if (e instanceof LoweredOnly) {
            return false;
        }
        for (ExprNode child : children(e)) {
            if (!pure(child)) {
                return false;
            }
        }
        return true;
    }

    /** Whether evaluating the (pure) expression changes a slot or the stack. */
    static boolean hasEffects(ExprNode e) {
        if (e instanceof SlotSet || e instanceof SlotUpdate || e instanceof FunctionBody.Zero) {
            return true;
        }
        for (ExprNode child : children(e)) {
            if (hasEffects(child)) {
                return true;
            }
        }
        return false;
    }

    private static ExprNode[] children(ExprNode e) {
        if (e instanceof Bin n) {
            return new ExprNode[] {n.left, n.right};
        }
        if (e instanceof Offset n) {
            return new ExprNode[] {n.base, n.index};
        }
        if (e instanceof PointerDiff n) {
            return new ExprNode[] {n.left, n.right};
        }
        if (e instanceof Logical n) {
            return new ExprNode[] {n.left, n.right};
        }
        if (e instanceof Choose n) {
            return new ExprNode[] {n.cond, n.then, n.otherwise};
        }
        if (e instanceof Sequence n) {
            return new ExprNode[] {n.first, n.second};
        }
        if (e instanceof Unary n) {
            return new ExprNode[] {n.operand};
        }
        if (e instanceof Convert n) {
            return new ExprNode[] {n.operand};
        }
        if (e instanceof SlotSet n) {
            return new ExprNode[] {n.value};
        }
        if (e instanceof SlotUpdate n) {
            return new ExprNode[] {n.operand};
        }
        if (e instanceof BitExtract n) {
            return new ExprNode[] {n.unit};
        }
        if (e instanceof BitInsert n) {
            return new ExprNode[] {n.unit, n.value};
        }
        return new ExprNode[0];
    }
}
