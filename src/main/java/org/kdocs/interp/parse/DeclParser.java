package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kdocs.interp.parse.Ast.Expr;

/**
 * Declarators (C11 6.7.6: pointers, arrays, function parameter lists, parenthesised inner
 * declarators), initializers (6.7.9) and the translation unit's external definitions (6.9), over the
 * specifiers of {@link SpecifierParser}; statements are parsed by {@link Parser}.
 */
abstract class DeclParser extends SpecifierParser {
    private final List<Ast.VarDecl> globals = new ArrayList<>();
    private final List<Ast.FunctionDef> functions = new ArrayList<>();
    private final List<Ast.VarDecl> prototypes = new ArrayList<>();

    DeclParser(List<Token> tokens, String file, Map<String, CType> typedefs, Map<String, CType> tags,
               Map<String, Long> enums) {
        super(tokens, file, typedefs, tags, enums);
    }

    /** A compound statement (function bodies). */
    abstract Ast.Block block();

    /** A declarator: its name (null when abstract) and a function that builds its type from the specifiers'. */
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
            defineTypedef(d.name(), type);
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

    @Override
    protected Ast.InitList braceInitializer() {
        return (Ast.InitList) initList();
    }

    @Override
    protected Ast.Block compoundStatement() {
        return block();
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

    /** Parses a (possibly abstract) declarator; the returned function builds the type inside out. */
    @Override
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
