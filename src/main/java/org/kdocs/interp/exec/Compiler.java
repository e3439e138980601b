package org.kdocs.interp.exec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.FunctionInfo;
import org.kdocs.interp.Origin;
import org.kdocs.interp.parse.Ast;
import org.kdocs.interp.parse.CType;
import org.kdocs.interp.parse.Lexer;
import org.kdocs.interp.parse.Parser;
import org.kdocs.interp.parse.Preprocessor;
import org.kdocs.interp.parse.Token;

/** Compiles a translation unit once: lays out static data and code addresses, then builds function bodies. */
public final class Compiler {
    private final Image image = new Image();
    private final Scope scope = new Scope();
    private final ExprCompiler ec;
    private final Map<String, CType> typedefs = new HashMap<>();
    private final Map<String, CType> tags = new HashMap<>();
    private final Map<String, Long> enums = new HashMap<>();
    private final Builtins builtins;
    private final String file;
    private long nextGlobal = Mem.GLOBALS;
    private long nextCode = Mem.CODE;

    private Compiler(Builtins builtins, String file) {
        this.builtins = builtins;
        this.file = file;
        this.ec = new ExprCompiler(scope, file, new Strings(image), new BuiltinTypes(typedefs, tags, enums));
    }

    /** Compiles {@code source}; throws {@link org.kdocs.interp.parse.CompileError} on the first error. */
    public static Program compile(String source, Origin origin, Builtins builtins) {
        Compiler c = new Compiler(builtins, origin.file());
        c.ec.layout = new CodeLayout(source, origin);
        List<Token> tokens = new ArrayList<>(Lexer.lex(builtins.prelude(), Origin.of("<prelude>")));
        tokens.remove(tokens.size() - 1);
        tokens.addAll(Lexer.lex(source, origin));
        List<Token> expanded = new Preprocessor(origin.file()).process(tokens);
        Parser parser = new Parser(expanded, origin.file(), c.typedefs, c.tags, c.enums);
        Ast.Unit unit = parser.unit();
        c.unit(unit);
        return new Program(c.image);
    }

    private void unit(Ast.Unit unit) {
        for (Builtin b : builtins.all()) {
            scope.globals.put(b.name(), new Scope.BuiltinRef(b));
        }
        Map<String, FunctionCode> codes = new HashMap<>();
        List<Ast.FunctionDef> defs = new ArrayList<>();
        for (Ast.FunctionDef fd : unit.functions()) {
            if (codes.containsKey(fd.name())) {
                throw ec.error(fd.at(), "redefinition of '" + fd.name() + "'");
            }
            FunctionCode code = new FunctionCode(fd.name(), fd.type());
            int size = ec.layout.size(fd.at().line(), fd.lastLine());
            code.info = new FunctionInfo(fd.name(), nextCode, size, file, fd.at().line(), Set.copyOf(fd.attributes()));
            nextCode += (size + 15) / 16 * 16 + 16;
            codes.put(fd.name(), code);
            defs.add(fd);
            image.functions.put(fd.name(), code);
            image.functionsByAddress.put(code.info.address(), code);
            scope.globals.put(fd.name(), new Scope.Function(code));
        }
        for (Ast.VarDecl proto : unit.prototypes()) {
            if (!codes.containsKey(proto.name()) && builtins.get(proto.name()) == null) {
                scope.undefinedFunctions.add(proto.name());
            }
        }
        Map<String, Ast.VarDecl> chosen = new java.util.LinkedHashMap<>();
        for (Ast.VarDecl v : unit.globals()) {
            Ast.VarDecl prev = chosen.get(v.name());
            if (prev != null && prev.init() != null && v.init() != null) {
                throw ec.error(v.at(), "redefinition of '" + v.name() + "'");
            }
            if (prev == null || v.init() != null || prev.isExtern()) {
                chosen.put(v.name(), v);
            }
        }
        for (Ast.VarDecl v : chosen.values()) {
            staticObject(v, v.name());
        }
        for (int i = 0; i < defs.size(); i++) {
            function(defs.get(i), codes.get(defs.get(i).name()));
        }
        image.callSites = CallSiteTable.of(unit, name -> builtins.get(name) != null, file);
    }

