package org.kdocs.interp;

import java.util.Optional;

/** Symbol table of a compiled program: functions and global variables at their addresses. */
public interface Symbols {
    /** A global variable with its address, size and declared attributes. */
    record Variable(String name, long address, int size, String type, java.util.Set<String> attributes) { }

    Optional<FunctionInfo> function(String name);

    Optional<FunctionInfo> functionAt(long address);

    Optional<Variable> variable(String name);

    /** The global variable containing {@code address}. */
    Optional<Variable> variableAt(long address);

    /** {@code name+0xoff/0xsize} for code or data addresses, or the hex address when unknown. */
    String describe(long address);
}
