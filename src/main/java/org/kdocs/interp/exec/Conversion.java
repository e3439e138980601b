package org.kdocs.interp.exec;

import org.kdocs.interp.parse.CType;

/**
 * C's conversion of a value to a type's width and signedness. Values are longs; a node applies its
 * conversion with {@link #apply}, a switch on the ordinal (cases in declaration order, for the reason
 * {@link BinaryOperator} gives; BinaryOperatorTest checks every constant).
 */
enum Conversion {
    NONE, SIGNED_8, UNSIGNED_8, SIGNED_16, UNSIGNED_16, SIGNED_32, UNSIGNED_32, TO_BOOL;

    /** The conversion to type {@code t}: none for 64-bit integers, pointers and aggregates. */
    static Conversion of(CType t) {
        if (t.kind == CType.Kind.BOOL) {
            return TO_BOOL;
        }
        if (t.kind != CType.Kind.INT) {
            return NONE;
        }
        return switch (t.size) {
            case 1 -> t.unsigned ? UNSIGNED_8 : SIGNED_8;
            case 2 -> t.unsigned ? UNSIGNED_16 : SIGNED_16;
            case 4 -> t.unsigned ? UNSIGNED_32 : SIGNED_32;
            default -> NONE;
        };
    }

    /** How a zero-extended memory value of this type becomes its normalised value. */
    static Conversion ofLoaded(CType t) {
        return t.kind == CType.Kind.BOOL ? UNSIGNED_8 : of(t);
    }

    long apply(long v) {
        switch (ordinal()) {
            case 0: return v; // NONE
            case 1: return (byte) v; // SIGNED_8
            case 2: return v & 0xff; // UNSIGNED_8
            case 3: return (short) v; // SIGNED_16
            case 4: return v & 0xffff; // UNSIGNED_16
            case 5: return (int) v; // SIGNED_32
            case 6: return v & 0xffffffffL; // UNSIGNED_32
            default: return v != 0 ? 1 : 0; // TO_BOOL
        }
    }
}
