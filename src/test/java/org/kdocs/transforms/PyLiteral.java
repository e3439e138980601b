package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

/** Test helper: parses the Python literals pending details print (str, int, None, bool, lists). */
final class PyLiteral {
    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        return new PyLiteral(text.strip()).value();
    }

    private Object value() {
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            while (text.charAt(pos) != ']') {
                items.add(value());
                if (text.charAt(pos) == ',') {
                    pos++;
                }
                while (text.charAt(pos) == ' ') {
                    pos++;
                }
            }
            pos++;
            return items;
        }
        int start = pos;
        while (pos < text.length() && ",] ".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        return switch (word) {
            case "None" -> null;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            default -> Integer.valueOf(word);
        };
    }

    private String string(char quote) {
        StringBuilder out = new StringBuilder();
        pos++;
        while (text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\') {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'x' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 2), 16));
                        pos += 2;
                    }
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        pos++;
        return out.toString();
    }
}
