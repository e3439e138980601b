package org.kdocs.site;

import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The words of a text as ICU's word break iterator (root locale) finds them,
 * with a shortcut for ASCII. ICU's iterator was most of the search index's
 * cost on English pages; on ASCII its rules (Unicode's UAX #29 as ICU
 * tailors it) come down to a few, applied here by hand:
 * <ul>
 * <li>letters, digits and {@code _} run together into one word (WB5, WB8-WB10, WB13a/b);</li>
 * <li>{@code .} or {@code '} joins two letters (WB6/WB7), {@code .} {@code '} {@code ,} or {@code ;}
 *     joins two digits (WB11/WB12); ICU does not count {@code :} as MidLetter;</li>
 * <li>a lone {@code _} is no word (rule status none), unlike {@code __};</li>
 * <li>everything else is a boundary that is no word.</li>
 * </ul>
 * A text is cut at spaces followed by an ASCII character other than a space, where every rule
 * breaks; the parts holding a non-ASCII character go to ICU, the others take the shortcut.
 * {@code WordBreaksTest} checks the two agree on random mixed text.
 */
final class WordBreaks {
    private WordBreaks() {
    }

    /** Adds the words of {@code text}, lower-cased, in order, to {@code words}. */
    static void addWords(String text, Set<String> words) {
        // one iterator for all of the text's non-ASCII parts: a Chinese page has hundreds of them
        BreakIterator[] icu = {null};
        int regionStart = 0;
        boolean regionAscii = true;
        int chunkStart = 0;
        boolean chunkAscii = true;
        for (int i = 0; i <= text.length(); i++) {
            boolean cut = i == text.length()
                    || i > 0 && text.charAt(i - 1) == ' ' && text.charAt(i) != ' ' && text.charAt(i) < 0x80;
            if (cut && i > chunkStart) {
                if (chunkStart == regionStart) {
                    regionAscii = chunkAscii;
                } else if (chunkAscii != regionAscii) {
                    addRegion(text, regionStart, chunkStart, regionAscii, words, icu);
                    regionStart = chunkStart;
                    regionAscii = chunkAscii;
                }
                chunkStart = i;
                chunkAscii = true;
            }
            if (i < text.length() && text.charAt(i) >= 0x80) {
                chunkAscii = false;
            }
        }
        addRegion(text, regionStart, text.length(), regionAscii, words, icu);
    }

    private static void addRegion(String text, int start, int end, boolean ascii, Set<String> words,
                                  BreakIterator[] icu) {
        if (start >= end) {
            return;
        }
        if (ascii) {
            addAsciiWords(text, start, end, words);
        } else {
            if (icu[0] == null) {
                icu[0] = BreakIterator.getWordInstance(ULocale.ROOT);
            }
            addIcuWords(icu[0], text.substring(start, end), words);
        }
    }

    /** ICU's segmentation, as the search index has always used it. */
    static void addIcuWords(String text, Set<String> words) {
        addIcuWords(BreakIterator.getWordInstance(ULocale.ROOT), text, words);
    }

    private static void addIcuWords(BreakIterator iterator, String text, Set<String> words) {
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
                String word = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (!word.isBlank()) {
                    words.add(word);
                }
            }
        }
    }

    private static void addAsciiWords(String text, int start, int end, Set<String> words) {
        int i = start;
        while (i < end) {
            if (!wordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int wordStart = i;
            i++;
            while (i < end) {
                char c = text.charAt(i);
                if (wordChar(c)) {
                    i++;
                } else if (i + 1 < end && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (i - wordStart > 1 || text.charAt(wordStart) != '_') {
                words.add(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static boolean wordChar(char c) {
        return letter(c) || digit(c) || c == '_';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    // a middle character between two word characters: WB6/WB7 for letters, WB11/WB12 for digits
    private static boolean joins(char before, char middle, char after) {
        if (letter(before) && letter(after)) {
            return middle == '.' || middle == '\'';
        }
        return digit(before) && digit(after) && (middle == '.' || middle == '\'' || middle == ',' || middle == ';');
    }
}
