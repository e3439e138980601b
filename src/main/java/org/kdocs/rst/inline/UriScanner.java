package org.kdocs.rst.inline;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the leftmost standalone URI or e-mail address in {@code s[from, to)}
 * the way docutils' uri pattern does, in linear time. The scheme and the
 * name before "@" are scanned by hand with memoised runs; the part after
 * ":" or "@" (which does not depend on where the match starts) is matched
 * once per ":" or "@" with a regular expression and remembered.
 */
final class UriScanner {
    /** A match: {@code s[start, end)}; {@code schemeEnd} is the ":" position, or -1 for an e-mail address. */
    record Found(int start, int end, int schemeEnd) {
        boolean email() {
            return schemeEnd < 0;
        }
    }

    private static final String EMAILC_CHARS = "-_!~*'{|}/#?^`&=+$%\u0000";

    private final String s;
    private final int to;
    private final boolean charLevel;
    private final Pattern afterScheme;
    private final Pattern afterAt;
    private final Map<Integer, Integer> afterSchemeEnds = new HashMap<>();
    private final Map<Integer, Integer> afterAtEnds = new HashMap<>();
    private int schemeRunStart = -1;
    private int schemeRunEnd = -1;
    private int nameRunStart = -1;
    private int nameRunEnd = -1;
    private int nameRunLastDoubleDot = -1;
    private int mark;
    private int markScannedFrom = -1;
    private int markScannedTo = -1;

    UriScanner(String s, int to, boolean charLevel, Pattern afterScheme, Pattern afterAt) {
        this.s = s;
        this.to = to;
        this.charLevel = charLevel;
        this.afterScheme = afterScheme;
        this.afterAt = afterAt;
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isEmailc(char c) {
        return isAsciiAlnum(c) || EMAILC_CHARS.indexOf(c) >= 0;
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiAlnum(c) || c == '.' || c == '+' || c == '-';
    }

    Found find(int from) {
        for (int p = from; p < to; p++) {
            p = firstCandidate(p);
            if (p >= to) {
                return null;
            }
            char c = s.charAt(p);
            if (!isEmailc(c) || !prefixOk(p, from)) {
                continue;
            }
            if (Character.isLetter(c) && c < 128) {
                int colon = schemeRunEnd(p);
                if (colon < to && s.charAt(colon) == ':') {
                    int end = after(afterScheme, afterSchemeEnds, colon + 1);
                    if (end >= 0) {
                        return new Found(p, end, colon);
                    }
                }
            }
            int at = nameEnd(p);
            if (at >= 0) {
                int end = after(afterAt, afterAtEnds, at + 1);
                if (end >= 0) {
                    return new Found(p, end, -1);
                }
            }
        }
        return null;
    }

    /**
     * The first position from p where a match may start. A scheme ends at ":" and a name at "@", and
     * both are runs of e-mail characters and dots, so a match can only start in the run that
     * ends right before the next ":" or "@"; everything before it is skipped (to: none left).
     */
    private int firstCandidate(int p) {
        if (p >= markScannedFrom && p < markScannedTo) {
            return mark >= to ? to : p; // p lies in the run before the mark found last time
        }
        markScannedFrom = p;
        mark = p;
        while (mark < to && s.charAt(mark) != ':' && s.charAt(mark) != '@') {
            mark++;
        }
        markScannedTo = mark + 1;
        if (mark >= to) {
            return to;
        }
        int runStart = mark;
        while (runStart > p && isRunChar(s.charAt(runStart - 1))) {
            runStart--;
        }
        return runStart;
    }

    private static boolean isRunChar(char c) {
        return isEmailc(c) || c == '.';
    }

    private boolean prefixOk(int p, int from) {
        if (p == from) {
            return true;
        }
        if (charLevel) {
            return s.charAt(p - 1) != 0;
        }
        return PunctuationChars.beforeStart(s.codePointBefore(p));
    }

    private int schemeRunEnd(int p) {
        if (p > schemeRunStart && p < schemeRunEnd) {
            return schemeRunEnd;
        }
        int q = p;
        while (q < to && isSchemeChar(s.charAt(q))) {
            q++;
        }
        schemeRunStart = p;
        schemeRunEnd = q;
        return q;
    }

    /** The "@" ending a valid name (dot-separated e-mail characters) that starts at p, or -1. */
    private int nameEnd(int p) {
        if (!(p > nameRunStart && p < nameRunEnd)) {
            int q = p;
            int lastDoubleDot = -1;
            while (q < to && (isEmailc(s.charAt(q)) || s.charAt(q) == '.')) {
                if (s.charAt(q) == '.' && q + 1 < to && s.charAt(q + 1) == '.') {
                    lastDoubleDot = q;
                }
                q++;
            }
            nameRunStart = p;
            nameRunEnd = q;
            nameRunLastDoubleDot = lastDoubleDot;
        }
        int e = nameRunEnd;
        if (e >= to || s.charAt(e) != '@' || nameRunLastDoubleDot >= p) {
            return -1;
        }
        char last = s.charAt(e - 1);
        return last == '.' || last == 0 ? -1 : e;
    }

    private int after(Pattern pattern, Map<Integer, Integer> memo, int k) {
        return memo.computeIfAbsent(k, key -> {
            Matcher m = pattern.matcher(s);
            m.region(key, to);
            return m.lookingAt() ? m.end() : -1;
        });
    }
}
