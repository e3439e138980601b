package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Evaluates the expression of an {@code only} directive against the build's
 * tags (sphinx.util.tags.Tags): tag names combined with {@code and},
 * {@code or}, {@code not} and parentheses. A malformed expression is false,
 * as Sphinx treats it after its warning.
 */
public final class TagExpression {
    private final List<String> tokens;
    private final Set<String> tags;
    private int position;

    private TagExpression(String expression, Set<String> tags) {
        this.tokens = tokenize(expression);
        this.tags = tags;
    }

    /** Whether the expression holds; throws IllegalArgumentException when it cannot be parsed. */
    public static boolean evaluate(String expression, Set<String> tags) {
        TagExpression parser = new TagExpression(expression, tags);
        boolean value = parser.or();
        if (parser.position != parser.tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return value;
    }

    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : expression.toCharArray()) {
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (c != ' ' && !Character.isWhitespace(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private boolean or() {
        boolean value = and();
        while (peek("or")) {
            position++;
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = not();
        while (peek("and")) {
            position++;
            value = not() & value;
        }
        return value;
    }

    private boolean not() {
        if (peek("not")) {
            position++;
            return !not();
        }
        return atom();
    }

    private boolean atom() {
        if (position >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end of expression");
        }
        String token = tokens.get(position++);
        if (token.equals("(")) {
            boolean value = or();
            if (!peek(")")) {
                throw new IllegalArgumentException("missing ')'");
            }
            position++;
            return value;
        }
        if (token.equals(")") || token.equals("and") || token.equals("or")) {
            throw new IllegalArgumentException("unexpected '" + token + "'");
        }
        return tags.contains(token);
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }
}
