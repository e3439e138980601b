package org.kdocs.interp.exec;

/** A compiled statement; {@link #exec} returns how control leaves it. */
abstract class St {
    static final int NORMAL = 0;
    static final int BREAK = 1;
    static final int CONTINUE = 2;
    static final int RETURN = 3;
    static final int GOTO = 4;

    abstract int exec(Frame f);
}
