package org.kdocs.interp.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kdocs.interp.Diagnostic;

/**
 * The part of the C preprocessor that examples use: object-like and function-like {@code #define}
 * with the {@code #} (stringify) and {@code ##} (paste) operators and GNU's {@code , ## __VA_ARGS__},
 * {@code #undef}, {@code #ifdef}/{@code #ifndef}/{@code #if}/{@code #elif}/{@code #else}/{@code #endif};
 * {@code #include} and unknown directives are ignored.
 */
public final class Preprocessor {
    private record Macro(List<String> params, List<Token> body) {
        boolean functionLike() {
            return params != null;
        }
    }

    private static final int MAX_TOKENS = 1_000_000;

    private final Map<String, Macro> macros = new HashMap<>();
    /** Per open conditional: whether one of its branches has been taken already. */
    private final List<Boolean> taken = new ArrayList<>();
    private long expanded;
    private final String file;

    public Preprocessor(String file) {
        this.file = file;
    }

    private CompileError error(Token at, String message) {
        return new CompileError(new Diagnostic(file, at.line(), at.column(), message));
    }

    /** Processes directives and expands macros; the returned list ends with the EOF token. */
    public List<Token> process(List<Token> in) {
        List<Token> out = new ArrayList<>();
        List<Boolean> conditions = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            Token t = in.get(i);
            if (t.kind() == Token.Kind.EOF) {
                break;
            }
            if (t.is("#") && t.startOfLine()) {
                int j = i + 1;
                while (j < in.size() && !in.get(j).startOfLine() && in.get(j).kind() != Token.Kind.EOF) {
                    j++;
                }
                directive(t, in.subList(i + 1, j), conditions);
                i = j;
                continue;
            }
            if (conditions.contains(Boolean.FALSE)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < in.size() && in.get(j).kind() != Token.Kind.EOF
                    && !(in.get(j).is("#") && in.get(j).startOfLine())) {
                j++;
            }
            out.addAll(expand(in.subList(i, j), new HashSet<>()));
            i = j;
        }
        if (!conditions.isEmpty()) {
            throw error(in.get(in.size() - 1), "unterminated conditional directive");
        }
        out.add(in.get(in.size() - 1));
        return out;
    }

    private void directive(Token hash, List<Token> line, List<Boolean> conditions) {
        if (line.isEmpty()) {
            return;
        }
        Token name = line.get(0);
        boolean active = !conditions.contains(Boolean.FALSE);
        switch (name.text()) {
            case "ifdef", "ifndef" -> {
                if (line.size() < 2) {
                    throw error(name, "no macro name given in #" + name.text() + " directive");
                }
                boolean value = active && name.text().equals("ifdef") == macros.containsKey(line.get(1).text());
                conditions.add(value);
                taken.add(value || !active);
            }
            case "if" -> {
                boolean value = active && evalCondition(name, line.subList(1, line.size()));
                conditions.add(value);
                taken.add(value || !active);
            }
            case "elif" -> {
                if (conditions.isEmpty()) {
                    throw error(name, "#elif without #if");
                }
                int top = conditions.size() - 1;
                boolean outer = !conditions.subList(0, top).contains(Boolean.FALSE);
                boolean value = outer && !taken.get(top) && evalCondition(name, line.subList(1, line.size()));
                conditions.set(top, value);
                taken.set(top, taken.get(top) || value);
            }
            case "else" -> {
                if (conditions.isEmpty()) {
                    throw error(name, "#else without #if");
                }
                int top = conditions.size() - 1;
                conditions.set(top, !taken.get(top));
                taken.set(top, true);
            }
            case "endif" -> {
                if (conditions.isEmpty()) {
                    throw error(name, "#endif without #if");
                }
                conditions.remove(conditions.size() - 1);
                taken.remove(taken.size() - 1);
            }
            case "define" -> {
                if (active) {
                    define(name, line);
                }
            }
            case "undef" -> {
                if (active && line.size() > 1) {
                    macros.remove(line.get(1).text());
                }
            }
            case "error" -> {
                if (active) {
                    throw error(name, "#error directive");
                }
            }
            default -> {
                // #include, #pragma and the rest have no meaning for a single self-contained example.
            }
        }
    }

    /** Evaluates an #if expression: defined(), macros, integer operators; other identifiers are 0. */
    private boolean evalCondition(Token at, List<Token> expr) {
        List<Token> resolved = replaceDefined(expand(replaceDefined(expr), new HashSet<>()));
        List<Token> tokens = new ArrayList<>();
        for (Token t : resolved) {
            tokens.add(t.kind() == Token.Kind.IDENT ? number(t, 0) : t);
        }
        if (tokens.isEmpty()) {
            throw error(at, "#if with no expression");
        }
        Token last = tokens.get(tokens.size() - 1);
        tokens.add(new Token(Token.Kind.EOF, "<end of line>", 0, false, 0, last.line(), last.column() + 1, false));
        Parser p = new Parser(tokens, file, new HashMap<>(), new HashMap<>(), new HashMap<>());
        Ast.Expr e = p.conditional();
        if (p.peek().kind() != Token.Kind.EOF) {
            throw error(p.peek(), "missing binary operator before token \"" + p.peek().text() + "\"");
        }
        return p.constant(e) != 0;
    }

    private static Token number(Token at, long value) {
        return new Token(Token.Kind.NUMBER, Long.toString(value), value, false, 0, at.line(), at.column(), false);
    }

    /** defined X and defined(X) become 1 or 0 (a number operand, left by IS_ENABLED, counts when non-zero). */
    private List<Token> replaceDefined(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (!t.is("defined") || t.kind() != Token.Kind.IDENT) {
                out.add(t);
                continue;
            }
            boolean paren = i + 1 < in.size() && in.get(i + 1).is("(");
            int k = i + (paren ? 2 : 1);
            if (k >= in.size()) {
                throw error(t, "operator \"defined\" requires an identifier");
            }
            Token n = in.get(k);
            boolean value = n.kind() == Token.Kind.NUMBER ? n.value() != 0 : macros.containsKey(n.text());
            out.add(number(t, value ? 1 : 0));
            i = k + (paren ? 1 : 0);
        }
        return out;
    }

    private void define(Token at, List<Token> line) {
        if (line.size() < 2 || line.get(1).kind() != Token.Kind.IDENT) {
            throw error(at, "macro names must be identifiers");
        }
        Token name = line.get(1);
        int k = 2;
        List<String> params = null;
        if (k < line.size() && line.get(k).is("(") && line.get(k).column() == name.column() + name.text().length()
                && line.get(k).line() == name.line()) {
            params = new ArrayList<>();
            k++;
            while (k < line.size() && !line.get(k).is(")")) {
                Token p = line.get(k);
                if (p.is(",")) {
                    k++;
                    continue;
                }
                if (p.kind() != Token.Kind.IDENT && !p.is("...")) {
                    throw error(p, "expected parameter name in macro parameter list");
                }
                params.add(p.is("...") ? "__VA_ARGS__" : p.text());
                k++;
            }
            if (k >= line.size()) {
                throw error(name, "missing ')' in macro parameter list");
            }
            k++;
        }
        macros.put(name.text(), new Macro(params, List.copyOf(line.subList(k, line.size()))));
    }

    private List<Token> expand(List<Token> in, Set<String> disabled) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.kind() == Token.Kind.IDENT && t.text().equals("__LINE__")) {
                out.add(new Token(Token.Kind.NUMBER, Integer.toString(t.line()), t.line(), false, 0, t.line(),
                        t.column(), t.startOfLine()));
                continue;
            }
            if (t.kind() == Token.Kind.IDENT && t.text().equals("__FILE__")) {
                out.add(new Token(Token.Kind.STRING, file, 0, false, 0, t.line(), t.column(), t.startOfLine()));
                continue;
            }
            Macro m = t.kind() == Token.Kind.IDENT && !disabled.contains(t.text()) ? macros.get(t.text()) : null;
            if (m == null) {
                out.add(t);
                continue;
            }
            List<Token> replaced;
            if (!m.functionLike()) {
                replaced = m.body();
            } else {
                if (i + 1 >= in.size() || !in.get(i + 1).is("(")) {
                    out.add(t);
                    continue;
                }
                List<List<Token>> args = new ArrayList<>();
                int end = collectArgs(in, i + 1, args, t);
                replaced = substitute(m, args, disabled, t);
                i = end;
            }
            Set<String> inner = new HashSet<>(disabled);
            inner.add(t.text());
            List<Token> positioned = new ArrayList<>();
            boolean first = true;
            for (Token r : replaced) {
                positioned.add(r.at(t).withStartOfLine(first && t.startOfLine()));
                first = false;
            }
            out.addAll(expand(positioned, inner));
            expanded += positioned.size();
            if (out.size() > MAX_TOKENS || expanded > MAX_TOKENS) {
                throw error(t, "macro expansion of \"" + t.text() + "\" is too large");
            }
        }
        return out;
    }

    private int collectArgs(List<Token> in, int open, List<List<Token>> args, Token name) {
        int depth = 0;
        List<Token> cur = new ArrayList<>();
        for (int k = open; k < in.size(); k++) {
            Token a = in.get(k);
            if (a.is("(") || a.is("[") || a.is("{")) {
                if (depth++ == 0 && a.is("(")) {
                    continue;
                }
            } else if (a.is(")") || a.is("]") || a.is("}")) {
                if (--depth == 0) {
                    args.add(cur);
                    return k;
                }
            } else if (a.is(",") && depth == 1) {
                args.add(cur);
                cur = new ArrayList<>();
                continue;
            }
            cur.add(a);
        }
        throw error(name, "unterminated argument list invoking macro \"" + name.text() + "\"");
    }

    private List<Token> substitute(Macro m, List<List<Token>> args, Set<String> disabled, Token name) {
        List<String> ps = m.params();
        boolean variadic = !ps.isEmpty() && ps.get(ps.size() - 1).equals("__VA_ARGS__");
        if (args.size() == 1 && args.get(0).isEmpty() && ps.isEmpty()) {
            args.clear();
        }
        if (variadic && args.size() >= ps.size() - 1) {
            List<Token> rest = new ArrayList<>();
            for (int k = ps.size() - 1; k < args.size(); k++) {
                if (k > ps.size() - 1) {
                    rest.add(new Token(Token.Kind.PUNCT, ",", 0, false, 0, name.line(), name.column(), false));
                }
                rest.addAll(args.get(k));
            }
            while (args.size() > ps.size() - 1) {
                args.remove(args.size() - 1);
            }
            args.add(rest);
        }
        if (args.size() != ps.size()) {
            throw error(name, "macro \"" + name.text() + "\" passed " + args.size() + " arguments, but takes "
                    + ps.size());
        }
        List<Token> body = m.body();
        List<Token> out = new ArrayList<>();
        boolean paste = false;
        boolean lastEmpty = false;
        for (int k = 0; k < body.size(); k++) {
            Token b = body.get(k);
            if (b.is("##") && k > 0 && k < body.size() - 1) {
                paste = true;
                continue;
            }
            int idx = b.kind() == Token.Kind.IDENT ? ps.indexOf(b.text()) : -1;
            List<Token> piece;
            if (b.is("#") && k + 1 < body.size() && ps.indexOf(body.get(k + 1).text()) >= 0) {
                // C11 6.10.3.2: the argument's spelling as a string literal
                piece = List.of(stringified(args.get(ps.indexOf(body.get(++k).text())), b));
            } else if (idx >= 0) {
                boolean operand = paste || k + 1 < body.size() && body.get(k + 1).is("##");
                // operands of ## are not macro-expanded first (C11 6.10.3.1)
                piece = operand ? args.get(idx) : expand(args.get(idx), disabled);
            } else {
                piece = List.of(b);
            }
            if (paste && b.text().equals("__VA_ARGS__") && variadic && !out.isEmpty()
                    && out.get(out.size() - 1).is(",")) {
                // GNU: ", ## __VA_ARGS__" drops the comma when there are no variable arguments
                if (piece.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                out.addAll(piece);
            } else if (paste && !lastEmpty && !piece.isEmpty()) {
                out.add(pasted(out.remove(out.size() - 1), piece.get(0)));
                out.addAll(piece.subList(1, piece.size()));
            } else {
                out.addAll(piece);
            }
            lastEmpty = piece.isEmpty() && (paste ? lastEmpty : true);
            paste = false;
        }
        return out;
    }

    /** The # operator: the tokens' spellings, one space where there was white space. */
    private static Token stringified(List<Token> arg, Token at) {
        StringBuilder text = new StringBuilder();
        for (Token t : arg) {
            if (text.length() > 0 && t.spaceBefore()) {
                text.append(' ');
            }
            text.append(t.spelling());
        }
        return new Token(Token.Kind.STRING, text.toString(), 0, false, 0, at.line(), at.column(), false,
                at.spaceBefore());
    }

    /** The ## operator: the two spellings joined must form exactly one token. */
    private Token pasted(Token left, Token right) {
        String joined = left.spelling() + right.spelling();
        List<Token> lexed;
        try {
            lexed = Lexer.lex(joined, new org.kdocs.interp.Origin(file, left.line(), left.column()));
        } catch (CompileError e) {
            lexed = List.of();
        }
        if (lexed.size() != 2) {
            throw error(left, "pasting \"" + left.spelling() + "\" and \"" + right.spelling()
                    + "\" does not give a valid preprocessing token");
        }
        Token t = lexed.get(0);
        return new Token(t.kind(), t.text(), t.value(), t.unsignedSuffix(), t.longSuffix(), left.line(),
                left.column(), left.startOfLine(), left.spaceBefore());
    }
}
