package org.kdocs.interp.exec;

import org.kdocs.interp.parse.CType;

/** C conversion to a type's width and signedness, as a small code so nodes can apply it quickly. */
final class Conv {
    static final int NONE = 0;
    static final int S8 = 1;
    static final int U8 = 2;
    static final int S16 = 3;
    static final int U16 = 4;
    static final int S32 = 5;
    static final int U32 = 6;
    static final int BOOL = 7;

    private Conv() {
    }

    static int of(CType t) {
        if (t.kind == CType.Kind.BOOL) {
            return BOOL;
        }
        if (t.kind != CType.Kind.INT) {
            return NONE;
        }
        return switch (t.size) {
            case 1 -> t.unsigned ? U8 : S8;
            case 2 -> t.unsigned ? U16 : S16;
            case 4 -> t.unsigned ? U32 : S32;
            default -> NONE;
        };
    }

    static long apply(int code, long v) {
        return switch (code) {
            case NONE -> v;
            case S8 -> (byte) v;
            case U8 -> v & 0xff;
            case S16 -> (short) v;
            case U16 -> v & 0xffff;
            case S32 -> (int) v;
            case U32 -> v & 0xffffffffL;
            default -> v != 0 ? 1 : 0;
        };
    }

    /** How a zero-extended memory value of this type becomes its normalised value. */
    static int load(CType t) {
        return t.kind == CType.Kind.BOOL ? U8 : of(t);
    }
}
