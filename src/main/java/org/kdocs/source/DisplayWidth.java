package org.kdocs.source;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Width of text in terminal columns, the measure docutils uses for title
 * adornments and table cells (docutils.utils.column_width): East Asian Wide
 * and Fullwidth characters count two, combining marks zero, everything else
 * one. ICU4J supplies the Unicode properties. A variant counts East Asian
 * Ambiguous characters (quotes, dashes) as wide too, the measure some zh_CN
 * translators use for title adornments (lint's {@code ambiguous-wide}).
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    /**
     * Columns of one code point as docutils counts them: 2 for Wide/Fullwidth, 1 otherwise,
     * less one for a combining mark (so a wide combining mark such as U+3099 counts 1).
     */
    public static int of(int codePoint) {
        int width = isWide(codePoint) ? 2 : 1;
        return UCharacter.getCombiningClass(codePoint) != 0 ? width - 1 : width;
    }

    /**
     * Columns of one code point, East Asian Ambiguous ones counted two when
     * {@code ambiguousWide}; an ambiguous combining mark stays a combining
     * mark (U+0301 still takes a column away rather than adding one).
     */
    public static int of(int codePoint, boolean ambiguousWide) {
        if (ambiguousWide && UCharacter.getCombiningClass(codePoint) == 0 && isAmbiguous(codePoint)) {
            return 2;
        }
        return of(codePoint);
    }

    /** True for East Asian Ambiguous (A) characters. */
    public static boolean isAmbiguous(int codePoint) {
        return UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)
                == UCharacter.EastAsianWidth.AMBIGUOUS;
    }

    /** True for East Asian Wide (W) and Fullwidth (F) characters. */
    public static boolean isWide(int codePoint) {
        int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
    }

    /** Columns of a string, as docutils' column_width. */
    public static int columns(CharSequence text) {
        return columns(text, false);
    }

    /** Columns of a string, East Asian Ambiguous characters counted two when {@code ambiguousWide}. */
    public static int columns(CharSequence text, boolean ambiguousWide) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            width += of(c, ambiguousWide);
            i += Character.charCount(c);
        }
        return width;
    }

    /** True when the text contains any character that is not one column wide. */
    public static boolean hasWideOrCombining(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            if (c >= 0x300 && of(c) != 1) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
