package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kdocs.interp.parse.Ast.Expr;
import org.kdocs.interp.parse.Ast.Stmt;

/** Recursive-descent parser for C statements on top of the declaration grammar of {@link DeclParser}. */
public final class Parser extends DeclParser {
    /** Typedef, tag and enum tables are shared so a prelude's declarations are visible to the program. */
    public Parser(List<Token> tokens, String file, Map<String, CType> typedefs, Map<String, CType> tags,
                  Map<String, Long> enums) {
        super(tokens, file, typedefs, tags, enums);
    }

    // ---- statements ----

    @Override
    Ast.Block block() {
        Token at = expect("{", "to open a block");
        List<Stmt> items = new ArrayList<>();
        while (!accept("}")) {
            if (peek().kind() == Token.Kind.EOF) {
                throw error(peek(), "expected '}' at end of input");
            }
            items.add(statement());
        }
        return new Ast.Block(at, items);
    }

    private Stmt statement() {
        Token t = peek();
        if (t.is("...") && t.kind() == Token.Kind.PUNCT && !peek(1).is("=")) {
            next();
            accept(";");
            return new Ast.Empty(t);
        }
        if (t.kind() == Token.Kind.PUNCT) {
            if (t.text().equals("{")) {
                return block();
            }
            if (t.text().equals(";")) {
                next();
                return new Ast.Empty(t);
            }
        }
        if (t.kind() == Token.Kind.IDENT) {
            if (peek(1).is(":") && peek(1).kind() == Token.Kind.PUNCT && !startsType(t)
                    && !t.is("default")) {
                next();
                next();
                return new Ast.Label(t, t.text());
            }
            switch (t.text()) {
                case "if" -> {
                    next();
                    expect("(", "after 'if'");
                    Expr c = expression();
                    expect(")", "after if condition");
                    Stmt a = statement();
                    Stmt b = null;
                    if (peek().is("else")) {
                        next();
                        b = statement();
                    }
                    return new Ast.If(t, c, a, b);
                }
                case "while" -> {
                    next();
                    expect("(", "after 'while'");
                    Expr c = expression();
                    expect(")", "after while condition");
                    return new Ast.While(t, c, statement());
                }
                case "do" -> {
                    next();
                    Stmt body = statement();
                    if (!peek().is("while")) {
                        throw error(peek(), "expected 'while' after do body before " + describe(peek()));
                    }
                    next();
                    expect("(", "after 'while'");
                    Expr c = expression();
                    expect(")", "after do-while condition");
                    expect(";", "after do-while statement");
                    return new Ast.DoWhile(t, body, c);
                }
                case "for" -> {
                    next();
                    expect("(", "after 'for'");
                    Stmt init;
                    if (startsType(peek())) {
                        init = declaration();
                    } else if (accept(";")) {
                        init = new Ast.Empty(t);
                    } else {
                        init = new Ast.ExprStmt(t, expression());
                        expect(";", "after for initializer");
                    }
                    Expr c = peek().is(";") ? null : expression();
                    expect(";", "after for condition");
                    Expr s = peek().is(")") ? null : expression();
                    expect(")", "to close the for header");
                    return new Ast.For(t, init, c, s, statement());
                }
                case "switch" -> {
                    next();
                    expect("(", "after 'switch'");
                    Expr v = expression();
                    expect(")", "after switch value");
                    return new Ast.Switch(t, v, statement());
                }
                case "case" -> {
                    next();
                    Expr v = conditional();
                    expect(":", "after case label");
                    return new Ast.CaseLabel(t, v);
                }
                case "default" -> {
                    next();
                    expect(":", "after 'default'");
                    return new Ast.CaseLabel(t, null);
                }
                case "goto" -> {
                    next();
                    Token l = next();
                    if (l.kind() != Token.Kind.IDENT) {
                        throw error(l, "expected label name after 'goto'");
                    }
                    expect(";", "after goto statement");
                    return new Ast.Goto(t, l.text());
                }
                case "break" -> {
                    next();
                    expect(";", "after 'break'");
                    return new Ast.Break(t);
                }
                case "continue" -> {
                    next();
                    expect(";", "after 'continue'");
                    return new Ast.Continue(t);
                }
                case "return" -> {
                    next();
                    Expr v = peek().is(";") ? null : expression();
                    expect(";", "after return statement");
                    return new Ast.Return(t, v);
                }
                default -> {
                    if (startsType(t)) {
                        return declaration();
                    }
                }
            }
        }
        Expr e = expression();
        expect(";", "after expression");
        return new Ast.ExprStmt(t, e);
    }

    private Stmt declaration() {
        Token at = peek();
        Specs specs = specifiers(true);
        List<Ast.VarDecl> vars = new ArrayList<>();
        if (!accept(";")) {
            do {
                Declarator d = declarator(false);
                CType type = d.build().apply(specs.type());
                vars.addAll(declare(specs, d, type, false));
            } while (accept(","));
            expect(";", "after declaration");
        }
        return new Ast.DeclStmt(at, vars);
    }
}
