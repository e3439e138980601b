package org.kdocs.interp.exec;

/** Activation record of one C function call: register-like locals in {@code slots}, the rest on the stack. */
final class Frame {
    final Worker w;
    final long[] slots;
    final long base;
    long returnValue;
    int gotoLabel;
    /** Pending cleanups of scoped builtins, innermost last. */
    java.util.ArrayList<Runnable> cleanups;

    Frame(Worker w, int slots, long base) {
        this.w = w;
        this.slots = new long[slots];
        this.base = base;
    }
}
