package org.kdocs.interp;

import java.util.List;

/**
 * A function implemented in Java and callable from C. Parameter kinds: a C type name ("int", "long",
 * "void *", ...) converts the argument like a prototype would; "any" passes it unconverted; "pointer"
 * takes a pointer whose pointee size {@link CallContext#argSize} reports; "lvalue" passes the address of
 * an lvalue argument (READ_ONCE(x) style). The return type is a C type name, "typeof 0" (the type of
 * lvalue argument 0) or "pointee 0" (the target type of pointer argument 0).
 */
public record Builtin(String name, String returns, List<String> params, boolean variadic, Body body) {
    /** The Java implementation: receives the converted arguments, returns the raw result. */
    @FunctionalInterface
    public interface Body {
        long call(CallContext context, long[] args);
    }

    public static Builtin of(String name, String returns, Body body, String... params) {
        return new Builtin(name, returns, List.of(params), false, body);
    }
}
