package org.kdocs.rst.inline;

import java.util.BitSet;

import org.kdocs.tree.PyText;

/**
 * The character classes of the inline markup recognition rules
 * (docutils.utils.punctuation_chars): what may precede a start-string, what
 * may follow an end-string, and which open/close pairs "quote" a
 * start-string. Also Python's {@code \w}, which simple names use.
 */
final class PunctuationChars {
    // The opener and closer at the same index form a pair; the backslash pairs
    // with itself, as in docutils' strings (it is no opener in the regex class).
    private static final String OPENERS = "\"'(<\\[{\u0f3a\u0f3c\u169b\u2045\u207d\u208d\u2329\u2768\u276a\u276c"
            + "\u276e\u2770\u2772\u2774\u27c5\u27e6\u27e8\u27ea\u27ec\u27ee\u2983\u2985\u2987\u2989\u298b\u298d"
            + "\u298f\u2991\u2993\u2995\u2997\u29d8\u29da\u29fc\u2e22\u2e24\u2e26\u2e28\u3008\u300a\u300c\u300e"
            + "\u3010\u3014\u3016\u3018\u301a\u301d\u301d\ufd3e\ufe17\ufe35\ufe37\ufe39\ufe3b\ufe3d\ufe3f\ufe41"
            + "\ufe43\ufe47\ufe59\ufe5b\ufe5d\uff08\uff3b\uff5b\uff5f\uff62\u00ab\u2018\u201c\u2039\u2e02\u2e04"
            + "\u2e09\u2e0c\u2e1c\u2e20\u201a\u201e\u00bb\u2019\u201d\u203a\u2e03\u2e05\u2e0a\u2e0d\u2e1d\u2e21"
            + "\u201b\u201f";
    private static final String CLOSERS = "\"')>\\]}\u0f3b\u0f3d\u169c\u2046\u207e\u208e\u232a\u2769\u276b\u276d"
            + "\u276f\u2771\u2773\u2775\u27c6\u27e7\u27e9\u27eb\u27ed\u27ef\u2984\u2986\u2988\u298a\u298c\u298e"
            + "\u2990\u2992\u2994\u2996\u2998\u29d9\u29db\u29fd\u2e23\u2e25\u2e27\u2e29\u3009\u300b\u300d\u300f"
            + "\u3011\u3015\u3017\u3019\u301b\u301e\u301f\ufd3f\ufe18\ufe36\ufe38\ufe3a\ufe3c\ufe3e\ufe40\ufe42"
            + "\ufe44\ufe48\ufe5a\ufe5c\ufe5e\uff09\uff3d\uff5d\uff60\uff63\u00bb\u2019\u201d\u203a\u2e03\u2e05"
            + "\u2e0a\u2e0d\u2e1d\u2e21\u201b\u201f\u00ab\u2018\u201c\u2039\u2e02\u2e04\u2e09\u2e0c\u2e1c\u2e20"
            + "\u201a\u201e";
    /** Extra quote pairs of some languages: opener, then the closers that match it. */
    private static final String[][] QUOTE_PAIRS = {
        {"\u00bb", "\u00bb"}, {"\u2018", "\u201a"}, {"\u2019", "\u2019"}, {"\u201a", "\u2018\u2019"},
        {"\u201c", "\u201e"}, {"\u201e", "\u201c\u201d"}, {"\u201d", "\u201d"}, {"\u203a", "\u203a"},
    };
    /** Inclusive code point ranges of the delimiters (dashes and other punctuation). */
    private static final int[] DELIMITER_RANGES = {
        0x2d, 0x2d, 0x2f, 0x2f, 0x3a, 0x3a, 0xa1, 0xa1, 0xb7, 0xb7, 0xbf, 0xbf, 0x37e, 0x37e, 0x387, 0x387,
        0x55a, 0x55f, 0x589, 0x58a, 0x5be, 0x5be, 0x5c0, 0x5c0, 0x5c3, 0x5c3, 0x5c6, 0x5c6, 0x5f3, 0x5f4,
        0x609, 0x60a, 0x60c, 0x60d, 0x61b, 0x61b, 0x61e, 0x61f, 0x66a, 0x66d, 0x6d4, 0x6d4, 0x700, 0x70d,
        0x7f7, 0x7f9, 0x830, 0x83e, 0x964, 0x965, 0x970, 0x970, 0xdf4, 0xdf4, 0xe4f, 0xe4f, 0xe5a, 0xe5b,
        0xf04, 0xf12, 0xf85, 0xf85, 0xfd0, 0xfd4, 0x104a, 0x104f, 0x10fb, 0x10fb, 0x1361, 0x1368,
        0x1400, 0x1400, 0x166d, 0x166e, 0x16eb, 0x16ed, 0x1735, 0x1736, 0x17d4, 0x17d6, 0x17d8, 0x17da,
        0x1800, 0x180a, 0x1944, 0x1945, 0x19de, 0x19df, 0x1a1e, 0x1a1f, 0x1aa0, 0x1aa6, 0x1aa8, 0x1aad,
        0x1b5a, 0x1b60, 0x1c3b, 0x1c3f, 0x1c7e, 0x1c7f, 0x1cd3, 0x1cd3, 0x2010, 0x2017, 0x2020, 0x2027,
        0x2030, 0x2038, 0x203b, 0x203e, 0x2041, 0x2043, 0x2047, 0x2051, 0x2053, 0x2053, 0x2055, 0x205e,
        0x2cf9, 0x2cfc, 0x2cfe, 0x2cff, 0x2e00, 0x2e01, 0x2e06, 0x2e08, 0x2e0b, 0x2e0b, 0x2e0e, 0x2e1b,
        0x2e1e, 0x2e1f, 0x2e2a, 0x2e2e, 0x2e30, 0x2e31, 0x3001, 0x3003, 0x301c, 0x301c, 0x3030, 0x3030,
        0x303d, 0x303d, 0x30a0, 0x30a0, 0x30fb, 0x30fb, 0xa4fe, 0xa4ff, 0xa60d, 0xa60f, 0xa673, 0xa673,
        0xa67e, 0xa67e, 0xa6f2, 0xa6f7, 0xa874, 0xa877, 0xa8ce, 0xa8cf, 0xa8f8, 0xa8fa, 0xa92e, 0xa92f,
        0xa95f, 0xa95f, 0xa9c1, 0xa9cd, 0xa9de, 0xa9df, 0xaa5c, 0xaa5f, 0xaade, 0xaadf, 0xabeb, 0xabeb,
        0xfe10, 0xfe16, 0xfe19, 0xfe19, 0xfe30, 0xfe32, 0xfe45, 0xfe46, 0xfe49, 0xfe4c, 0xfe50, 0xfe52,
        0xfe54, 0xfe58, 0xfe5f, 0xfe61, 0xfe63, 0xfe63, 0xfe68, 0xfe68, 0xfe6a, 0xfe6b, 0xff01, 0xff03,
        0xff05, 0xff07, 0xff0a, 0xff0a, 0xff0c, 0xff0f, 0xff1a, 0xff1b, 0xff1f, 0xff20, 0xff3c, 0xff3c,
        0xff61, 0xff61, 0xff64, 0xff65, 0x10100, 0x10101, 0x1039f, 0x1039f, 0x103d0, 0x103d0,
        0x10857, 0x10857, 0x1091f, 0x1091f, 0x1093f, 0x1093f, 0x10a50, 0x10a58, 0x10a7f, 0x10a7f,
        0x10b39, 0x10b3f, 0x110bb, 0x110bc, 0x110be, 0x110c1, 0x12470, 0x12473,
    };
    private static final String CLOSING_DELIMITERS = "\\.,;!?";

