package org.kdocs.rst.inline;

import org.kdocs.tree.PyText;

/**
 * Finds inline markup start-strings, whole constructs and end-strings in one
 * escaped text (the patterns of docutils' Inliner.init_customizations),
 * without regular expressions. A search from {@code base} sees the text as
 * if it began there, as docutils' searches in the remaining string do.
 * Simple-name runs and end-string searches are memoised, so a whole parse
 * stays linear even on pathological input.
 */
final class MarkupScanner {
    static final int NONE = -1;

    /** What kind of markup a start match opens. */
    enum Kind { STRONG, EMPHASIS, LITERAL, TARGET, SUBSTITUTION, REFERENCE, FOOTNOTE, INTERPRETED }

    /**
     * One start match. {@code start}/{@code end}: the start-string or whole
     * construct; {@code nameStart}/{@code nameEnd}: the reference name,
     * footnote label or role (with colons); {@code refend}: "_" or "__";
     * {@code citation}: the footnote label is a citation label.
     */
    record Start(Kind kind, int start, int end, int nameStart, int nameEnd, String refend, boolean citation) {
    }

    /** An end-string found at {@code start}, ending at {@code end}; for interpreted text the suffix role and refend. */
    record End(int start, int end, int roleStart, int roleEnd, String refend) {
        boolean hasRole() {
            return roleStart >= 0;
        }
    }

    private final String s;
    private final int n;
    private final boolean charLevel;
    private int nameRunStart = -1;
    private int nameRunEnd = -1;
    // the last "_" and ":" separators inside the run: where shorter simple names end
    private int nameRunLastUnderscore = -1;
    private int nameRunLastColon = -1;
    private final int[] memoFrom = new int[Kind.values().length];
    private final End[] memoEnd = new End[Kind.values().length];
    private final boolean[] memoNone = new boolean[Kind.values().length];
    // Every start-string holds one of "*`_|[" ("name_" references an "_"): past the last of them, and
    // for name characters past the last "_", no construct can start, so the scan skips them cheaply.
    private final int lastStartChar;
    private final int lastUnderscore;
    /** Characters examined by the scans so far: a measure of work that tests keep linear. */
    private long steps;

    MarkupScanner(String escaped, boolean characterLevel) {
        this.s = escaped;
        this.n = escaped.length();
        this.charLevel = characterLevel;
        java.util.Arrays.fill(memoFrom, Integer.MAX_VALUE);
        int lastStart = -1;
        int underscore = -1;
        for (int i = n - 1; i >= 0 && underscore < 0; i--) {
            char c = escaped.charAt(i);
            if (c == '_') {
                underscore = i;
            }
            if (lastStart < 0 && (c == '*' || c == '`' || c == '_' || c == '|' || c == '[')) {
                lastStart = i;
            }
        }
        this.lastStartChar = lastStart;
        this.lastUnderscore = underscore;
    }

    long steps() {
        return steps;
    }

    private int cp(int i) {
        return s.codePointAt(i);
    }

    private boolean at(int i, String what) {
        return s.startsWith(what, i);
    }

    private boolean nonSpaceAt(int i) {
        return i >= n || !PyText.isSpace(cp(i));
    }

    private boolean prefixOk(int p, int base) {
        if (p == base) {
            return true;
        }
        if (charLevel) {
            return s.charAt(p - 1) != 0;
        }
        return PunctuationChars.beforeStart(s.codePointBefore(p));
    }

    /** docutils' quoted_start: the start-string sits between a matching open/close pair, or ends the text. */
    boolean quotedStart(int start, int end, int base) {
        if (start == base) {
            return false;
        }
        if (end >= n) {
            return true;
        }
        return PunctuationChars.matchChars(s.charAt(start - 1), s.charAt(end));
    }

    /** The end-string suffix rule at {@code i} (docutils' end_string_suffix). */
    boolean suffixOk(int i) {
        return charLevel || i >= n || PunctuationChars.afterEnd(cp(i));
    }

    private boolean nameChar(int i) {
        if (i >= n) {
            return false;
        }
        int c = cp(i);
        return c != '_' && PunctuationChars.isWord(c);
    }

