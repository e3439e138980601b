package org.kdocs.interp.exec;

import org.kdocs.interp.Marking;
import org.kdocs.interp.Ordering;
import org.kdocs.interp.Site;
import org.kdocs.interp.parse.CType;

/**
 * An expression with an effect that only an instruction can carry out: a memory access (a scheduling
 * point), a call, a scope for the listeners, or statements inside an expression. In an expression tree it
 * sits inside a {@link LoweredOnly} node; {@link Lowering} turns it into instructions, with its operands
 * replaced by their lowered forms, and the instruction keeps the record.
 */
sealed interface Effect permits Effect.Load, Effect.Store, Effect.MemoryUpdate, Effect.Copy, Effect.Call,
        Effect.CallPointer, Effect.DataRace, Effect.BitStore, Effect.StatementExpression, BuiltinCall {

    /** This effect as a node of an expression tree. */
    default ExprNode node() {
        return new LoweredOnly(this);
    }

    /** A load of {@code size} bytes, zero-extended, then converted to the value's type. */
    record Load(ExprNode address, int size, Conversion conversion, Site site, Marking marking, Ordering ordering)
            implements Effect {
        Load withAddress(ExprNode lowered) {
            return new Load(lowered, size, conversion, site, marking, ordering);
        }
    }

    /** A store; its value is the stored value, converted to the target's type. */
    record Store(ExprNode address, ExprNode value, int size, Conversion conversion, Site site, Marking marking,
                 Ordering ordering) implements Effect {
        Store withOperands(ExprNode loweredAddress, ExprNode convertedValue) {
            return new Store(loweredAddress, convertedValue, size, Conversion.NONE, site, marking, ordering);
        }
    }

    /**
     * ++, -- or a compound assignment on memory: one READ_WRITE access, as KCSAN's compound
     * instrumentation sees it. {@code loaded} normalises the raw memory value.
     */
    record MemoryUpdate(ExprNode address, ExprNode operand, int size, Conversion loaded, CompoundAssignment assignment,
                        Site site, Marking marking) implements Effect {
        MemoryUpdate withOperands(ExprNode loweredAddress, ExprNode loweredOperand) {
            return new MemoryUpdate(loweredAddress, loweredOperand, size, loaded, assignment, site, marking);
        }

        /** The new value from the raw memory value and the operand. */
        long compute(long raw, long operand) {
            return assignment.apply(loaded.apply(raw), operand);
        }
    }

    /** Struct assignment: copies bytes, yields the destination address. */
    record Copy(ExprNode destination, ExprNode source, int size, Site site) implements Effect { }

    /** A direct call of a C function of the program. */
    record Call(FunctionCode function, ExprNode[] args, Conversion conversion, Site site) implements Effect { }

    /** A call through a function pointer. */
    record CallPointer(ExprNode target, ExprNode[] args, Conversion conversion, Site site) implements Effect { }

    /** data_race(expr): the expression's accesses are inside a "data_race" scope. */
    record DataRace(ExprNode inner, Site site) implements Effect { }

    /**
     * Assignment or compound assignment to a bit-field ({@code assignment} null for a plain '='): the
     * operand is computed, then the storage unit at {@code address} is read and written back whole, as
     * compiled code does (two accesses: another CPU's update of a neighbouring field in between is lost).
     */
    record BitStore(ExprNode address, ExprNode operand, CompoundAssignment assignment, CType.Field field,
                    boolean signed, Site site, Marking marking) implements Effect { }

    /** A GNU statement expression: the statements, then the value of the last one. */
    record StatementExpression(StmtNode body, ExprNode value) implements Effect { }
}
