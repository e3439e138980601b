package org.kdocs.interp;

import java.util.Optional;

/** Symbol table of a compiled program: functions and global variables at their addresses. */
public interface Symbols {
    /** A global variable with its address, size and declared attributes. */
    record Variable(String name, long address, int size, String type, java.util.Set<String> attributes) { }

    /**
     * A direct call of a builtin, where it is written ({@code file}, {@code line}, {@code column}: the
     * position a {@link Site} of that call carries) and in which function.
     */
    record CallSite(String callee, String function, String file, int line, int column) { }

    Optional<FunctionInfo> function(String name);

    Optional<FunctionInfo> functionAt(long address);

    Optional<Variable> variable(String name);

    /** The global variable containing {@code address}. */
    Optional<Variable> variableAt(long address);

    /** {@code name+0xoff/0xsize} for code or data addresses, or the hex address when unknown. */
    String describe(long address);

    /**
     * The builtin calls of the functions an optimising compiler keeps, in source order: every function
     * with external linkage, and the static functions that kept code refers to. A static function
     * nothing refers to is dropped with its calls, as GCC at -O2 drops it.
     */
    default java.util.List<CallSite> callSites() {
        return java.util.List.of();
    }
}