    /** End of the longest simple name starting at {@code p}, or NONE. */
    int simplenameEnd(int p) {
        if (!nameChar(p)) {
            return NONE;
        }
        if (p > nameRunStart && p < nameRunEnd) {
            return nameRunEnd; // any name character inside a run continues to the same end
        }
        int q = p;
        nameRunLastUnderscore = -1;
        nameRunLastColon = -1;
        while (true) {
            while (nameChar(q)) {
                steps++;
                q += Character.charCount(cp(q));
            }
            if (q < n && "-._+:".indexOf(s.charAt(q)) >= 0 && nameChar(q + 1)) {
                if (s.charAt(q) == '_') {
                    nameRunLastUnderscore = q;
                } else if (s.charAt(q) == ':') {
                    nameRunLastColon = q;
                }
                q++;
            } else {
                break;
            }
        }
        nameRunStart = p;
        nameRunEnd = q;
        return q;
    }

    /**
     * Where a simple name starting at {@code p} may end right before
     * {@code c}: its longest end, else (only without end-string rules, where
     * nothing needs to follow) the last {@code c} separator inside it, as the
     * regular expression finds it by backtracking; NONE if neither.
     */
    private int simplenameEndBefore(int p, char c) {
        int e = simplenameEnd(p);
        if (e == NONE || (e < n && s.charAt(e) == c)) {
            return e;
        }
        if (!charLevel) {
            return NONE;
        }
        int separator = c == '_' ? nameRunLastUnderscore : nameRunLastColon;
        return separator > p ? separator : NONE;
    }

