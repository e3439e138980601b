package org.kdocs.lint;

import java.lang.Character.UnicodeScript;

/**
 * Character classes and masking for prose rules. {@link #mask} blanks out
 * the parts of a prose line that are not prose: inline literals, interpreted
 * text and roles, URLs and e-mail addresses, so typography rules do not
 * fire inside them. Masked characters become NUL (a masked astral character
 * becomes U+E0000), keeping every column.
 */
public final class Prose {
    public static final char MASK = '\0';

    private Prose() {
    }

    /** Han, Hiragana, Katakana, Hangul, Bopomofo, or CJK/full-width punctuation. */
    public static boolean isCjk(int c) {
        if (c == MASK || c < 0x2E80) {
            return false;
        }
        UnicodeScript s = UnicodeScript.of(c);
        return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
                || s == UnicodeScript.HANGUL || s == UnicodeScript.BOPOMOFO || isCjkPunctuation(c);
    }

    public static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
    }

    /** Han/Kana/Hangul letters only (no punctuation). */
    public static boolean isCjkLetter(int c) {
        return isCjk(c) && !isCjkPunctuation(c);
    }

    // docutils' field marker (states.Body.patterns['field_marker']): the name may hold escaped or inner colons
    private static final java.util.regex.Pattern FIELD_MARKER = java.util.regex.Pattern.compile(
            " *:(?![: ])(?:[^:\\\\]|\\\\.|:(?![ `]|$))*(?<! ):(?= |$)");

    /**
     * The line with inline literals, interpreted text, role names, URLs,
     * e-mail addresses and a leading field-list marker ({@code :翻译:}) masked.
     */
    public static String mask(String line) {
        char[] out = line.toCharArray();
        int i = 0;
        java.util.regex.Matcher field = FIELD_MARKER.matcher(line);
        if (line.indexOf(':') >= 0 && field.lookingAt()) {
            i = blank(out, line.indexOf(':'), field.end());
        }
        while (i < line.length()) {
            if (line.startsWith("``", i) && startOk(line, i, 2)) {
                int end = findEnd(line, i + 2, "``");
                i = blank(out, i, end < 0 ? line.length() : end + 2);
            } else if (line.startsWith("``", i)) {
                i += 2; // a double backquote that starts nothing
            } else if (line.charAt(i) == '`' && startOk(line, i, 1)) {
                int end = findEnd(line, i + 1, "`");
                if (end < 0) {
                    i++;
                    continue;
                }
                int stop = end + 1;
                while (stop < line.length() && line.charAt(stop) == '_') {
                    stop++;
                }
                i = blank(out, roleStart(line, i), stop);
            } else if (line.startsWith("http://", i) || line.startsWith("https://", i) || line.startsWith("ftp://", i)) {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && !isCjk(line.charAt(end))) {
                    end++;
                }
                i = blank(out, i, end);
            } else if (line.charAt(i) == '<' && line.indexOf('>', i) > 0 && line.substring(i, line.indexOf('>', i))
                    .contains("@")) {
                i = blank(out, i, line.indexOf('>', i) + 1);
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static boolean startOk(String line, int i, int len) {
        return i + len < line.length() && !Character.isWhitespace(line.charAt(i + len));
    }

    private static int findEnd(String line, int from, String end) {
        int k = line.indexOf(end, from);
        while (k >= 0 && (Character.isWhitespace(line.charAt(k - 1)) || (end.equals("`") && line.startsWith("``", k)
                && !line.startsWith("``", k - 1)))) {
            k = line.indexOf(end, k + end.length());
        }
        return k;
    }

    /** Extends a backquote start leftwards over a role prefix such as {@code :c:func:}. */
    private static int roleStart(String line, int tick) {
        if (tick == 0 || line.charAt(tick - 1) != ':') {
            return tick;
        }
        int k = tick - 1;
        while (k > 0 && (Character.isLetterOrDigit(line.charAt(k - 1)) || ":-_+.".indexOf(line.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k;
    }

    private static int blank(char[] out, int from, int to) {
        for (int k = from; k < to && k < out.length; k++) {
            // a masked surrogate pair stays one code point (U+E0000, unassigned), so columns stay right
            out[k] = Character.isHighSurrogate(out[k]) ? '\uDB40' : Character.isLowSurrogate(out[k]) ? '\uDC00' : MASK;
        }
        return Math.max(to, from + 1);
    }

    /** 1-based column in code points of a UTF-16 index. */
    public static int column(String line, int index) {
        return line.codePointCount(0, Math.min(index, line.length())) + 1;
    }

    /** The previous and next code points around index (or -1). */
    public static int before(String line, int index) {
        return index > 0 ? line.codePointBefore(index) : -1;
    }

    public static int after(String line, int index) {
        int next = index + Character.charCount(line.codePointAt(index));
        return next < line.length() ? line.codePointAt(next) : -1;
    }
}