    /** Allocates a global (or a static local) and computes its initial bytes. */
    long staticObject(Ast.VarDecl v, String symbol) {
        CType t = ec.resolve(v.type(), v.at());
        if (t.kind == CType.Kind.VOID || t.kind == CType.Kind.STRUCT && t.aggregate.fields == null) {
            throw ec.error(v.at(), "storage size of '" + v.name() + "' isn't known");
        }
        int size = Math.max(1, t.sizeOf());
        if (nextGlobal - Mem.GLOBALS + size > (64L << 20)) {
            throw ec.error(v.at(), "static data too large ('" + v.name() + "' does not fit in 64 MiB)");
        }
        int align = Math.max(16, t.alignOf());
        long address = (nextGlobal + align - 1) / align * align;
        nextGlobal = address + size + 16;
        byte[] bytes = new byte[size];
        scope.declare(v.name(), new Scope.GlobalVar(address, t, symbol));
        if (v.init() != null) {
            new Initializers(ec).walk(t, v.init(), 0, new Initializers.Sink() {
                @Override
                public void scalar(int offset, CType type, Ast.Expr value) {
                    long x = constant(type, value);
                    for (int i = 0; i < type.sizeOf() && offset + i < bytes.length; i++) {
                        bytes[offset + i] = (byte) (x >>> (8 * i));
                    }
                }

                @Override
                public void bitField(int offset, CType.Field field, Ast.Expr value) {
                    long x = constant(field.type(), value);
                    int size = field.type().sizeOf();
                    long unit = 0;
                    for (int i = size - 1; i >= 0; i--) {
                        unit = unit << 8 | (offset + i < bytes.length ? bytes[offset + i] & 0xff : 0);
                    }
                    long mask = (field.bitWidth() == 64 ? -1L : (1L << field.bitWidth()) - 1) << field.bitOffset();
                    unit = unit & ~mask | (x << field.bitOffset()) & mask;
                    for (int i = 0; i < size && offset + i < bytes.length; i++) {
                        bytes[offset + i] = (byte) (unit >>> (8 * i));
                    }
                }

                @Override
                public void bytes(int offset, byte[] b) {
                    System.arraycopy(b, 0, bytes, offset, Math.min(b.length, bytes.length - offset));
                }

                @Override
                public void aggregate(int offset, CType type, Ast.Expr value) {
                    throw ec.error(value.at(), "initializer element is not constant");
                }
            });
        }
        image.addData(new Image.Data(symbol, address, bytes, t.toString(), Set.copyOf(v.attributes()), false));
        return address;
    }

    /** An initializer's value, which must be a constant. */
    private long constant(CType type, Ast.Expr value) {
        ExprCompiler.RValue r = ec.convert(ec.rvalue(value), type.unqualified(), value.at(), "initializing");
        try {
            return r.node().eval(null);
        } catch (RuntimeException e) {
            throw ec.error(value.at(), "initializer element is not constant");
        }
    }

    private void function(Ast.FunctionDef fd, FunctionCode code) {
        ec.function = code.info;
        Map<String, List<String>> lvalueBuiltins = new HashMap<>();
        for (Builtin b : builtins.all()) {
            if (b.params().contains("lvalue")) {
                lvalueBuiltins.put(b.name(), b.params());
            }
        }
        Set<String> addressTaken = new HashSet<>();
        AddressTaken.collect(fd.body(), addressTaken, lvalueBuiltins);
        FunctionBody body = new FunctionBody(this, ec, code, addressTaken);
        ec.body = body;
        scope.push();
        List<CType> params = fd.type().signature.params();
        code.paramTypes = params.toArray(new CType[0]);
        code.paramSlots = new int[params.size()];
        code.paramOffsets = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            String name = fd.params() != null && i < fd.params().size() ? fd.params().get(i) : null;
            Scope.Ref ref = body.allocate(name == null ? "" : name, params.get(i));
            if (ref instanceof Scope.SlotVar s) {
                code.paramSlots[i] = s.slot();
            } else {
                code.paramSlots[i] = -1;
                code.paramOffsets[i] = ((Scope.FrameVar) ref).offset();
            }
            if (name != null) {
                scope.declare(name, ref);
            }
        }
        StmtNode tree = body.compile(fd.body());
        scope.pop();
        code.slots = body.slots();
        code.frameBytes = body.frameBytes();
        Lowering.lower(code, tree);
        ec.function = null;
        ec.body = null;
    }

    static Set<String> labelsIn(Object node, Set<String> out) {
        if (node instanceof Ast.Label l) {
            out.add(l.name());
        }
        if (node instanceof Ast.Stmt && node instanceof Record r) {
            for (var comp : r.getClass().getRecordComponents()) {
                try {
                    Object v = comp.getAccessor().invoke(r);
                    if (v instanceof Ast.Stmt || v instanceof List<?>) {
                        labelsIn(v, out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                labelsIn(o, out);
            }
        }
        return out;
    }

    static Set<String> newSet() {
        return new LinkedHashSet<>();
    }
}
