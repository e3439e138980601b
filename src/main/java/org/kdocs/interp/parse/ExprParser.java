package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kdocs.interp.Diagnostic;
import org.kdocs.interp.parse.Ast.Expr;

/** Token cursor and the expression grammar (precedence climbing); declarations live in {@link Parser}. */
abstract class ExprParser {
    private static final Map<String, Integer> BINARY_PRECEDENCE = new HashMap<>();

    static {
        String[][] levels = {{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="},
            {"<<", ">>"}, {"+", "-"}, {"*", "/", "%"}};
        for (int i = 0; i < levels.length; i++) {
            for (String op : levels[i]) {
                BINARY_PRECEDENCE.put(op, i + 1);
            }
        }
    }

    protected final List<Token> tokens;
    protected final String file;
    protected int pos;

    ExprParser(List<Token> tokens, String file) {
        this.tokens = tokens;
        this.file = file;
    }

    protected Token peek() {
        return tokens.get(pos);
    }

    protected Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    protected Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    protected boolean accept(String punct) {
        if (peek().kind() == Token.Kind.PUNCT && peek().text().equals(punct)) {
            pos++;
            return true;
        }
        return false;
    }

    protected Token expect(String punct, String context) {
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT && t.text().equals(punct)) {
            return next();
        }
        throw error(t, "expected '" + punct + "' " + context + " before " + describe(t));
    }

    protected static String describe(Token t) {
        return t.kind() == Token.Kind.EOF ? "end of input" : "'" + t.text() + "'";
    }

    protected CompileError error(Token at, String message) {
        return new CompileError(new Diagnostic(file, at.line(), at.column(), message));
    }

    /** Whether the current token starts a type name (needed to tell casts from parenthesised expressions). */
    protected abstract boolean startsType(Token t);

    protected abstract CType typeName();

    protected abstract Long enumConstant(String name);

    /** A brace initializer, the current token being its '{'. */
    protected abstract Ast.InitList braceInitializer();

    /** A compound statement, the current token being its '{'. */
    protected abstract Ast.Block compoundStatement();

    Expr expression() {
        Expr e = assignment();
        while (peek().is(",") && peek().kind() == Token.Kind.PUNCT) {
            Token at = next();
            e = new Ast.Comma(at, e, assignment());
        }
        return e;
    }

