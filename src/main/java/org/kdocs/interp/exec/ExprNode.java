package org.kdocs.interp.exec;

/** A compiled expression; values are longs normalised to the expression's C type. */
abstract class ExprNode {
    abstract long eval(Frame f);
}
