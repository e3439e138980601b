package org.kdocs.interp.exec;

/** A compiled statement, before {@link Lowering} flattens the function into instructions. */
abstract class StmtNode {
    static final int BREAK = 1;
    static final int CONTINUE = 2;
}
