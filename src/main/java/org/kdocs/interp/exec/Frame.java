package org.kdocs.interp.exec;

import org.kdocs.interp.Site;

/**
 * Activation record of one C function call, kept on the heap so that a thread can be switched out at
 * any instruction: register-like locals and temporaries in {@code slots}, the rest on the simulated
 * stack at {@code base}, and where execution resumes ({@code pc}).
 */
final class Frame {
    final Worker w;
    final long[] slots;
    final long base;
    final FunctionCode fn;
    final Instruction[] code;
    final Frame caller;
    final Site callSite;
    /** Where the caller wants the result ({@code -1}: discarded) and how to convert it. */
    final int resultSlot;
    final Conversion resultConv;
    final long savedSp;
    final int savedLine;
    int pc;
    long returnValue;
    /** Pending cleanups of scoped builtins, innermost last. */
    java.util.ArrayList<Runnable> cleanups;

    Frame(Worker w, FunctionCode fn, long base, Frame caller, Site callSite, int resultSlot, Conversion resultConv,
          long savedSp, int savedLine) {
        this.w = w;
        this.fn = fn;
        this.code = fn.code;
        this.slots = new long[fn.slots];
        this.base = base;
        this.caller = caller;
        this.callSite = callSite;
        this.resultSlot = resultSlot;
        this.resultConv = resultConv;
        this.savedSp = savedSp;
        this.savedLine = savedLine;
    }
}
