package org.kdocs.site.ext.sphinx.cdomain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.kdocs.site.SphinxConfig;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Attribute;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Attributes;
import org.kdocs.site.ext.sphinx.cdomain.CAst.Node;

/**
 * The expression grammar of the C domain (sphinx.domains.c DefinitionParser, _parse_literal to
 * _parse_expression_fallback) with names and attributes. Types inside expressions (casts,
 * sizeof) come from the declaration grammar in {@link CParser}.
 */
abstract class CExpressions extends CScanner {
    static final List<String> KEYWORDS = List.of("auto", "break", "case", "char", "const", "continue", "default",
            "do", "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
            "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
            "union", "unsigned", "void", "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex",
            "_Decimal32", "_Decimal64", "_Decimal128", "_Generic", "_Imaginary", "_Noreturn", "_Static_assert",
            "_Thread_local");
    // by precedence, loosest first
    private static final List<List<String>> BINARY_OPERATORS = List.of(List.of("||", "or"), List.of("&&", "and"),
            List.of("|", "bitor"), List.of("^", "xor"), List.of("&", "bitand"), List.of("==", "!=", "not_eq"),
            List.of("<=", ">=", "<", ">"), List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"),
            List.of(".*", "->*"));
    private static final List<String> UNARY_OPERATORS = List.of("++", "--", "*", "&", "+", "-", "!", "not", "~",
            "compl");
    private static final List<String> ASSIGNMENT_OPERATORS = List.of("=", "*=", "/=", "%=", "+=", "-=", ">>=", "<<=",
            "&=", "and_eq", "^=", "xor_eq", "|=", "or_eq");

    final SphinxConfig config;
    private final Consumer<String> warnings;

    CExpressions(String definition, SphinxConfig config, Consumer<String> warnings) {
        super(definition);
        this.config = config;
        this.warnings = warnings;
    }

    /** A type without a declared name, for casts, sizeof and alignof. */
    abstract Node parseUnnamedType() throws DefinitionError;

    // ---- literals and primary expressions

    private Node parenExpression() throws DefinitionError {
        if (!currentIs('(')) {
            return null;
        }
        pos++;
        Node inner = expression();
        skipWs();
        if (!skipString(")")) {
            throw error("Expected ')' in end of parenthesized expression.");
        }
        return new CAst.Bracketed("(", inner, ")");
    }

    private Node primaryExpression() throws DefinitionError {
        skipWs();
        Node res = literal();
        if (res != null) {
            return res;
        }
        res = parenExpression();
        if (res != null) {
            return res;
        }
        return new CAst.IdExpression(nestedName());
    }

    /** Sphinx's _parse_initializer_list: null when {@code open} is not next. */
    private CAst.ExpressionList initializerList(String name, String open, String close) throws DefinitionError {
        skipWs();
        if (!skipStringAndWs(open)) {
            return null;
        }
        if (skipString(close)) {
            return new CAst.ExpressionList(open, List.of(), false, close);
        }
        List<Node> exprs = new ArrayList<>();
        boolean trailingComma = false;
        while (true) {
            skipWs();
            Node expr = expression();
            skipWs();
            exprs.add(expr);
            skipWs();
            if (skipString(close)) {
                break;
            }
            if (!skipStringAndWs(",")) {
                throw error("Error in " + name + ", expected ',' or '" + close + "'.");
            }
            if (currentIs(close.charAt(0)) && close.equals("}")) {
                pos++;
                trailingComma = true;
                break;
            }
        }
        return new CAst.ExpressionList(open, exprs, trailingComma, close);
    }

    CAst.ExpressionList parenExpressionList() throws DefinitionError {
        return initializerList("parenthesized expression-list", "(", ")");
    }

    CAst.ExpressionList bracedInitList() throws DefinitionError {
        return initializerList("braced-init-list", "{", "}");
    }

    private Node postfixExpression() throws DefinitionError {
        Node prefix = primaryExpression();
        List<Node> postfixes = new ArrayList<>();
        while (true) {
            skipWs();
            if (skipStringAndWs("[")) {
                Node expr = expression();
                skipWs();
                if (!skipString("]")) {
                    throw error("Expected ']' in end of postfix expression.");
                }
                postfixes.add(new CAst.Bracketed("[", expr, "]"));
                continue;
            }
            if (skipString("->")) {
                if (skipString("*")) {
                    pos -= 3; // don't steal the arrow
                } else {
                    postfixes.add(new CAst.MemberOfPointer(nestedName()));
                    continue;
                }
            }
            if (skipString("++")) {
                postfixes.add(new CAst.Token("++", SigNodes.OPERATOR));
                continue;
            }
            if (skipString("--")) {
                postfixes.add(new CAst.Token("--", SigNodes.OPERATOR));
                continue;
            }
            CAst.ExpressionList call = parenExpressionList();
            if (call != null) {
                postfixes.add(call);
                continue;
            }
            break;
        }
        return new CAst.PostfixExpression(prefix, postfixes);
    }

