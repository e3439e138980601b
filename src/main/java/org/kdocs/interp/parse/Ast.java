package org.kdocs.interp.parse;

import java.util.List;
import java.util.Set;

/** Abstract syntax tree of the C subset; every node keeps the token it starts at, for diagnostics. */
public final class Ast {
    private Ast() {
    }

    public sealed interface Expr permits IntLit, StrLit, Ident, Unary, Postfix, Binary, Assign, Cond, Call, Index,
            Member, Cast, SizeofType, SizeofExpr, Comma, Ellipsis, InitList {
        Token at();
    }

    public record IntLit(Token at, long value, CType type) implements Expr { }
    public record StrLit(Token at, String value) implements Expr { }
    public record Ident(Token at, String name) implements Expr { }
    /** Prefix operators: - + ! ~ * &amp; ++ --. */
    public record Unary(Token at, String op, Expr operand) implements Expr { }
    /** Postfix ++ and --. */
    public record Postfix(Token at, String op, Expr operand) implements Expr { }
    public record Binary(Token at, String op, Expr left, Expr right) implements Expr { }
    /** Simple and compound assignment ({@code op} is "=" or "+=" ...). */
    public record Assign(Token at, String op, Expr target, Expr value) implements Expr { }
    public record Cond(Token at, Expr cond, Expr then, Expr otherwise) implements Expr { }
    public record Call(Token at, Expr function, List<Expr> args) implements Expr { }
    public record Index(Token at, Expr array, Expr index) implements Expr { }
    public record Member(Token at, Expr object, String name, boolean arrow) implements Expr { }
    public record Cast(Token at, CType type, Expr operand) implements Expr { }
    public record SizeofType(Token at, CType type) implements Expr { }
    public record SizeofExpr(Token at, Expr operand) implements Expr { }
    public record Comma(Token at, Expr left, Expr right) implements Expr { }
    /** The documentation convention {@code ... = x;}: the target of a read whose value is dropped. */
    public record Ellipsis(Token at) implements Expr { }
    /** Brace initializer; each item may name a member ({@code .a = 1}) or an index ({@code [2] = 1}). */
    public record InitList(Token at, List<InitItem> items) implements Expr { }
    public record InitItem(String field, Expr index, Expr value) { }

    public sealed interface Stmt permits ExprStmt, DeclStmt, Block, If, While, DoWhile, For, Switch, CaseLabel, Label,
            Goto, Break, Continue, Return, Empty {
        Token at();
    }

    public record ExprStmt(Token at, Expr expr) implements Stmt { }
    public record DeclStmt(Token at, List<VarDecl> vars) implements Stmt { }
    public record Block(Token at, List<Stmt> items) implements Stmt { }
    public record If(Token at, Expr cond, Stmt then, Stmt otherwise) implements Stmt { }
    public record While(Token at, Expr cond, Stmt body) implements Stmt { }
    public record DoWhile(Token at, Stmt body, Expr cond) implements Stmt { }
    public record For(Token at, Stmt init, Expr cond, Expr step, Stmt body) implements Stmt { }
    public record Switch(Token at, Expr value, Stmt body) implements Stmt { }
    /** {@code case v:} or {@code default:} ({@code value == null}); the labelled statement follows it. */
    public record CaseLabel(Token at, Expr value) implements Stmt { }
    public record Label(Token at, String name) implements Stmt { }
    public record Goto(Token at, String label) implements Stmt { }
    public record Break(Token at) implements Stmt { }
    public record Continue(Token at) implements Stmt { }
    public record Return(Token at, Expr value) implements Stmt { }
    public record Empty(Token at) implements Stmt { }

    /** A variable declaration; {@code attributes} holds kernel annotations such as __data_racy. */
    public record VarDecl(Token at, String name, CType type, Expr init, boolean isStatic, boolean isExtern,
                          Set<String> attributes) { }

    /** A function definition; {@code isStatic} is its internal linkage (a compiler may drop it unused). */
    public record FunctionDef(Token at, String name, CType type, List<String> params, Block body,
                              Set<String> attributes, int lastLine, boolean isStatic) { }

    /** A translation unit: globals, functions (with bodies) and prototypes, in source order. */
    public record Unit(List<VarDecl> globals, List<FunctionDef> functions, List<VarDecl> prototypes) { }
}
