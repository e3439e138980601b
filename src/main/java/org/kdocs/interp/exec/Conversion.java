package org.kdocs.interp.exec;

import org.kdocs.interp.parse.CType;

/**
 * C's conversion of a value to a type's width and signedness. Values are longs; a node applies its
 * conversion with {@link #apply}, a switch over the constant (a table jump once compiled).
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
        switch (this) {
            case NONE: return v;
            case SIGNED_8: return (byte) v;
            case UNSIGNED_8: return v & 0xff;
            case SIGNED_16: return (short) v;
            case UNSIGNED_16: return v & 0xffff;
            case SIGNED_32: return (int) v;
            case UNSIGNED_32: return v & 0xffffffffL;
            default: return v != 0 ? 1 : 0;
        }
    }
}