    Expr assignment() {
        Expr left = conditional();
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT && t.text().endsWith("=") && !t.text().equals("==")
                && !t.text().equals("!=") && !t.text().equals("<=") && !t.text().equals(">=")) {
            next();
            return new Ast.Assign(t, t.text(), left, assignment());
        }
        return left;
    }

    Expr conditional() {
        Expr c = binary(1);
        if (peek().is("?")) {
            Token at = next();
            Expr a = expression();
            expect(":", "in conditional expression");
            return new Ast.Cond(at, c, a, conditional());
        }
        return c;
    }

    private Expr binary(int minPrec) {
        Expr left = unary();
        while (true) {
            Token t = peek();
            Integer prec = t.kind() == Token.Kind.PUNCT ? BINARY_PRECEDENCE.get(t.text()) : null;
            if (prec == null || prec < minPrec) {
                return left;
            }
            next();
            left = new Ast.Binary(t, t.text(), left, binary(prec + 1));
        }
    }

    Expr unary() {
        Token t = peek();
        if (t.kind() == Token.Kind.PUNCT) {
            switch (t.text()) {
                case "-", "+", "!", "~", "*", "&" -> {
                    next();
                    return new Ast.Unary(t, t.text(), castExpression());
                }
                case "++", "--" -> {
                    next();
                    return new Ast.Unary(t, t.text(), unary());
                }
                default -> {
                }
            }
        }
        if (t.is("sizeof") && t.kind() == Token.Kind.IDENT) {
            next();
            if (peek().is("(") && startsType(peek(1))) {
                next();
                CType ty = typeName();
                expect(")", "after type name in sizeof");
                return new Ast.SizeofType(t, ty);
            }
            return new Ast.SizeofExpr(t, unary());
        }
        return postfix(castOrPrimary());
    }

    private Expr castExpression() {
        return unary();
    }

    private Expr castOrPrimary() {
        Token t = peek();
        if (t.is("(") && t.kind() == Token.Kind.PUNCT && startsType(peek(1))) {
            next();
            CType ty = typeName();
            expect(")", "after type name in cast");
            if (peek().is("{")) {
                Ast.InitList init = braceInitializer();
                if (ty.kind == CType.Kind.ARRAY && ty.length < 0) {
                    ty = CType.arrayOf(ty.target, init.items().size());
                }
                return new Ast.CompoundLit(t, ty, init);
            }
            return new Ast.Cast(t, ty, unary());
        }
        return primary();
    }

    private Expr postfix(Expr e) {
        while (true) {
            Token t = peek();
            if (t.kind() != Token.Kind.PUNCT) {
                return e;
            }
            switch (t.text()) {
                case "(" -> {
                    next();
                    List<Expr> args = new ArrayList<>();
                    if (!accept(")")) {
                        do {
                            args.add(assignment());
                        } while (accept(","));
                        expect(")", "to close the argument list");
                    }
                    e = new Ast.Call(t, e, args);
                }
                case "[" -> {
                    next();
                    Expr idx = expression();
                    expect("]", "after array index");
                    e = new Ast.Index(t, e, idx);
                }
                case ".", "->" -> {
                    next();
                    Token name = next();
                    if (name.kind() != Token.Kind.IDENT) {
                        throw error(name, "expected member name after '" + t.text() + "'");
                    }
                    e = new Ast.Member(t, e, name.text(), t.text().equals("->"));
                }
                case "++", "--" -> {
                    next();
                    e = new Ast.Postfix(t, t.text(), e);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                return new Ast.IntLit(t, t.value(), literalType(t));
            }
            case CHAR -> {
                return new Ast.IntLit(t, t.value(), CType.INT);
            }
            case STRING -> {
                StringBuilder sb = new StringBuilder(t.text());
                while (peek().kind() == Token.Kind.STRING) {
                    sb.append(next().text());
                }
                return new Ast.StrLit(t, sb.toString());
            }
            case IDENT -> {
                if ((t.text().equals("offsetof") || t.text().equals("container_of")) && peek().is("(")) {
                    return t.text().equals("offsetof") ? offsetof(t) : containerOf(t);
                }
                if (t.text().equals("true") || t.text().equals("false")) {
                    return new Ast.IntLit(t, t.text().equals("true") ? 1 : 0, CType.INT);
                }
                Long ec = enumConstant(t.text());
                if (ec != null) {
                    return new Ast.IntLit(t, ec, CType.INT);
                }
                return new Ast.Ident(t, t.text());
            }
            case PUNCT -> {
                if (t.text().equals("(")) {
                    if (peek().is("{")) {
                        Ast.Block body = compoundStatement();
                        expect(")", "to close the statement expression");
                        return new Ast.StmtExpr(t, body);
                    }
                    Expr e = expression();
                    expect(")", "to close the parenthesised expression");
                    return e;
                }
                if (t.text().equals("...")) {
                    return new Ast.Ellipsis(t);
                }
                throw error(t, "expected expression before '" + t.text() + "'");
            }
            default -> throw error(t, "expected expression before end of input");
        }
    }

    /** {@code offsetof(type, member.member)} folded to a constant. */
    private Expr offsetof(Token at) {
        expect("(", "after 'offsetof'");
        CType type = typeName();
        expect(",", "in offsetof");
        long offset = memberOffset(type, at);
        expect(")", "to close offsetof");
        return new Ast.IntLit(at, offset, CType.ULONG);
    }

    private long memberOffset(CType type, Token at) {
        long offset = 0;
        CType t = type;
        do {
            Token name = next();
            if (t.kind != CType.Kind.STRUCT || t.aggregate.field(name.text()) == null) {
                throw error(name, "'" + t + "' has no member named '" + name.text() + "'");
            }
            CType.Field f = t.aggregate.field(name.text());
            offset += f.offset();
            t = f.type();
        } while (accept("."));
        return offset;
    }

    /** {@code container_of(ptr, type, member)}: ((type *)((char *)(ptr) - offsetof(type, member))). */
    private Expr containerOf(Token at) {
        expect("(", "after 'container_of'");
        Expr ptr = assignment();
        expect(",", "in container_of");
        CType type = typeName();
        expect(",", "in container_of");
        long offset = memberOffset(type, at);
        expect(")", "to close container_of");
        Expr bytes = new Ast.Cast(at, CType.pointerTo(CType.CHAR), ptr);
        Expr back = new Ast.Binary(at, "-", bytes, new Ast.IntLit(at, offset, CType.ULONG));
        return new Ast.Cast(at, CType.pointerTo(type), back);
    }

    /** C's rule: the first of int, long, unsigned ... that can represent the constant. */
    private static CType literalType(Token t) {
        long v = t.value();
        boolean decimal = !t.text().startsWith("0") || t.text().equals("0");
        boolean u = t.unsignedSuffix();
        if (t.longSuffix() == 0) {
            if (!u && v >= 0 && v <= Integer.MAX_VALUE) {
                return CType.INT;
            }
            if ((u || !decimal) && v >= 0 && v <= 0xffffffffL) {
                return CType.UINT;
            }
        }
        if (!u && v >= 0) {
            return CType.LONG;
        }
        return CType.ULONG;
    }

    /** Evaluates an integer constant expression (array sizes, enum values, case labels). */
    protected long constant(Expr e) {
        if (e instanceof Ast.IntLit l) {
            return l.value();
        }
        if (e instanceof Ast.SizeofType s) {
            return s.type().sizeOf();
        }
        if (e instanceof Ast.Cast c) {
            return constant(c.operand());
        }
        if (e instanceof Ast.Unary u) {
            long v = constant(u.operand());
            return switch (u.op()) {
                case "-" -> -v;
                case "+" -> v;
                case "~" -> ~v;
                case "!" -> v == 0 ? 1 : 0;
                default -> throw error(e.at(), "expression is not an integer constant");
            };
        }
        if (e instanceof Ast.Cond c) {
            return constant(c.cond()) != 0 ? constant(c.then()) : constant(c.otherwise());
        }
        if (e instanceof Ast.Binary b) {
            long l = constant(b.left());
            long r = constant(b.right());
            return switch (b.op()) {
                case "+" -> l + r;
                case "-" -> l - r;
                case "*" -> l * r;
                case "/", "%" -> {
                    if (r == 0) {
                        throw error(b.at(), "division by zero in constant expression");
                    }
                    yield b.op().equals("/") ? l / r : l % r;
                }
                case "<<" -> l << r;
                case ">>" -> l >> r;
                case "&" -> l & r;
                case "|" -> l | r;
                case "^" -> l ^ r;
                case "==" -> l == r ? 1 : 0;
                case "!=" -> l != r ? 1 : 0;
                case "<" -> l < r ? 1 : 0;
                case ">" -> l > r ? 1 : 0;
                case "<=" -> l <= r ? 1 : 0;
                case ">=" -> l >= r ? 1 : 0;
                case "&&" -> l != 0 && r != 0 ? 1 : 0;
                case "||" -> l != 0 || r != 0 ? 1 : 0;
                default -> throw error(e.at(), "expression is not an integer constant");
            };
        }
        throw error(e.at(), "expression is not an integer constant");
    }
}
