package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The ASCII shortcut finds the words ICU finds, in the same order. */
class WordBreaksTest {
    // ASCII word, middle and other characters, and non-ASCII ones that ICU treats specially:
    // accented letters, a curly apostrophe, Chinese (dictionary), Hangul, kana, a combining accent,
    // a zero-width joiner, an emoji pair, no-break space, full-width digits
    private static final String[] PIECES = {"a", "Z", "q", "0", "7", "_", ".", "'", ",", ";", ":", " ", " ", "  ",
        "\n", "\t", "-", "(", ")", "\"", "/", "@", "#", "e.g.", "can't", "3.14", "1,000", "__init__", "x_1",
        "\u00e9", "\u00fc", "\u2019", "\u4e2d", "\u6587", "\u5b57\u7b26", "\ud55c", "\u304b", "\u0301", "\u200d",
        "\ud83d\ude00", "\u00a0", "\uff11", "\u2014", "\u00b7"};

    private static List<String> shortcut(String text) {
        Set<String> words = new LinkedHashSet<>();
        WordBreaks.addWords(text, words);
        return new ArrayList<>(words);
    }

    private static List<String> icu(String text) {
        Set<String> words = new LinkedHashSet<>();
        WordBreaks.addIcuWords(text, words);
        return new ArrayList<>(words);
    }

    @Test
    void theShortcutAgreesWithIcuOnRandomMixedText() {
        Random random = new Random(20261205);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            assertThat(shortcut(s)).as("words of \"%s\"", s).isEqualTo(icu(s));
        }
    }

    @Test
    void asciiRulesAsIcuAppliesThem() {
        assertThat(shortcut("can't e.g. 3.14 1,000 a:b _ __ __init foo_bar a.1 1'2 a'1 1_a _1"))
                .containsExactly("can't", "e.g", "3.14", "1,000", "a", "b", "__", "__init", "foo_bar", "1", "1'2",
                        "1_a", "_1");
        assertThat(shortcut("Build the site \u2014 \u6784\u5efa\u7f51\u7ad9 now")).isEqualTo(
                icu("Build the site \u2014 \u6784\u5efa\u7f51\u7ad9 now"));
    }
}
