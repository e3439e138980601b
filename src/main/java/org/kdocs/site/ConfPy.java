package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values a Sphinx {@code conf.py} assigns as Python literals, without running it:
 * {@code name = 'text'}, numbers, {@code True}/{@code False}/{@code None}, and lists, tuples and
 * dicts of these. An assignment at the top level wins; one inside a block ({@code if major >= 3:}, as
 * the kernel's {@code c_id_attributes}) counts when the name has no top-level literal, the first such
 * assignment winning. Anything computed ({@code os.environ[...]}, calls) is not a value and is skipped.
 */
public final class ConfPy {
    private static final Pattern ASSIGNMENT = Pattern.compile("^([ \\t]*)([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.*)$",
            Pattern.DOTALL);

    private ConfPy() {
    }

    /** The literal values of a conf.py file, in the order first assigned; empty when it cannot be read. */
    public static Map<String, Object> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The literal values of conf.py source text. */
    public static Map<String, Object> parse(String source) {
        Map<String, Object> top = new LinkedHashMap<>();
        Map<String, Object> nested = new LinkedHashMap<>();
        for (String line : logicalLines(source)) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Literal parser = new Literal(m.group(3));
            Object value;
            try {
                value = parser.value();
                parser.end();
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                top.put(m.group(2), value);
            } else {
                nested.putIfAbsent(m.group(2), value);
            }
        }
        Map<String, Object> all = new LinkedHashMap<>(nested);
        all.putAll(top);
        return all;
    }

    // physical lines joined while a bracket, a triple-quoted string or a backslash continues them
    private static List<String> logicalLines(String source) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        String quote = null;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote != null) {
                current.append(c);
                if (c == '\\' && i + 1 < source.length()) {
                    current.append(source.charAt(++i));
                } else if (source.startsWith(quote, i)) {
                    current.append(quote, 1, quote.length());
                    i += quote.length() - 1;
                    quote = null;
                } else if (c == '\n' && quote.length() == 1) {
                    quote = null; // an unterminated string ends with its line
                }
                continue;
            }
            if (c == '#') {
                while (i + 1 < source.length() && source.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                quote = source.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                current.append(quote);
                i += quote.length() - 1;
            } else if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                current.append(' ');
                i++;
            } else if (c == '\n') {
                if (depth > 0) {
                    current.append(' ');
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                }
            } else {
                if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0 && depth > 0) {
                    depth--;
                }
                current.append(c);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** A recursive-descent reader of one Python literal. */
    private static final class Literal {
        private final String text;
        private int pos;

        Literal(String text) {
            this.text = text;
        }

        void end() {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ';') {
                pos++;
                skipSpace();
            }
            if (pos != text.length()) {
                throw new IllegalArgumentException("not a literal");
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private boolean take(char c) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw new IllegalArgumentException("no value");
            }
            char c = text.charAt(pos);
            if (c == '[') {
                pos++;
                return sequence(']');
            }
            if (c == '(') {
                pos++;
                return sequence(')');
            }
            if (c == '{') {
                pos++;
                return dict();
            }
            if (c == '\'' || c == '"' || (c == 'r' || c == 'R' || c == 'u' || c == 'U')
                    && pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
                StringBuilder joined = new StringBuilder();
                // adjacent string literals concatenate
                do {
                    joined.append(string());
                    skipSpace();
                } while (pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '"'));
                return joined.toString();
            }
            Matcher word = Pattern.compile("[-+]?[A-Za-z0-9_.]+").matcher(text).region(pos, text.length());
            if (!word.lookingAt()) {
                throw new IllegalArgumentException("not a literal");
            }
            pos = word.end();
            String w = word.group();
            return switch (w) {
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                case "None" -> null;
                default -> number(w);
            };
        }

        private static Object number(String w) {
            try {
                return Integer.decode(w.replace("_", ""));
            } catch (NumberFormatException e) {
                try {
                    return Double.valueOf(w);
                } catch (NumberFormatException e2) {
                    throw new IllegalArgumentException("not a literal: " + w);
                }
            }
        }

        private List<Object> sequence(char close) {
            List<Object> items = new ArrayList<>();
            while (!take(close)) {
                items.add(value());
                if (!take(',')) {
                    if (!take(close)) {
                        throw new IllegalArgumentException("expected , or " + close);
                    }
                    break;
                }
            }
            return items;
        }

        private Map<String, Object> dict() {
            Map<String, Object> map = new LinkedHashMap<>();
            while (!take('}')) {
                Object key = value();
                if (!take(':')) {
                    // a set literal: its items as keys
                    map.put(String.valueOf(key), Boolean.TRUE);
                    if (!take(',')) {
                        if (!take('}')) {
                            throw new IllegalArgumentException("expected , or }");
                        }
                        break;
                    }
                    continue;
                }
                map.put(String.valueOf(key), value());
                if (!take(',')) {
                    if (!take('}')) {
                        throw new IllegalArgumentException("expected , or }");
                    }
                    break;
                }
            }
            return map;
        }

        private String string() {
            boolean raw = false;
            while (text.charAt(pos) != '\'' && text.charAt(pos) != '"') {
                raw |= Character.toLowerCase(text.charAt(pos)) == 'r';
                pos++;
            }
            char q = text.charAt(pos);
            String delimiter = text.startsWith(String.valueOf(q).repeat(3), pos) ? String.valueOf(q).repeat(3)
                    : String.valueOf(q);
            pos += delimiter.length();
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new IllegalArgumentException("unterminated string");
                }
                if (text.startsWith(delimiter, pos)) {
                    pos += delimiter.length();
                    return out.toString();
                }
                char c = text.charAt(pos++);
                if (c == '\\' && pos < text.length()) {
                    char e = text.charAt(pos++);
                    if (raw) {
                        out.append('\\').append(e);
                        continue;
                    }
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case '\\', '\'', '"' -> out.append(e);
                        case '\n' -> { }
                        default -> out.append('\\').append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
