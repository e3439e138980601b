package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kdocs.interp.parse.Ast.Expr;
import org.kdocs.interp.parse.Ast.Stmt;

/** Declarations, types and the translation unit; statements are parsed by {@link Parser}. */
abstract class DeclParser extends ExprParser {
    /** Kernel annotations accepted anywhere in declaration specifiers and recorded on the declaration. */
    public static final Set<String> ANNOTATIONS = Set.of("inline", "__inline", "__inline__", "__always_inline",
            "noinline", "__no_kcsan", "__data_racy", "__user", "__rcu", "__iomem", "__percpu", "__init", "__exit",
            "__initdata", "__maybe_unused", "__read_mostly", "__cacheline_aligned", "__cacheline_aligned_in_smp",
            "__must_check", "notrace", "asmlinkage", "__force", "__packed", "register", "auto", "restrict",
            "__restrict", "const", "__const", "__weak", "__visible", "__used", "__ro_after_init", "noinstr",
            "__randomize_layout", "__no_sanitize_thread", "__noreturn", "__nocfi", "__kernel", "__bitwise",
            "__no_sanitize_or_inline", "__latent_entropy", "__sched", "__cold", "__hot", "__pure", "__unused");
    private static final Set<String> TYPE_WORDS = Set.of("void", "char", "short", "int", "long", "signed",
            "unsigned", "_Bool", "bool", "struct", "union", "enum", "volatile", "static", "extern", "typedef",
            "__signed__", "__attribute__", "__aligned", "typeof", "__typeof__", "__typeof");

    private final Map<String, CType> typedefs;
    private final Map<String, CType> tags;
    private final Map<String, Long> enums;
    private final List<Ast.VarDecl> globals = new ArrayList<>();
    private final List<Ast.FunctionDef> functions = new ArrayList<>();
    private final List<Ast.VarDecl> prototypes = new ArrayList<>();

    DeclParser(List<Token> tokens, String file, Map<String, CType> typedefs, Map<String, CType> tags,
               Map<String, Long> enums) {
        super(tokens, file);
        this.typedefs = typedefs;
        this.tags = tags;
        this.enums = enums;
    }

    /** A compound statement (function bodies). */
    abstract Ast.Block block();

    @Override
    protected boolean startsType(Token t) {
        return t.kind() == Token.Kind.IDENT && (TYPE_WORDS.contains(t.text()) || ANNOTATIONS.contains(t.text())
                || typedefs.containsKey(t.text()));
    }

    @Override
    protected Long enumConstant(String name) {
        return enums.get(name);
    }

    /** Declaration specifiers: base type plus storage class and annotations. */
    record Specs(CType type, boolean isStatic, boolean isExtern, boolean isTypedef, Set<String> attrs) { }

    record Declarator(Token at, String name, UnaryOperator<CType> build, List<String> params) { }

    public Ast.Unit unit() {
        while (peek().kind() != Token.Kind.EOF) {
            if (accept(";")) {
                continue;
            }
            if (accept("...")) {
                // documentation convention: an elided part of the file
                continue;
            }
            topLevel();
        }
        return new Ast.Unit(globals, functions, prototypes);
    }

    private void topLevel() {
        Specs specs = specifiers(true);
        if (accept(";")) {
            return;
        }
        boolean first = true;
        while (true) {
            Declarator d = declarator(false);
            CType type = d.build().apply(specs.type());
            if (d.name() == null) {
                throw error(d.at(), "expected identifier or '(' before " + describe(d.at()));
            }
            if (first && type.kind == CType.Kind.FUNCTION && peek().is("{")) {
                Ast.Block body = block();
                Set<String> attrs = new LinkedHashSet<>(specs.attrs());
                functions.add(new Ast.FunctionDef(d.at(), d.name(), type, d.params(), body, attrs,
                        tokens.get(pos - 1).line(), specs.isStatic()));
                return;
            }
            first = false;
            declare(specs, d, type, true);
            if (accept(";")) {
                return;
            }
            expect(",", "or ';' after declaration of '" + d.name() + "'");
        }
        // unreachable
    }

