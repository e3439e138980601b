package org.kdocs.site.ext.kernel.prestep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbols a uapi header declares and the markup each becomes, as the first pass of
 * Documentation/sphinx/parse-headers.pl collects them line by line: ioctls, defines,
 * typedefs, enums, enum symbols and structs. Text is one char per byte (Latin-1), as Perl
 * reads the header without a decoding layer.
 */
final class HeaderSymbols {
    /** The six kinds, in the order the script substitutes them. */
    enum Kind {
        IOCTL("ioctl", ":ref"), DEFINE("define", ":ref"), SYMBOL("symbol", ":ref"), ENUM("enum", ":c:type"),
        STRUCT("struct", ":c:type"), TYPEDEF("typedef", ":c:type");

        final String word;
        final String defaultRole;

        Kind(String word, String defaultRole) {
            this.word = word;
            this.defaultRole = defaultRole;
        }

        static Kind named(String word) {
            for (Kind kind : values()) {
                if (kind.word.equals(word)) {
                    return kind;
                }
            }
            return null;
        }
    }

    // UNIX_LINES: '.' and '$' treat only "\n" as a line end, as Perl does
    private static final int FLAGS = Pattern.UNIX_LINES;
    private static final String IDENTIFIER = "([_\\w][\\w\\d_]+)";
    private static final Pattern CLOSED_COMMENTS = Pattern.compile("/\\*.*(\\*/)", FLAGS);
    private static final Pattern OPEN_COMMENT = Pattern.compile("/\\*.*", FLAGS);
    private static final Pattern COMMENT_END = Pattern.compile("^(.*\\*/)", FLAGS);
    private static final Pattern ENUM_SYMBOL = Pattern.compile("^\\s*" + IDENTIFIER + "\\s*[,=]?", FLAGS);
    private static final Pattern IOCTL = Pattern.compile("^\\s*#\\s*define\\s+" + IDENTIFIER + "\\s+_IO", FLAGS);
    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\s+" + IDENTIFIER + "\\s+", FLAGS);
    private static final Pattern TYPEDEF = Pattern.compile(
            "^\\s*typedef\\s+" + IDENTIFIER + "\\s+(.*)\\s+" + IDENTIFIER + ";", FLAGS);
    private static final List<Pattern> ENUM = List.of(
            Pattern.compile("^\\s*enum\\s+" + IDENTIFIER + "\\s+\\{", FLAGS),
            Pattern.compile("^\\s*enum\\s+" + IDENTIFIER + "$", FLAGS),
            Pattern.compile("^\\s*typedef\\s*enum\\s+" + IDENTIFIER + "\\s+\\{", FLAGS),
            Pattern.compile("^\\s*typedef\\s*enum\\s+" + IDENTIFIER + "$", FLAGS));
    // the script's "[[_\w]" is a class that also admits '['
    private static final List<Pattern> STRUCT = List.of(
            Pattern.compile("^\\s*struct\\s+" + IDENTIFIER + "\\s+\\{", FLAGS),
            Pattern.compile("^\\s*struct\\s+([\\[_\\w][\\w\\d_]+)$", FLAGS),
            Pattern.compile("^\\s*typedef\\s*struct\\s+" + IDENTIFIER + "\\s+\\{", FLAGS),
            Pattern.compile("^\\s*typedef\\s*struct\\s+([\\[_\\w][\\w\\d_]+)$", FLAGS));
    private static final List<Pattern> MULTI_LINE_TYPEDEFS = List.of(
            Pattern.compile("typedef\\s+struct\\s+\\S+?\\s*\\{[^}]+}\\s*(\\S+)\\s*;", FLAGS),
            Pattern.compile("typedef\\s+enum\\s+\\S+?\\s*\\{[^}]+}\\s*(\\S+)\\s*;", FLAGS));

    private final Map<Kind, Map<String, String>> markup = new LinkedHashMap<>();

    private HeaderSymbols() {
        for (Kind kind : Kind.values()) {
            markup.put(kind, new LinkedHashMap<>());
        }
    }

    /** Symbol name to its markup for one kind, in the order found. */
    Map<String, String> of(Kind kind) {
        return markup.get(kind);
    }

    /** Collects the symbols of a header's text (lines ending in "\n"). */
    static HeaderSymbols collect(String data) {
        HeaderSymbols symbols = new HeaderSymbols();
        boolean inComment = false;
        boolean inEnum = false;
        for (String line : lines(data)) {
            String ln = line;
            if (!inComment) {
                ln = CLOSED_COMMENTS.matcher(ln).replaceAll("");
                Matcher open = OPEN_COMMENT.matcher(ln);
                if (open.find()) {
                    ln = ln.substring(0, open.start()) + ln.substring(open.end());
                    inComment = true;
                }
            } else {
                Matcher end = COMMENT_END.matcher(ln);
                if (!end.find()) {
                    continue;
                }
                ln = ln.substring(end.end());
                inComment = false;
            }
            // the script tests the original line, comments and all, for the closing brace
            boolean closesBrace = line.indexOf('}') >= 0;
            Matcher m;
            if (inEnum && (m = ENUM_SYMBOL.matcher(ln)).find()) {
                symbols.put(Kind.SYMBOL, m.group(1), ref(m.group(1), refName(m.group(1), true)));
                inEnum = !closesBrace;
                continue;
            }
            if (inEnum && closesBrace) {
                inEnum = false;
            }
            if ((m = IOCTL.matcher(ln)).find()) {
                symbols.put(Kind.IOCTL, m.group(1), ref(m.group(1), refName(m.group(1), false)));
            } else if ((m = DEFINE.matcher(ln)).find()) {
                symbols.put(Kind.DEFINE, m.group(1), ref(m.group(1), refName(m.group(1), true)));
            } else if ((m = TYPEDEF.matcher(ln)).find()) {
                symbols.put(Kind.TYPEDEF, m.group(3), "\\ :c:type:`" + m.group(3) + " <" + m.group(2) + ">`\\ ");
            } else if ((m = firstMatch(ENUM, ln)) != null) {
                symbols.put(Kind.ENUM, m.group(1), "enum :c:type:`" + m.group(1) + "`\\ ");
                inEnum = true;
            } else if ((m = firstMatch(STRUCT, ln)) != null) {
                symbols.put(Kind.STRUCT, m.group(1), "struct " + m.group(1) + "\\ ");
            }
        }
        for (Pattern pattern : MULTI_LINE_TYPEDEFS) {
            Matcher m = pattern.matcher(data);
            while (m.find()) {
                symbols.put(Kind.TYPEDEF, m.group(1), "\\ :c:type:`" + m.group(1) + "`\\ ");
            }
        }
        return symbols;
    }

    private void put(Kind kind, String name, String text) {
        markup.get(kind).put(name, text);
    }

    private static String ref(String name, String target) {
        return "\\ :ref:`" + name + " <" + target + ">`\\ ";
    }

    // the label a symbol links to: lower case, and for all but ioctls '_' becomes '-'
    private static String refName(String name, boolean dashes) {
        String lower = asciiLower(name);
        return dashes ? lower.replace('_', '-') : lower;
    }

    // Perl's tr/A-Z/a-z/ touches ASCII letters only
    private static String asciiLower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    private static Matcher firstMatch(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** The lines of text, each with its "\n" (the last one may lack it), as Perl's readline gives them. */
    static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
