package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kdocs.transforms.Truth;

/**
 * Evaluates the Python expressions that {@code ifconfig} directives use
 * (sphinx.ext.ifconfig evaluates them with Python's eval over the config
 * values): names, string and number literals, True/False/None, tuples and
 * lists, {@code == != < <= > >= in} and {@code not in}, {@code and},
 * {@code or}, {@code not}, and parentheses. Nothing else is evaluated, so
 * an expression cannot do anything but compare values. Errors are
 * {@link IllegalArgumentException}s whose message reads like Python's
 * ("NameError: name 'x' is not defined", "SyntaxError: invalid syntax").
 */
final class ConfigExpression {
    private final List<String> tokens;
    private final Map<String, Object> names;
    private int pos;

    private ConfigExpression(List<String> tokens, Map<String, Object> names) {
        this.tokens = tokens;
        this.names = names;
    }

    /** Whether the expression is true in Python's sense, given the config values. */
    static boolean evaluate(String expression, Map<String, Object> names) {
        ConfigExpression parser = new ConfigExpression(tokenize(expression), names);
        Object value = parser.or();
        if (parser.pos != parser.tokens.size()) {
            throw syntaxError();
        }
        return Truth.of(value);
    }

    private static IllegalArgumentException syntaxError() {
        return new IllegalArgumentException("SyntaxError: invalid syntax");
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("SyntaxError: unterminated string literal");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else if ("=!<>".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                tokens.add(text.substring(i, i + 2));
                i += 2;
            } else if ("<>()[],".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                throw syntaxError();
            }
        }
        return tokens;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean accept(String token) {
        if (token.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private Object or() {
        Object left = and();
        while (accept("or")) {
            Object right = and();
            left = Truth.of(left) ? left : right;
        }
        return left;
    }

    private Object and() {
        Object left = not();
        while (accept("and")) {
            Object right = not();
            left = Truth.of(left) ? right : left;
        }
        return left;
    }

    private Object not() {
        if (accept("not")) {
            return !Truth.of(not());
        }
        return comparison();
    }

    // a chain "a < b < c" holds when every link holds, as in Python
    private Object comparison() {
        Object left = primary();
        Boolean result = null;
        while (true) {
            String op = peek();
            if (op == null) {
                break;
            }
            if (op.equals("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).equals("in")) {
                pos += 2;
                op = "not in";
            } else if (List.of("==", "!=", "<", "<=", ">", ">=", "in").contains(op)) {
                pos++;
            } else {
                break;
            }
            Object right = primary();
            boolean holds = compare(op, left, right);
            result = result == null ? holds : result && holds;
            left = right;
        }
        return result == null ? left : result;
    }

    private static boolean compare(String op, Object left, Object right) {
        return switch (op) {
            case "==" -> equal(left, right);
            case "!=" -> !equal(left, right);
            case "in" -> contains(right, left);
            case "not in" -> !contains(right, left);
            default -> order(op, left, right);
        };
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private static boolean contains(Object container, Object item) {
        if (container instanceof List<?> list) {
            return list.stream().anyMatch(element -> equal(element, item));
        }
        if (container instanceof String text && item instanceof String part) {
            return text.contains(part);
        }
        throw new IllegalArgumentException("TypeError: argument of type '" + typeName(container)
                + "' is not iterable");
    }

    private static boolean order(String op, Object left, Object right) {
        int c;
        if (left instanceof Number x && right instanceof Number y) {
            c = Double.compare(x.doubleValue(), y.doubleValue());
        } else if (left instanceof String x && right instanceof String y) {
            c = x.compareTo(y);
        } else {
            throw new IllegalArgumentException("TypeError: '" + op + "' not supported between instances of '"
                    + typeName(left) + "' and '" + typeName(right) + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private static String typeName(Object value) {
        return value == null ? "NoneType" : value instanceof String ? "str" : value instanceof Boolean ? "bool"
                : value instanceof Long ? "int" : value instanceof Double ? "float" : "list";
    }

    private Object primary() {
        String token = peek();
        if (token == null) {
            throw syntaxError();
        }
        pos++;
        if (token.equals("(") || token.equals("[")) {
            String close = token.equals("(") ? ")" : "]";
            List<Object> items = new ArrayList<>();
            boolean comma = false;
            while (!accept(close)) {
                if (peek() == null) {
                    throw syntaxError();
                }
                items.add(or());
                if (accept(",")) {
                    comma = true;
                } else if (!close.equals(peek())) {
                    throw syntaxError();
                }
            }
            // "(x)" is x; "(x,)", "()" and any [...] are sequences
            return token.equals("(") && items.size() == 1 && !comma ? items.get(0) : items;
        }
        char first = token.charAt(0);
        if (first == '\'' || first == '"') {
            return token.substring(1, token.length() - 1);
        }
        if (Character.isDigit(first) || first == '.') {
            try {
                return token.contains(".") ? (Object) Double.parseDouble(token) : (Object) Long.parseLong(token);
            } catch (NumberFormatException e) {
                throw syntaxError();
            }
        }
        switch (token) {
            case "True":
                return true;
            case "False":
                return false;
            case "None":
                return null;
            case "and", "or", "not", "in", ")", "]", ",", "==", "!=", "<", "<=", ">", ">=":
                throw syntaxError();
            default:
                if (!names.containsKey(token)) {
                    throw new IllegalArgumentException("NameError: name '" + token + "' is not defined");
                }
                return names.get(token);
        }
    }
}
