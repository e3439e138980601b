package org.kdocs.interp.exec;

/** Binary operators evaluated in a common C type; comparisons yield int 0/1. */
final class Arith {
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    static final int MOD = 4;
    static final int SHL = 5;
    static final int SHR = 6;
    static final int AND = 7;
    static final int OR = 8;
    static final int XOR = 9;
    static final int EQ = 10;
    static final int NE = 11;
    static final int LT = 12;
    static final int LE = 13;
    static final int GT = 14;
    static final int GE = 15;

    private Arith() {
    }

    static int code(String op) {
        return switch (op) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> DIV;
            case "%" -> MOD;
            case "<<" -> SHL;
            case ">>" -> SHR;
            case "&" -> AND;
            case "|" -> OR;
            case "^" -> XOR;
            case "==" -> EQ;
            case "!=" -> NE;
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> -1;
        };
    }

    static boolean isComparison(int op) {
        return op >= EQ;
    }

    /**
     * Applies {@code op}; operands are already normalised to the common type, {@code unsigned64} says
     * whether it is a 64-bit unsigned type (the only case where Java's signed long ops differ from C's).
     * Returns Long.MIN_VALUE-tagged division faults through {@link DivideByZero}.
     */
    static long apply(int op, long a, long b, boolean unsigned64, boolean unsigned) {
        switch (op) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV:
                if (b == 0) {
                    throw DivideByZero.INSTANCE;
                }
                return unsigned64 ? Long.divideUnsigned(a, b) : a / b;
            case MOD:
                if (b == 0) {
                    throw DivideByZero.INSTANCE;
                }
                return unsigned64 ? Long.remainderUnsigned(a, b) : a % b;
            case SHL: return a << (b & 63);
            case SHR: return unsigned ? a >>> (b & 63) : a >> (b & 63);
            case AND: return a & b;
            case OR: return a | b;
            case XOR: return a ^ b;
            case EQ: return a == b ? 1 : 0;
            case NE: return a != b ? 1 : 0;
            case LT: return (unsigned64 ? Long.compareUnsigned(a, b) < 0 : a < b) ? 1 : 0;
            case LE: return (unsigned64 ? Long.compareUnsigned(a, b) <= 0 : a <= b) ? 1 : 0;
            case GT: return (unsigned64 ? Long.compareUnsigned(a, b) > 0 : a > b) ? 1 : 0;
            default: return (unsigned64 ? Long.compareUnsigned(a, b) >= 0 : a >= b) ? 1 : 0;
        }
    }

    /** Thrown by division by zero; the node that caught it turns it into an oops with its site. */
    static final class DivideByZero extends RuntimeException {
        static final DivideByZero INSTANCE = new DivideByZero();

        private DivideByZero() {
            super("divide error", null, false, false);
        }
    }
}
