package org.kdocs.interp.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every operator does what its symbol says: apply() switches on ordinals, so a reordering must fail here. */
class BinaryOperatorTest {
    private static final Map<String, Long> SIGNED_7_2 = Map.ofEntries(Map.entry("+", 9L), Map.entry("-", 5L),
            Map.entry("*", 14L), Map.entry("/", 3L), Map.entry("%", 1L), Map.entry("<<", 28L), Map.entry(">>", 1L),
            Map.entry("&", 2L), Map.entry("|", 7L), Map.entry("^", 5L), Map.entry("==", 0L), Map.entry("!=", 1L),
            Map.entry("<", 0L), Map.entry("<=", 0L), Map.entry(">", 1L), Map.entry(">=", 1L));

    @Test
    void everyOperatorComputesWhatItsSymbolMeans() {
        assertThat(BinaryOperator.values()).hasSize(SIGNED_7_2.size());
        for (BinaryOperator op : BinaryOperator.values()) {
            assertThat(op.apply(7, 2, false, false)).as(op.symbol).isEqualTo(SIGNED_7_2.get(op.symbol));
            assertThat(BinaryOperator.of(op.symbol)).isSameAs(op);
        }
    }

    @Test
    void equalOperandsTellTheOrderedComparisonsApart() {
        assertThat(BinaryOperator.LESS.apply(3, 3, false, false)).isZero();
        assertThat(BinaryOperator.LESS_OR_EQUAL.apply(3, 3, false, false)).isOne();
        assertThat(BinaryOperator.GREATER.apply(3, 3, false, false)).isZero();
        assertThat(BinaryOperator.GREATER_OR_EQUAL.apply(3, 3, false, false)).isOne();
    }

    @Test
    void unsignedOperandsUseTheirOwnArithmetic() {
        assertThat(BinaryOperator.LESS.apply(-1, 1, true, true)).as("ULONG_MAX < 1").isZero();
        assertThat(BinaryOperator.DIVIDE.apply(-2, 2, true, true)).isEqualTo(Long.MAX_VALUE);
        assertThat(BinaryOperator.REMAINDER.apply(-1, 10, true, true)).isEqualTo(5); // 2^64-1 = 18446744073709551615
        assertThat(BinaryOperator.SHIFT_RIGHT.apply(-8, 1, true, true)).isEqualTo(Long.MAX_VALUE - 3);
        assertThat(BinaryOperator.SHIFT_RIGHT.apply(-8, 1, false, false)).isEqualTo(-4);
        assertThatThrownBy(() -> BinaryOperator.DIVIDE.apply(1, 0, false, false))
                .isInstanceOf(BinaryOperator.DivideByZero.class);
    }

    @Test
    void everyConversionNarrowsAsItsTypeDoes() {
        long v = 0x1_8000_80FFL;
        Map<Conversion, Long> expected = Map.of(Conversion.NONE, v, Conversion.SIGNED_8, -1L, Conversion.UNSIGNED_8,
                0xFFL, Conversion.SIGNED_16, (long) (short) 0x80FF, Conversion.UNSIGNED_16, 0x80FFL,
                Conversion.SIGNED_32, (long) (int) 0x8000_80FFL, Conversion.UNSIGNED_32, 0x8000_80FFL,
                Conversion.TO_BOOL, 1L);
        assertThat(Conversion.values()).hasSize(expected.size());
        for (Conversion c : Conversion.values()) {
            assertThat(c.apply(v)).as(c.name()).isEqualTo(expected.get(c));
        }
        assertThat(Conversion.TO_BOOL.apply(0)).isZero();
    }
}
