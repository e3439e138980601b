package org.kdocs.interp;

/** A code location: instruction offset within a function plus the document position it came from. */
public record Site(FunctionInfo function, int offset, String file, int line, int column) {
    /** Kernel stack-trace notation, e.g. {@code test_thread+0x1c/0x60}. */
    public String symbolic() {
        if (function == null) {
            return "<builtin>";
        }
        return function.name() + "+0x" + Integer.toHexString(offset) + "/0x" + Integer.toHexString(function.size());
    }

    public long address() {
        return function == null ? 0 : function.address() + offset;
    }

    public String location() {
        return file + ":" + line;
    }

    @Override
    public String toString() {
        return symbolic() + " (" + location() + ")";
    }
}
