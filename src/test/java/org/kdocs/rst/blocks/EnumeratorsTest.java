package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

class EnumeratorsTest {

    private static Enumerators.Parsed parse(String line, String expected) {
        Matcher match = BlockMarkers.ENUMERATOR.matcher(line);
        assertThat(match.lookingAt()).isTrue();
        return Enumerators.parse(match, expected);
    }

    @Test
    void readsSingleIAsRomanUnlessAlphabeticIsExpected() {
        assertThat(parse("i. x", null).sequence()).isEqualTo("lowerroman");
        assertThat(parse("i. x", "loweralpha")).isEqualTo(new Enumerators.Parsed("period", "loweralpha", "i", 9));
    }

    @Test
    void readsFormatsAndOrdinals() {
        assertThat(parse("(iv) x", null)).isEqualTo(new Enumerators.Parsed("parens", "lowerroman", "iv", 4));
        assertThat(parse("C) x", null)).isEqualTo(new Enumerators.Parsed("rparen", "upperalpha", "C", 3));
        assertThat(parse("12. x", null)).isEqualTo(new Enumerators.Parsed("period", "arabic", "12", 12));
        assertThat(parse("#. x", null)).isEqualTo(new Enumerators.Parsed("period", "#", "#", 1));
    }

    @Test
    void rejectsInvalidRomanNumerals() {
        assertThat(parse("iiii. x", null).ordinal()).isNull();
        assertThat(Enumerators.fromRoman("MMMMCMXCIX")).isEqualTo(4999);
        assertThat(Enumerators.toRoman(5000)).isNull();
    }

    @Test
    void makesTheNextEnumeratorAndTheAutoEnumerator() {
        assertThat(Enumerators.make(4, "upperroman", "parens")).containsExactly("(IV) ", "(#) ");
        assertThat(Enumerators.make(27, "loweralpha", "period")).isNull();
    }
}