    private Node unaryExpression() throws DefinitionError {
        skipWs();
        for (String op : UNARY_OPERATORS) {
            boolean word = op.startsWith("c") || op.startsWith("n");
            if (word ? skipWord(op) : skipString(op)) {
                return new CAst.UnaryOperator(op, castExpression());
            }
        }
        if (skipWordAndWs("sizeof")) {
            if (skipStringAndWs("(")) {
                Node type = parseUnnamedType();
                skipWs();
                if (!skipString(")")) {
                    throw error("Expecting ')' to end 'sizeof'.");
                }
                return new CAst.TypeOperator("sizeof", type);
            }
            return new CAst.SizeofExpression(unaryExpression());
        }
        if (skipWordAndWs("alignof")) {
            if (!skipStringAndWs("(")) {
                throw error("Expecting '(' after 'alignof'.");
            }
            Node type = parseUnnamedType();
            skipWs();
            if (!skipString(")")) {
                throw error("Expecting ')' to end 'alignof'.");
            }
            return new CAst.TypeOperator("alignof", type);
        }
        return postfixExpression();
    }

    private Node castExpression() throws DefinitionError {
        int start = pos;
        skipWs();
        if (!skipString("(")) {
            return unaryExpression();
        }
        try {
            Node type = parseUnnamedType();
            if (!skipString(")")) {
                throw error("Expected ')' in cast expression.");
            }
            return new CAst.Cast(type, castExpression());
        } catch (DefinitionError asCast) {
            pos = start;
            try {
                return unaryExpression();
            } catch (DefinitionError asUnary) {
                throw multiError(List.of(new Alternative(asCast, "If type cast expression"),
                        new Alternative(asUnary, "If unary expression")), "Error in cast expression.");
            }
        }
    }

    private Node binaryExpression(int level) throws DefinitionError {
        List<Node> exprs = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        exprs.add(operand(level));
        while (true) {
            skipWs();
            int start = pos;
            boolean oneMore = false;
            for (String op : BINARY_OPERATORS.get(level)) {
                if ("abcnox".indexOf(op.charAt(0)) >= 0 ? !skipWord(op) : !skipString(op)) {
                    continue;
                }
                if (op.equals("&") && currentIs('&')) {
                    pos--; // don't split "&&", which binds more loosely: done here
                    break;
                }
                try {
                    exprs.add(operand(level));
                    ops.add(op);
                    oneMore = true;
                    break;
                } catch (DefinitionError e) {
                    pos = start;
                }
            }
            if (!oneMore) {
                break;
            }
        }
        return new CAst.Operators(exprs, ops);
    }

    private Node operand(int level) throws DefinitionError {
        return level + 1 == BINARY_OPERATORS.size() ? castExpression() : binaryExpression(level + 1);
    }

    Node logicalOrExpression() throws DefinitionError {
        return binaryExpression(0);
    }

    Node assignmentExpression() throws DefinitionError {
        List<Node> exprs = new ArrayList<>();
        List<String> ops = new ArrayList<>();
        exprs.add(logicalOrExpression());
        while (true) {
            boolean oneMore = false;
            skipWs();
            for (String op : ASSIGNMENT_OPERATORS) {
                if ("abcnox".indexOf(op.charAt(0)) >= 0 ? !skipWord(op) : !skipString(op)) {
                    continue;
                }
                exprs.add(logicalOrExpression());
                ops.add(op);
                oneMore = true;
            }
            if (!oneMore) {
                break;
            }
        }
        return new CAst.Operators(exprs, ops);
    }

    Node expression() throws DefinitionError {
        return assignmentExpression();
    }

    /** An expression parser that may fail. */
    interface ExpressionParser {
        Node parse() throws DefinitionError;
    }

