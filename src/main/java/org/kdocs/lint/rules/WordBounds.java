package org.kdocs.lint.rules;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Whether a match is a word of its line, not part of a longer one: ICU's
 * dictionary word segmentation must put a boundary at both ends. In
 * 翻译文档 (翻译 + 文档) the text 译文 starts inside 翻译, so it is no match
 * for the glossary's 译文.
 */
final class WordBounds {
    private WordBounds() {
    }

    /** True when {@code line[start, end)} begins and ends at word boundaries. */
    static boolean whole(String line, int start, int end) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText(line);
        return words.isBoundary(start) && words.isBoundary(end);
    }
}
