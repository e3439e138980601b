package org.kdocs.interp.exec;

import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.Ast.Expr;
import org.kdocs.interp.parse.CType;

/** Walks a declaration's initializer down to scalar members, for both static data and locals. */
final class Initializers {
    /** Receives each piece of an initializer at its byte offset in the object. */
    interface Sink {
        void scalar(int offset, CType type, Expr value);

        /** A bit-field member; {@code offset} is its storage unit's. */
        void bitField(int offset, CType.Field field, Expr value);

        void bytes(int offset, byte[] bytes);

        void aggregate(int offset, CType type, Expr value);
    }

    private final ExprCompiler ec;

    Initializers(ExprCompiler ec) {
        this.ec = ec;
    }

    void walk(CType type, Expr init, int offset, Sink sink) {
        if (type.kind == CType.Kind.ARRAY) {
            CType elem = type.target;
            if (init instanceof Ast.StrLit s && elem.kind == CType.Kind.INT && elem.size == 1) {
                byte[] b = new byte[Math.min(type.length, s.value().length() + 1)];
                for (int i = 0; i < b.length && i < s.value().length(); i++) {
                    b[i] = (byte) s.value().charAt(i);
                }
                sink.bytes(offset, b);
                return;
            }
            if (!(init instanceof Ast.InitList list)) {
                throw ec.error(init.at(), "array must be initialized with a brace-enclosed initializer");
            }
            int idx = 0;
            for (Ast.InitItem item : list.items()) {
                if (item.index() != null) {
                    ExprCompiler.RValue r = ec.rvalue(item.index());
                    if (!(r.node() instanceof ExprNodes.Const c)) {
                        throw ec.error(item.index().at(), "array index in initializer is not a constant");
                    }
                    idx = (int) c.value;
                }
                if (idx < 0 || idx >= type.length) {
                    throw ec.error(item.value().at(), "excess elements in array initializer");
                }
                walk(elem, item.value(), offset + idx * elem.sizeOf(), sink);
                idx++;
            }
            return;
        }
        if (type.kind == CType.Kind.STRUCT) {
            if (!(init instanceof Ast.InitList list)) {
                sink.aggregate(offset, type, init);
                return;
            }
            var fields = type.aggregate.fields;
            int idx = 0;
            for (Ast.InitItem item : list.items()) {
                if (item.field() != null) {
                    CType.Field f = type.aggregate.field(item.field());
                    if (f == null) {
                        throw ec.error(item.value().at(), "'" + type + "' has no member named '" + item.field() + "'");
                    }
                    idx = fields.indexOf(f);
                }
                if (idx >= fields.size() || type.aggregate.union && idx > 0 && item.field() == null) {
                    throw ec.error(item.value().at(), "excess elements in struct initializer");
                }
                CType.Field f = fields.get(idx);
                if (f.isBitField()) {
                    Expr value = item.value();
                    if (value instanceof Ast.InitList one && one.items().size() == 1) {
                        value = one.items().get(0).value();
                    }
                    sink.bitField(offset + f.offset(), f, value);
                } else {
                    walk(f.type(), item.value(), offset + f.offset(), sink);
                }
                idx++;
            }
            return;
        }
        if (init instanceof Ast.InitList list) {
            if (list.items().isEmpty()) {
                return;
            }
            if (list.items().size() > 1) {
                throw ec.error(list.at(), "excess elements in scalar initializer");
            }
            walk(type, list.items().get(0).value(), offset, sink);
            return;
        }
        sink.scalar(offset, type, init);
    }
}