    private static final BitSet OPENER_SET = new BitSet();
    private static final BitSet CLOSER_SET = new BitSet();
    private static final BitSet DELIMITER_SET = new BitSet();

    static {
        OPENERS.chars().filter(c -> c != '\\').forEach(OPENER_SET::set);
        CLOSERS.chars().filter(c -> c != '\\').forEach(CLOSER_SET::set);
        for (int i = 0; i < DELIMITER_RANGES.length; i += 2) {
            DELIMITER_SET.set(DELIMITER_RANGES[i], DELIMITER_RANGES[i + 1] + 1);
        }
    }

    private PunctuationChars() {
    }

    static boolean isOpener(int cp) {
        return OPENER_SET.get(cp);
    }

    static boolean isCloser(int cp) {
        return CLOSER_SET.get(cp);
    }

    static boolean isDelimiter(int cp) {
        return DELIMITER_SET.get(cp);
    }

    static boolean isClosingDelimiter(int cp) {
        return CLOSING_DELIMITERS.indexOf(cp) >= 0;
    }

    /** May this character stand right before a start-string (white space, opener or delimiter)? */
    static boolean beforeStart(int cp) {
        return PyText.isSpace(cp) || isOpener(cp) || isDelimiter(cp);
    }

    /** May this character stand right after an end-string? */
    static boolean afterEnd(int cp) {
        return PyText.isSpace(cp) || cp == 0 || isClosingDelimiter(cp) || isDelimiter(cp) || isCloser(cp);
    }

    /** docutils' match_chars: do the two characters form an open/close pair around a start-string? */
    static boolean matchChars(char open, char close) {
        int i = OPENERS.indexOf(open);
        if (i < 0) {
            return false;
        }
        if (CLOSERS.charAt(i) == close) {
            return true;
        }
        for (String[] pair : QUOTE_PAIRS) {
            if (pair[0].charAt(0) == open) {
                return pair[1].indexOf(close) >= 0;
            }
        }
        return false;
    }

    /** Python's {@code \w} for str patterns: alphanumeric (str.isalnum) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** A regex character class body (without brackets) for the delimiters, openers and closers. */
    static String regexClass(boolean openers, boolean closers, boolean delimiters) {
        StringBuilder out = new StringBuilder();
        if (openers) {
            OPENER_SET.stream().forEach(c -> out.append(String.format("\\x{%x}", c)));
        }
        if (closers) {
            CLOSER_SET.stream().forEach(c -> out.append(String.format("\\x{%x}", c)));
        }
        if (delimiters) {
            for (int i = 0; i < DELIMITER_RANGES.length; i += 2) {
                out.append(String.format("\\x{%x}-\\x{%x}", DELIMITER_RANGES[i], DELIMITER_RANGES[i + 1]));
            }
        }
        return out.toString();
    }

    /** A regex character class body matching Python's white space. */
    static String spaceClass() {
        return "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
                + "\\x{202f}\\x{205f}\\x{3000}";
    }
}
