package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A C type of the supported subset (LP64: long and pointers are 8 bytes). Integer values are kept in
 * Java longs normalised to their type: signed types sign-extended, unsigned ones zero-extended.
 */
public final class CType {
    public enum Kind { VOID, BOOL, INT, POINTER, ARRAY, STRUCT, FUNCTION, TYPEOF }

    /**
     * A struct or union member at its byte offset. A bit-field ({@code bitWidth > 0}) lives in the
     * storage unit of its type at {@code offset}, from bit {@code bitOffset} (least significant first).
     */
    public record Field(String name, CType type, int offset, int bitOffset, int bitWidth) {
        public Field(String name, CType type, int offset) {
            this(name, type, offset, 0, 0);
        }

        public boolean isBitField() {
            return bitWidth > 0;
        }
    }

    /** Struct/union layout; filled in when the definition is complete. */
    public static final class Aggregate {
        public final String tag;
        public final boolean union;
        public List<Field> fields;
        public int size;
        public int align = 1;

        Aggregate(String tag, boolean union) {
            this.tag = tag;
            this.union = union;
        }

        public Field field(String name) {
            if (fields != null) {
                for (Field f : fields) {
                    if (f.name().equals(name)) {
                        return f;
                    }
                }
            }
            return null;
        }
    }

    public static final CType VOID = new CType(Kind.VOID, 1, 1, false, null, 0, null, null, false, "void");
    public static final CType BOOL = new CType(Kind.BOOL, 1, 1, true, null, 0, null, null, false, "_Bool");
    public static final CType CHAR = integer(1, false, "char");
    public static final CType UCHAR = integer(1, true, "unsigned char");
    public static final CType SHORT = integer(2, false, "short");
    public static final CType USHORT = integer(2, true, "unsigned short");
    public static final CType INT = integer(4, false, "int");
    public static final CType UINT = integer(4, true, "unsigned int");
    public static final CType LONG = integer(8, false, "long");
    public static final CType ULONG = integer(8, true, "unsigned long");

    public final Kind kind;
    public final int size;
    public final int align;
    public final boolean unsigned;
    public final CType target;
    public final int length;
    public final Aggregate aggregate;
    public final Signature signature;
    public final boolean isVolatile;
    private final String name;

    /** Function type: return type and parameter types; {@code variadic} for printk-like functions. */
    public record Signature(CType returns, List<CType> params, boolean variadic) { }

    private CType(Kind kind, int size, int align, boolean unsigned, CType target, int length, Aggregate aggregate,
                  Signature signature, boolean isVolatile, String name) {
        this.kind = kind;
        this.size = size;
        this.align = align;
        this.unsigned = unsigned;
        this.target = target;
        this.length = length;
        this.aggregate = aggregate;
        this.signature = signature;
        this.isVolatile = isVolatile;
        this.name = name;
    }

    private static CType integer(int size, boolean unsigned, String name) {
        return new CType(Kind.INT, size, size, unsigned, null, 0, null, null, false, name);
    }

    public static CType pointerTo(CType t) {
        return new CType(Kind.POINTER, 8, 8, true, t, 0, null, null, false, null);
    }

    public static CType arrayOf(CType t, int length) {
        return new CType(Kind.ARRAY, (int) Math.min(Integer.MAX_VALUE, (long) t.size * Math.max(length, 0)),
                t.align, false, t, length, null, null, false, null);
    }

    public static CType function(CType returns, List<CType> params, boolean variadic) {
        return new CType(Kind.FUNCTION, 1, 1, false, null, 0, null,
                new Signature(returns, List.copyOf(params), variadic), false, null);
    }

    public static CType aggregate(String tag, boolean union) {
        return new CType(Kind.STRUCT, 0, 1, false, null, 0, new Aggregate(tag, union), null, false, null);
    }

    /** {@code typeof(expression)}: resolved by the compiler, which knows the expression's type. */
    public final Object typeofExpression() {
        return typeofExpr;
    }

    private Object typeofExpr;

    public static CType typeOf(Object expression) {
        CType t = new CType(Kind.TYPEOF, 0, 1, false, null, 0, null, null, false, "typeof(...)");
        t.typeofExpr = expression;
        return t;
    }

    /** Whether this type still contains an unresolved typeof. */
    public boolean hasTypeof() {
        return kind == Kind.TYPEOF || (kind == Kind.POINTER || kind == Kind.ARRAY) && target.hasTypeof();
    }

