package org.kdocs.interp.parse;

import org.kdocs.interp.Diagnostic;

/** Internal exception that aborts compilation; it never leaves the compiler (it becomes a Diagnostic). */
public final class CompileError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public CompileError(Diagnostic diagnostic) {
        super(diagnostic.toString(), null, false, false);
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