    /**
     * Sphinx's _parse_expression_fallback: the parser's expression, or (with a warning) the raw
     * text up to one of {@code ends} outside brackets.
     */
    Node expressionFallback(String ends, ExpressionParser parser) throws DefinitionError {
        int previous = pos;
        try {
            return parser.parse();
        } catch (DefinitionError e) {
            warnings.accept("Parsing of expression failed. Using fallback parser. Error was:\n" + e.getMessage());
            pos = previous;
        }
        skipWs();
        int start = pos;
        String value;
        if (match(STRING)) {
            value = matchedText();
        } else {
            skipBalanced(ends, false);
            if (!ends.isEmpty() && eof()) {
                throw error("Could not find end of expression starting at " + start + ".");
            }
            value = definition.substring(start, pos).strip();
        }
        return new CAst.Fallback(value.strip());
    }

    // ---- names and attributes

    CAst.NestedName nestedName() throws DefinitionError {
        List<CAst.Identifier> names = new ArrayList<>();
        skipWs();
        boolean rooted = skipString(".");
        while (true) {
            skipWs();
            if (!match(IDENTIFIER)) {
                throw error("Expected identifier in nested name.");
            }
            String identifier = matchedText();
            if (KEYWORDS.contains(identifier)) {
                throw error("Expected identifier in nested name, got keyword: " + identifier);
            }
            checkExtraKeyword(identifier);
            names.add(new CAst.Identifier(identifier));
            skipWs();
            if (!skipString(".")) {
                break;
            }
        }
        return new CAst.NestedName(names, rooted);
    }

    void checkExtraKeyword(String identifier) throws DefinitionError {
        if (config.cExtraKeywords().contains(identifier)) {
            throw error("Expected identifier, got user-defined keyword: " + identifier + "."
                    + " Remove it from c_extra_keywords to allow it as identifier.\n"
                    + "Currently c_extra_keywords is " + pythonList(config.cExtraKeywords()) + ".");
        }
    }

    private static String pythonList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(s -> "'" + s + "'").toList()) + "]";
    }

    /** Sphinx's _parse_attribute: [[...]], __attribute__((...)), or a configured attribute; null if none. */
    Attribute attribute() throws DefinitionError {
        skipWs();
        int start = pos;
        if (skipStringAndWs("[")) {
            if (!skipString("[")) {
                pos = start;
            } else {
                String arg = balancedTokens("]");
                if (!skipStringAndWs("]")) {
                    throw error("Expected ']' in end of attribute.");
                }
                if (!skipStringAndWs("]")) {
                    throw error("Expected ']' in end of attribute after [[...]");
                }
                return new Attribute("[[" + arg + "]]", true);
            }
        }
        if (skipWordAndWs("__attribute__")) {
            if (!skipStringAndWs("(")) {
                throw error("Expected '(' after '__attribute__'.");
            }
            if (!skipStringAndWs("(")) {
                throw error("Expected '(' after '__attribute__('.");
            }
            List<String> attrs = new ArrayList<>();
            while (true) {
                if (match(IDENTIFIER)) {
                    String name = matchedText();
                    CAst.ExpressionList args = parenExpressionList();
                    attrs.add(args == null ? name : name + args.str());
                }
                if (skipStringAndWs(",")) {
                    continue;
                } else if (skipStringAndWs(")")) {
                    break;
                }
                throw error("Expected identifier, ')', or ',' in __attribute__.");
            }
            if (!skipStringAndWs(")")) {
                throw error("Expected ')' after '__attribute__((...)'");
            }
            return new Attribute("__attribute__((" + String.join(", ", attrs) + "))", false);
        }
        for (String id : config.cIdAttributes()) {
            if (skipWordAndWs(id)) {
                return new Attribute(id, false);
            }
        }
        for (String id : config.cParenAttributes()) {
            if (!skipStringAndWs(id)) {
                continue;
            }
            if (!skipString("(")) {
                throw error("Expected '(' after user-defined paren-attribute.");
            }
            String arg = balancedTokens(")");
            if (!skipString(")")) {
                throw error("Expected ')' to end user-defined paren-attribute.");
            }
            return new Attribute(id + "(" + arg + ")", false);
        }
        return null;
    }

    Attributes attributeList() throws DefinitionError {
        List<Attribute> list = new ArrayList<>();
        for (Attribute a = attribute(); a != null; a = attribute()) {
            list.add(a);
        }
        return Attributes.of(list);
    }

    /** Parses one attribute onto {@code into}; false when none stands here. */
    boolean attributeInto(List<Attribute> into) throws DefinitionError {
        Attribute attribute = attribute();
        if (attribute == null) {
            return false;
        }
        into.add(attribute);
        return true;
    }
}
