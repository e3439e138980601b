package org.kdocs.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Display widths as docutils' column_width gives them (East Asian Width W and F count two columns). */
class DisplayWidthTest {
    @Test
    void wideAndFullwidthCountTwoAmbiguousAndHalfwidthOne() {
        assertThat(DisplayWidth.columns("A")).isEqualTo(1);
        assertThat(DisplayWidth.columns("中。")).isEqualTo(4);
        assertThat(DisplayWidth.columns("，Ａ")).isEqualTo(4);
        assertThat(DisplayWidth.columns("“…—·①é×°€→")).isEqualTo(10);
        assertThat(DisplayWidth.columns("ｱ")).isEqualTo(1);
        assertThat(DisplayWidth.columns("😀")).isEqualTo(2);
    }

    @Test
    void combiningMarksTakeOneColumnAway() {
        assertThat(DisplayWidth.columns("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.columns("\u304b\u3099")).isEqualTo(3);
        assertThat(DisplayWidth.of(0x3099)).isEqualTo(1);
        assertThat(DisplayWidth.columns("\ufe0f\u200b\u200d\ufeff\u00ad")).isEqualTo(5);
    }

    @Test
    void ambiguousWideCountsAmbiguousTwoButKeepsCombiningMarksCombining() {
        assertThat(DisplayWidth.columns("“…—·", true)).isEqualTo(8);
        assertThat(DisplayWidth.columns("e\u0301", true)).isEqualTo(1); // U+0301 is Ambiguous and combining
        assertThat(DisplayWidth.columns("\u304b\u3099", true)).isEqualTo(3);
        assertThat(DisplayWidth.of(0x3099, true)).isEqualTo(1);
        assertThat(DisplayWidth.columns("Ａ中ｱ", true)).isEqualTo(DisplayWidth.columns("Ａ中ｱ"));
    }
}
