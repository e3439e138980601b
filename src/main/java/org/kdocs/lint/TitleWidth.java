package org.kdocs.lint;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.kdocs.source.DisplayWidth;

/**
 * Title width as docutils.utils.column_width computes it (per code point: 2
 * for East Asian Wide/Fullwidth, else 1, minus 1 for every combining mark),
 * optionally counting East Asian Ambiguous characters as wide, the measure
 * some zh_CN translators use for quotes and dashes.
 */
public record TitleWidth(boolean ambiguousWide) {
    /** docutils' own measure: Ambiguous is narrow. */
    public static final TitleWidth DOCUTILS = new TitleWidth(false);

    public int columns(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            boolean combining = UCharacter.getCombiningClass(c) != 0;
            boolean wide = DisplayWidth.isWide(c) || (ambiguousWide && !combining && isAmbiguous(c));
            width += (wide ? 2 : 1) - (combining ? 1 : 0);
        }
        return width;
    }

    static boolean isAmbiguous(int c) {
        return UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH) == UCharacter.EastAsianWidth.AMBIGUOUS;
    }
}
