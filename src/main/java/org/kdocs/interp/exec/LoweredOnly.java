package org.kdocs.interp.exec;

/**
 * The node of an {@link Effect} in an expression tree. {@link Lowering} replaces it by instructions, so
 * evaluating it is a compiler bug. The effects are records, and records cannot extend {@link ExprNode};
 * making ExprNode an interface instead would turn every evaluation into an interface call, which the
 * dispatch of the pure nodes (bench/interp-accesses) should not pay for.
 */
final class LoweredOnly extends ExprNode {
    final Effect effect;

    LoweredOnly(Effect effect) {
        this.effect = effect;
    }

    @Override
    long eval(Frame f) {
        throw new IllegalStateException(effect.getClass().getSimpleName() + " is evaluated by its instruction");
    }
}
