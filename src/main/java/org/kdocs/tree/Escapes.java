package org.kdocs.tree;

/**
 * Backslash escapes as docutils stores them in text nodes: each escaping
 * backslash becomes a NUL character, so later stages can tell an escaped
 * character from a plain one (docutils.utils.escape2null / unescape).
 */
public final class Escapes {
    public static final char NUL = '\u0000';

    private Escapes() {
    }

    /** Removes escape markers; an escaped space or newline disappears with its marker. */
    public static String unescape(String text) {
        if (text.indexOf(NUL) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                if (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Turns escape markers back into backslashes (unescape with restore_backslashes). */
    public static String restoreBackslashes(String text) {
        return text.replace(NUL, '\\');
    }

    /** Replaces each escaping backslash by a NUL marker (escape2null). */
    public static String escapeToNull(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append(NUL);
                if (i + 1 < text.length()) {
                    out.append(text.charAt(i + 1));
                    i += 2;
                } else {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
