package org.kdocs.interp.exec;

/**
 * The arithmetic of ++, -- and a compound assignment such as {@code +=}: the operator applied in the
 * operation type ({@code unsigned64}, {@code unsigned}: see {@link BinaryOperator#apply}), the result
 * converted back to the target's type, and whether the expression's value is the old one (postfix).
 */
record CompoundAssignment(BinaryOperator operator, boolean unsigned64, boolean unsigned, Conversion conversion,
                          boolean post) {
    long apply(long old, long operand) {
        return conversion.apply(operator.apply(old, operand, unsigned64, unsigned));
    }
}