    List<Ast.VarDecl> declare(Specs specs, Declarator d, CType type, boolean global) {
        List<Ast.VarDecl> out = new ArrayList<>();
        Set<String> attrs = new LinkedHashSet<>(specs.attrs());
        skipAttributes(attrs);
        if (attrs.contains("__data_racy")) {
            type = type.asVolatile();
        }
        if (specs.isTypedef()) {
            typedefs.put(d.name(), type);
            return out;
        }
        Expr init = null;
        if (accept("=")) {
            init = peek().is("{") ? initList() : assignment();
        }
        if (type.kind == CType.Kind.ARRAY && type.length < 0) {
            int n = init instanceof Ast.InitList l ? l.items().size()
                    : init instanceof Ast.StrLit s ? s.value().length() + 1 : -1;
            if (n < 0) {
                throw error(d.at(), "array size missing in '" + d.name() + "'");
            }
            type = CType.arrayOf(type.target, n);
        }
        Ast.VarDecl v = new Ast.VarDecl(d.at(), d.name(), type, init, specs.isStatic(), specs.isExtern(), attrs);
        if (type.kind == CType.Kind.FUNCTION) {
            prototypes.add(v);
        } else if (global) {
            globals.add(v);
        } else {
            out.add(v);
        }
        return out;
    }

    private Expr initList() {
        Token at = expect("{", "to open the initializer");
        List<Ast.InitItem> items = new ArrayList<>();
        while (!accept("}")) {
            String field = null;
            Expr index = null;
            if (accept(".")) {
                Token n = next();
                field = n.text();
                expect("=", "after designator");
            } else if (peek().is("[")) {
                next();
                index = conditional();
                expect("]", "after designator index");
                expect("=", "after designator");
            }
            Expr value = peek().is("{") ? initList() : assignment();
            items.add(new Ast.InitItem(field, index, value));
            if (!accept(",")) {
                expect("}", "to close the initializer");
                break;
            }
        }
        return new Ast.InitList(at, items);
    }

    private void skipAttributes(Set<String> attrs) {
        while (true) {
            Token t = peek();
            if (t.is("__attribute__") || t.is("__aligned")) {
                next();
                skipParens();
            } else if (t.kind() == Token.Kind.IDENT && ANNOTATIONS.contains(t.text())) {
                attrs.add(next().text());
            } else {
                return;
            }
        }
    }

    private void skipParens() {
        if (!peek().is("(")) {
            return;
        }
        int depth = 0;
        do {
            Token t = next();
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (t.kind() == Token.Kind.EOF) {
                throw error(t, "unterminated attribute");
            }
        } while (depth > 0);
    }

    Specs specifiers(boolean required) {
        Token start = peek();
        Set<String> attrs = new LinkedHashSet<>();
        boolean isStatic = false;
        boolean isExtern = false;
        boolean isTypedef = false;
        boolean isVolatile = false;
        boolean unsigned = false;
        boolean signed = false;
        int longs = 0;
        String base = null;
        CType named = null;
        while (true) {
            Token t = peek();
            if (t.kind() != Token.Kind.IDENT) {
                break;
            }
            String w = t.text();
            if (w.equals("static")) {
                isStatic = true;
            } else if (w.equals("extern")) {
                isExtern = true;
            } else if (w.equals("typedef")) {
                isTypedef = true;
            } else if (w.equals("volatile") || w.equals("__volatile__")) {
                isVolatile = true;
            } else if (w.equals("__attribute__") || w.equals("__aligned")) {
                next();
                skipParens();
                continue;
            } else if (ANNOTATIONS.contains(w)) {
                attrs.add(w);
                if (w.equals("__data_racy")) {
                    isVolatile = true;
                }
            } else if (w.equals("unsigned")) {
                unsigned = true;
            } else if (w.equals("signed") || w.equals("__signed__")) {
                signed = true;
            } else if (w.equals("long")) {
                longs++;
            } else if (w.equals("short") || w.equals("char") || w.equals("int") || w.equals("void")
                    || w.equals("_Bool") || w.equals("bool")) {
                if (base != null && !(base.equals("short") && w.equals("int"))) {
                    throw error(t, "two or more data types in declaration specifiers");
                }
                if (base == null) {
                    base = w;
                }
            } else if ((w.equals("struct") || w.equals("union")) && named == null && base == null) {
                next();
                named = aggregate(t);
                continue;
            } else if ((w.equals("typeof") || w.equals("__typeof__") || w.equals("__typeof")) && named == null
                    && base == null) {
                next();
                expect("(", "after '" + w + "'");
                named = startsType(peek()) ? typeName() : CType.typeOf(expression());
                expect(")", "to close '" + w + "'");
                continue;
            } else if (w.equals("enum") && named == null && base == null) {
                next();
                named = enumeration();
                continue;
            } else if (typedefs.containsKey(w) && named == null && base == null && longs == 0 && !unsigned && !signed) {
                named = typedefs.get(w);
            } else {
                break;
            }
            next();
        }
        CType type;
        if (named != null) {
            type = named;
        } else if (base == null && longs == 0 && !unsigned && !signed) {
            if (required || !attrs.isEmpty() || isStatic || isVolatile) {
                throw error(start, "unknown type name " + describe(start));
            }
            throw error(start, "expected a type before " + describe(start));
        } else if ("void".equals(base)) {
            type = CType.VOID;
        } else if ("_Bool".equals(base) || "bool".equals(base)) {
            type = CType.BOOL;
        } else if ("char".equals(base)) {
            type = unsigned ? CType.UCHAR : CType.CHAR;
        } else if ("short".equals(base)) {
            type = unsigned ? CType.USHORT : CType.SHORT;
        } else if (longs > 0) {
            type = unsigned ? CType.ULONG : CType.LONG;
        } else {
            type = unsigned ? CType.UINT : CType.INT;
        }
        if (isVolatile) {
            type = type.asVolatile();
        }
        return new Specs(type, isStatic, isExtern, isTypedef, attrs);
    }

