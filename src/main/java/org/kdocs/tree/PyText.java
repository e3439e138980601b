package org.kdocs.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * String operations with Python's exact semantics. docutils is written in
 * Python, and its output depends on what Python counts as white space or a
 * line break, which differs from Java's defaults (e.g. NO-BREAK SPACE is
 * white space to Python's str.split(), and U+2028 ends a line).
 */
public final class PyText {
    private PyText() {
    }

    /** Python's str.isspace() for one code point. */
    public static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680,
                 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200a;
        };
    }

    /** True when the string is non-empty and all white space (str.isspace()). */
    public static boolean isAllSpace(String s) {
        if (s.isEmpty()) {
            return false;
        }
        // by char: every white-space character lies in the BMP, so a surrogate is never space
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the string is empty or all white space (docutils' "blank line"). */
    public static boolean isBlank(String s) {
        return s.isEmpty() || isAllSpace(s);
    }

    /** Python's str.splitlines() without keepends. */
    public static List<String> splitlines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isLineBreak(c)) {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /** A line boundary of Python's str.splitlines(). */
    public static boolean isLineBreak(char c) {
        return switch (c) {
            case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029 -> true;
            default -> false;
        };
    }

    /** Python's str.split() with no separator: runs of white space separate words. */
    public static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && !isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    /** Python's str.strip() with no argument. */
    public static String strip(String s) {
        return rstrip(lstrip(s));
    }

    /** Python's str.lstrip() with no argument. */
    public static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** Python's str.rstrip() with no argument. */
    public static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }

    /** Python's len(): the number of code points. */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code " ".join(s.split())}: white space runs folded to one space, ends trimmed. */
    public static String foldSpace(String s) {
        return String.join(" ", split(s));
    }
}
