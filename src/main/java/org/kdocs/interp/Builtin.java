package org.kdocs.interp;

import java.util.List;

/**
 * A function implemented in Java and callable from C. Parameter kinds: a C type name ("int", "long",
 * "void *", ...) converts the argument like a prototype would; "any" passes it unconverted; "pointer"
 * takes a pointer whose pointee size {@link CallContext#argSize} reports; "lvalue" passes the address of
 * an lvalue argument (READ_ONCE(x) style). The return type is a C type name, "typeof 0" (the type of
 * lvalue argument 0) or "pointee 0" (the target type of pointer argument 0).
 *
 * <p>A scoped builtin has a {@code cleanup}: it runs with the same arguments when the C block that made
 * the call is left (like the kernel's {@code __cleanup__} attribute, used by scoped KCSAN assertions).
 *
 * <p>A {@code restartable} builtin does nothing observable before its first memory access (through
 * {@link CallContext}): when the scheduler switches threads at that access, the interpreter drops the
 * call and makes it again, from the start, when the thread is resumed. That is what lets a switch happen
 * without keeping a Java thread per simulated thread; other builtins are suspended where they are,
 * which is correct but slower.
 */
public record Builtin(String name, String returns, List<String> params, boolean variadic, Body body, Body cleanup,
                      boolean restartable, Shape shape) {
    public Builtin(String name, String returns, List<String> params, boolean variadic, Body body) {
        this(name, returns, params, variadic, body, null, false, null);
    }

    public Builtin(String name, String returns, List<String> params, boolean variadic, Body body, Body cleanup) {
        this(name, returns, params, variadic, body, cleanup, false, null);
    }

    /** The same builtin, declared restartable (see the class comment). */
    public Builtin asRestartable() {
        return new Builtin(name, returns, params, variadic, body, cleanup, true, shape);
    }

    /**
     * The same builtin, declared to be exactly one access of its argument 0 (an lvalue or a pointer) of
     * that object's size: a read returning the value, or a write of argument 1. The interpreter then
     * compiles a call like the access itself; {@code body} must do the same (it serves other uses).
     */
    public Builtin asAccess(Shape shape) {
        return new Builtin(name, returns, params, variadic, body, cleanup, true, shape);
    }

    /**
     * How a single-access builtin accesses memory (READ_ONCE: a READ, ONCE, with no ordering), and how
     * many bytes: {@code size}, or the size of argument 0's object when 0.
     */
    public record Shape(AccessKind kind, Marking marking, Ordering ordering, int size) {
        public Shape {
            if (kind == AccessKind.READ_WRITE) {
                throw new IllegalArgumentException("a single-access builtin reads or writes");
            }
        }

        public Shape(AccessKind kind, Marking marking, Ordering ordering) {
            this(kind, marking, ordering, 0);
        }
    }

    /** A void builtin whose {@code cleanup} runs at the end of the calling block. */
    public static Builtin scoped(String name, Body body, Body cleanup, String... params) {
        return new Builtin(name, "void", List.of(params), false, body, cleanup);
    }

    /** The Java implementation: receives the converted arguments, returns the raw result. */
    @FunctionalInterface
    public interface Body {
        long call(CallContext context, long[] args);
    }

    public static Builtin of(String name, String returns, Body body, String... params) {
        return new Builtin(name, returns, List.of(params), false, body);
    }
}