    private CType aggregate(Token kw) {
        boolean union = kw.text().equals("union");
        Set<String> ignored = new LinkedHashSet<>();
        skipAttributes(ignored);
        String tag = null;
        if (peek().kind() == Token.Kind.IDENT && !peek().is("{")) {
            tag = next().text();
        }
        String key = (union ? "union " : "struct ") + tag;
        CType type = tag == null ? null : tags.get(key);
        if (!peek().is("{")) {
            if (tag == null) {
                throw error(peek(), "expected '{' or a tag after '" + kw.text() + "'");
            }
            if (type == null) {
                type = CType.aggregate(tag, union);
                tags.put(key, type);
            }
            return type;
        }
        if (type == null || type.aggregate.fields != null) {
            type = CType.aggregate(tag, union);
            if (tag != null) {
                tags.put(key, type);
            }
        }
        next();
        List<String> names = new ArrayList<>();
        List<CType> types = new ArrayList<>();
        while (!accept("}")) {
            if (accept("...")) {
                // documentation convention: elided members
                accept(";");
                continue;
            }
            Specs s = specifiers(true);
            if (accept(";")) {
                if (s.type().kind == CType.Kind.STRUCT && s.type().aggregate.fields != null) {
                    for (CType.Field f : s.type().aggregate.fields) {
                        names.add(f.name());
                        types.add(f.type());
                    }
                    // an anonymous member union keeps its own layout: represent it by its first field only
                    if (s.type().aggregate.union && s.type().aggregate.fields.size() > 1) {
                        throw error(kw, "anonymous unions inside structs are not supported; name the member");
                    }
                }
                continue;
            }
            do {
                Declarator d = declarator(false);
                if (peek().is(":")) {
                    throw error(peek(), "bit-fields are not supported");
                }
                CType ft = d.build().apply(s.type());
                if (ft.kind == CType.Kind.STRUCT && ft.aggregate.fields == null) {
                    throw error(d.at(), "field '" + d.name() + "' has incomplete type");
                }
                names.add(d.name());
                types.add(ft);
                skipAttributes(new LinkedHashSet<>());
            } while (accept(","));
            expect(";", "at end of member declaration");
        }
        CType.layout(type.aggregate, names, types);
        skipAttributes(ignored);
        return type;
    }

