package org.kdocs.interp.exec;

/**
 * C's binary operators evaluated in a common type (the operands already normalised to it); comparisons
 * yield int 0/1.
 *
 * <p>{@link #apply} switches on {@link #ordinal()}, its cases in declaration order (BinaryOperatorTest checks
 * every constant), not on the constants: javac turns a switch over enum constants into a lookup in a
 * synthetic array first, one more dependent load in every arithmetic node and update of an interpreted
 * loop, and {@code bench/interp-accesses} ran about 7% slower with it.
 */
enum BinaryOperator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
    AND("&"), OR("|"), XOR("^"),
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    final String symbol;
    /** A comparison: its result is an int 0 or 1, never converted to the operands' type. */
    final boolean comparison;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
        this.comparison = symbol.equals("==") || symbol.equals("!=") || symbol.charAt(0) == '<' && !symbol.equals("<<")
                || symbol.charAt(0) == '>' && !symbol.equals(">>");
    }

    /** The operator written {@code symbol}, or null when it is none of these (an assignment's "="). */
    static BinaryOperator of(String symbol) {
        for (BinaryOperator op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }

    boolean isShift() {
        return this == SHIFT_LEFT || this == SHIFT_RIGHT;
    }

    /**
     * Applies the operator; {@code unsigned64} says whether the common type is a 64-bit unsigned type (the
     * only case where Java's signed long operations differ from C's). Division by zero throws
     * {@link DivideByZero}.
     *
     * <p>This runs for every arithmetic node and update of an interpreted program, so it must stay small
     * enough for the JIT to inline it into its callers (HotSpot's FreqInlineSize, 325 bytes of bytecode):
     * the rare cases (division, unsigned comparison) are calls. At 332 bytes it was not inlined, and
     * {@code bench/interp-accesses} lost about a quarter of its rate.
     */
    long apply(long a, long b, boolean unsigned64, boolean unsigned) {
        switch (ordinal()) {
            case 0: return a + b; // ADD
            case 1: return a - b; // SUBTRACT
            case 2: return a * b; // MULTIPLY
            case 3: return divide(a, b, unsigned64); // DIVIDE
            case 4: return remainder(a, b, unsigned64); // REMAINDER
            case 5: return a << (b & 63); // SHIFT_LEFT
            case 6: return unsigned ? a >>> (b & 63) : a >> (b & 63); // SHIFT_RIGHT
            case 7: return a & b; // AND
            case 8: return a | b; // OR
            case 9: return a ^ b; // XOR
            case 10: return a == b ? 1 : 0; // EQUAL
            case 11: return a != b ? 1 : 0; // NOT_EQUAL
            case 12: return less(a, b, unsigned64) ? 1 : 0; // LESS
            case 13: return less(b, a, unsigned64) ? 0 : 1; // LESS_OR_EQUAL
            case 14: return less(b, a, unsigned64) ? 1 : 0; // GREATER
            default: return less(a, b, unsigned64) ? 0 : 1; // GREATER_OR_EQUAL
        }
    }

    // a plain a < b when signed: through Long.compare the JIT kept a three-way compare in every loop test
    private static boolean less(long a, long b, boolean unsigned64) {
        return unsigned64 ? Long.compareUnsigned(a, b) < 0 : a < b;
    }

    private static long divide(long a, long b, boolean unsigned64) {
        if (b == 0) {
            throw DivideByZero.INSTANCE;
        }
        return unsigned64 ? Long.divideUnsigned(a, b) : a / b;
    }

    private static long remainder(long a, long b, boolean unsigned64) {
        if (b == 0) {
            throw DivideByZero.INSTANCE;
        }
        return unsigned64 ? Long.remainderUnsigned(a, b) : a % b;
    }

    /** Thrown by division by zero; the node that caught it turns it into an oops with its site. */
    static final class DivideByZero extends RuntimeException {
        static final DivideByZero INSTANCE = new DivideByZero();

        private DivideByZero() {
            super("divide error", null, false, false);
        }
    }
}