    public CType asVolatile() {
        if (isVolatile || kind == Kind.TYPEOF) {
            return this;
        }
        return new CType(kind, size, align, unsigned, target, length, aggregate, signature, true, name);
    }

    public CType unqualified() {
        return isVolatile ? new CType(kind, size, align, unsigned, target, length, aggregate, signature, false, name)
                : this;
    }

    /** Struct size and alignment are only known once its body is parsed. */
    public int sizeOf() {
        if (kind == Kind.STRUCT) {
            return aggregate.size;
        }
        if (kind == Kind.ARRAY) {
            return target.sizeOf() * length;
        }
        return size;
    }

    public int alignOf() {
        if (kind == Kind.STRUCT) {
            return aggregate.align;
        }
        if (kind == Kind.ARRAY) {
            return target.alignOf();
        }
        return align;
    }

    public boolean isInteger() {
        return kind == Kind.INT || kind == Kind.BOOL;
    }

    public boolean isScalar() {
        return isInteger() || kind == Kind.POINTER;
    }

    public boolean isSigned() {
        return kind == Kind.INT && !unsigned;
    }

    /** Lays out an aggregate from its members with C's alignment rules. */
    public static void layout(Aggregate a, List<String> names, List<CType> types) {
        List<Integer> widths = new ArrayList<>();
        names.forEach(n -> widths.add(-1));
        layout(a, names, types, widths);
    }

    /**
     * Lays out an aggregate; {@code widths} gives each member's bit-field width, or -1 for an ordinary
     * member. Bit-fields follow the x86-64 System V rules: consecutive ones share a storage unit of
     * their type as long as they fit in it (a field never straddles its type's alignment), a width of
     * 0 moves to the next unit, and unnamed ones only take space.
     */
    public static void layout(Aggregate a, List<String> names, List<CType> types, List<Integer> widths) {
        List<Field> fields = new ArrayList<>();
        long bits = 0;
        int align = 1;
        long size = 0;
        for (int i = 0; i < names.size(); i++) {
            CType t = types.get(i);
            int width = widths.get(i);
            int al = Math.max(1, t.alignOf());
            int unitBits = 8 * Math.max(1, t.sizeOf());
            if (width >= 0) {
                if (a.union) {
                    bits = 0;
                } else if (width == 0 || bits / unitBits != (bits + width - 1) / unitBits) {
                    bits = (bits + unitBits - 1) / unitBits * unitBits;
                }
                if (names.get(i) != null) {
                    align = Math.max(align, al);
                    long unit = bits / unitBits * (unitBits / 8);
                    fields.add(new Field(names.get(i), t, (int) unit, (int) (bits - 8 * unit), width));
                }
                bits += width;
                size = Math.max(size, (bits + 7) / 8);
                continue;
            }
            align = Math.max(align, al);
            long offset = a.union ? 0 : ((bits + 7) / 8 + al - 1) / al * al;
            fields.add(new Field(names.get(i), t, (int) offset));
            if (!a.union) {
                bits = 8 * (offset + t.sizeOf());
            }
            size = Math.max(size, offset + t.sizeOf());
        }
        a.fields = fields;
        a.align = align;
        a.size = (int) ((size + align - 1) / align * align);
    }

    public static CType integerOf(int size, boolean unsigned) {
        return switch (size) {
            case 1 -> unsigned ? UCHAR : CHAR;
            case 2 -> unsigned ? USHORT : SHORT;
            case 4 -> unsigned ? UINT : INT;
            default -> unsigned ? ULONG : LONG;
        };
    }

    @Override
    public String toString() {
        String base = switch (kind) {
            case POINTER -> target + " *";
            case ARRAY -> target + "[" + length + "]";
            case STRUCT -> (aggregate.union ? "union " : "struct ") + (aggregate.tag == null ? "<anonymous>" : aggregate.tag);
            case FUNCTION -> signature.returns() + " (*)(...)";
            default -> name;
        };
        return isVolatile ? "volatile " + base : base;
    }

    /** Structural equality good enough for assignment checks. */
    public boolean sameAs(CType o) {
        if (kind != o.kind) {
            return false;
        }
        return switch (kind) {
            case INT -> size == o.size && unsigned == o.unsigned;
            case POINTER, ARRAY -> target.sameAs(o.target);
            case STRUCT -> aggregate == o.aggregate;
            default -> true;
        };
    }
}