    private CType enumeration() {
        if (peek().kind() == Token.Kind.IDENT && !peek().is("{")) {
            next();
        }
        if (accept("{")) {
            long value = 0;
            while (!accept("}")) {
                Token n = next();
                if (n.kind() != Token.Kind.IDENT) {
                    throw error(n, "expected identifier in enumerator list before " + describe(n));
                }
                if (accept("=")) {
                    value = constant(conditional());
                }
                enums.put(n.text(), value++);
                if (!accept(",")) {
                    expect("}", "to close the enumerator list");
                    break;
                }
            }
        }
        return CType.INT;
    }

    /** Parses a (possibly abstract) declarator; the returned function builds the type inside out. */
    Declarator declarator(boolean abstractAllowed) {
        Token at = peek();
        int stars = 0;
        Set<String> ignored = new LinkedHashSet<>();
        while (true) {
            if (accept("*")) {
                stars++;
            } else if (peek().is("volatile") || peek().is("const") || peek().kind() == Token.Kind.IDENT
                    && ANNOTATIONS.contains(peek().text())) {
                next();
            } else if (peek().is("__attribute__")) {
                next();
                skipParens();
            } else {
                break;
            }
        }
        skipAttributes(ignored);
        String name = null;
        UnaryOperator<CType> inner = t -> t;
        List<String> params = null;
        Token nameTok = peek();
        if (peek().kind() == Token.Kind.IDENT && !startsType(peek())) {
            name = next().text();
        } else if (peek().is("(") && (peek(1).is("*") || peek(1).is("(")
                || peek(1).kind() == Token.Kind.IDENT && !startsType(peek(1)))) {
            next();
            Declarator d = declarator(abstractAllowed);
            expect(")", "in declarator");
            name = d.name();
            inner = d.build();
            nameTok = d.at();
        }
        List<UnaryOperator<CType>> suffixes = new ArrayList<>();
        while (true) {
            if (accept("[")) {
                int n = -1;
                if (!peek().is("]")) {
                    long v = constant(conditional());
                    if (v < 0 || v > 1 << 24) {
                        throw error(nameTok, "size of array '" + name + "' is invalid (" + v + ")");
                    }
                    n = (int) v;
                }
                expect("]", "to close the array size");
                int len = n;
                suffixes.add(t -> CType.arrayOf(t, len));
            } else if (peek().is("(")) {
                next();
                List<CType> ptypes = new ArrayList<>();
                List<String> pnames = new ArrayList<>();
                boolean variadic = false;
                if (peek().is("void") && peek(1).is(")")) {
                    next();
                }
                while (!accept(")")) {
                    if (accept("...")) {
                        variadic = true;
                        expect(")", "after '...'");
                        break;
                    }
                    Specs s = specifiers(true);
                    Declarator d = declarator(true);
                    CType pt = d.build().apply(s.type());
                    if (pt.kind == CType.Kind.ARRAY) {
                        pt = CType.pointerTo(pt.target);
                    } else if (pt.kind == CType.Kind.FUNCTION) {
                        pt = CType.pointerTo(pt);
                    }
                    ptypes.add(pt);
                    pnames.add(d.name());
                    if (!accept(",")) {
                        expect(")", "to close the parameter list");
                        break;
                    }
                }
                if (params == null) {
                    params = pnames;
                }
                boolean va = variadic;
                suffixes.add(t -> CType.function(t, ptypes, va));
            } else {
                break;
            }
        }
        int nStars = stars;
        UnaryOperator<CType> in = inner;
        UnaryOperator<CType> build = base -> {
            CType t = base;
            for (int i = 0; i < nStars; i++) {
                t = CType.pointerTo(t);
            }
            for (int i = suffixes.size() - 1; i >= 0; i--) {
                t = suffixes.get(i).apply(t);
            }
            return in.apply(t);
        };
        if (name == null && !abstractAllowed) {
            throw error(peek(), "expected identifier or '(' before " + describe(peek()));
        }
        return new Declarator(nameTok, name, build, params);
    }

    /** Parses a whole token list as one type name (used for builtin signatures). */
    public CType typeNameOnly() {
        CType t = typeName();
        if (peek().kind() != Token.Kind.EOF) {
            throw error(peek(), "unexpected " + describe(peek()) + " after type name");
        }
        return t;
    }

    @Override
    protected CType typeName() {
        Specs s = specifiers(true);
        return declarator(true).build().apply(s.type());
    }
}