    /** The first start match at or after {@code base}, the text seen as starting at {@code base}; null if none. */
    Start findStart(int base) {
        for (int p = base; p <= lastStartChar; p++) {
            steps++;
            char c = s.charAt(p);
            if ("*`_|[:".indexOf(c) < 0 && (p > lastUnderscore || !nameChar(p))) {
                continue;
            }
            if (!prefixOk(p, base)) {
                continue;
            }
            Start found = startAt(p);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Start startAt(int p) {
        char c = s.charAt(p);
        if (c == '*') {
            if (at(p + 1, "*")) {
                return nonSpaceAt(p + 2) ? simple(Kind.STRONG, p, p + 2) : null;
            }
            return nonSpaceAt(p + 1) ? simple(Kind.EMPHASIS, p, p + 1) : null;
        }
        if (at(p, "``") && nonSpaceAt(p + 2)) {
            return simple(Kind.LITERAL, p, p + 2);
        }
        if (at(p, "_`") && nonSpaceAt(p + 2)) {
            return simple(Kind.TARGET, p, p + 2);
        }
        if (c == '|' && !at(p + 1, "|") && nonSpaceAt(p + 1)) {
            return simple(Kind.SUBSTITUTION, p, p + 1);
        }
        Start whole = c == '[' ? footnoteAt(p) : referenceAt(p);
        if (whole != null) {
            return whole;
        }
        return interpretedAt(p);
    }

    private static Start simple(Kind kind, int start, int end) {
        return new Start(kind, start, end, NONE, NONE, null, false);
    }

    private Start referenceAt(int p) {
        int e = simplenameEndBefore(p, '_');
        if (e == NONE) {
            return null;
        }
        for (String refend : new String[] {"__", "_"}) {
            if (at(e, refend) && suffixOk(e + refend.length())) {
                return new Start(Kind.REFERENCE, p, e + refend.length(), p, e, refend, false);
            }
        }
        return null;
    }

    private Start footnoteAt(int p) {
        int labelStart = p + 1;
        int q = labelStart;
        while (q < n && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
            q++;
        }
        if (q > labelStart && closesFootnote(q)) {
            return footnote(p, q, false);
        }
        if (at(labelStart, "#")) {
            int e = simplenameEnd(labelStart + 1);
            if (e != NONE && closesFootnote(e)) {
                return footnote(p, e, false);
            }
            if (closesFootnote(labelStart + 1)) {
                return footnote(p, labelStart + 1, false);
            }
        }
        if (at(labelStart, "*") && closesFootnote(labelStart + 1)) {
            return footnote(p, labelStart + 1, false);
        }
        int e = simplenameEnd(labelStart);
        if (e != NONE && closesFootnote(e)) {
            return footnote(p, e, true);
        }
        return null;
    }

    private boolean closesFootnote(int q) {
        return at(q, "]_") && suffixOk(q + 2);
    }

    private Start footnote(int p, int labelEnd, boolean citation) {
        return new Start(Kind.FOOTNOTE, p, labelEnd + 2, p + 1, labelEnd, null, citation);
    }

    private Start interpretedAt(int p) {
        if (s.charAt(p) == ':') {
            int e = simplenameEnd(p + 1);
            if (e != NONE && at(e, ":`") && !at(e + 2, "`") && nonSpaceAt(e + 2)) {
                return new Start(Kind.INTERPRETED, e + 1, e + 2, p, e + 1, null, false);
            }
        }
        if (s.charAt(p) == '`' && !at(p + 1, "`") && nonSpaceAt(p + 1)) {
            return new Start(Kind.INTERPRETED, p, p + 1, p, p, null, false);
        }
        return null;
    }

    /**
     * The first end-string for {@code kind} in the text from {@code from}
     * (seen as starting there), or null. A result starting at {@code from}
     * means an empty construct, which callers treat as no end-string.
     */
    End findEnd(Kind kind, int from) {
        End here = endAt(kind, from, from);
        if (here != null) {
            return here;
        }
        int k = kind.ordinal();
        int next = from + 1;
        if (memoFrom[k] <= next && (memoNone[k] || memoEnd[k].start() >= next)) {
            return memoNone[k] ? null : memoEnd[k];
        }
        End found = null;
        for (int q = next; q < n && found == null; q++) {
            steps++;
            found = endAt(kind, q, from);
        }
        memoFrom[k] = next;
        memoEnd[k] = found;
        memoNone[k] = found == null;
        return found;
    }

    private End endAt(Kind kind, int q, int from) {
        if (q >= n) {
            return null;
        }
        char before = q > from ? s.charAt(q - 1) : 'x';
        boolean spaceOrNulBefore = PyText.isSpace(before) || before == 0;
        switch (kind) {
            case STRONG:
                return !spaceOrNulBefore ? plainEnd(q, "**") : null;
            case EMPHASIS:
                return !spaceOrNulBefore ? plainEnd(q, "*") : null;
            case LITERAL:
                return !PyText.isSpace(before) ? plainEnd(q, "``") : null;
            case TARGET:
                return !spaceOrNulBefore ? plainEnd(q, "`") : null;
            case SUBSTITUTION:
                if (spaceOrNulBefore || s.charAt(q) != '|') {
                    return null;
                }
                for (String end : new String[] {"|__", "|_", "|"}) {
                    End e = plainEnd(q, end);
                    if (e != null) {
                        return e;
                    }
                }
                return null;
            case INTERPRETED:
                boolean escapedBefore = q - 2 >= 0 && s.charAt(q - 2) == 0;
                if (spaceOrNulBefore && !(q > from && escapedBefore)) {
                    return null;
                }
                return interpretedEnd(q);
            default:
                return null;
        }
    }

    private End plainEnd(int q, String end) {
        if (at(q, end) && suffixOk(q + end.length())) {
            return new End(q, q + end.length(), NONE, NONE, "");
        }
        return null;
    }

    private End interpretedEnd(int q) {
        if (s.charAt(q) != '`') {
            return null;
        }
        int r = q + 1;
        if (at(r, ":")) {
            int e = simplenameEndBefore(r + 1, ':');
            if (e != NONE && at(e, ":")) {
                End withRole = refendAfter(q, e + 1, r, e + 1);
                if (withRole != null) {
                    return withRole;
                }
            }
        }
        return refendAfter(q, r, NONE, NONE);
    }

    private End refendAfter(int q, int r, int roleStart, int roleEnd) {
        for (String refend : new String[] {"__", "_", ""}) {
            if (at(r, refend) && suffixOk(r + refend.length())) {
                return new End(q, r + refend.length(), roleStart, roleEnd, refend);
            }
        }
        return null;
    }
}
