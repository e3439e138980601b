package org.kdocs.models.alloctag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.testing.TestResources;

class StringGetSizeTest {
    private static final int KUNIT_BUFFER = 16;

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : TestResources.read(resource).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\\|");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** 9 vectors × 2 bases × 4 flag combinations, expectations derived as the KUnit test does. */
    static List<Arguments> kunitChecks() throws IOException {
        List<Arguments> checks = new ArrayList<>();
        String[] flagNames = {"none", "NO_SPACE", "NO_SPACE|NO_BYTES", "NO_BYTES"};
        int[] flags = {0, StringGetSize.UNITS_NO_SPACE, StringGetSize.UNITS_NO_SPACE | StringGetSize.UNITS_NO_BYTES,
            StringGetSize.UNITS_NO_BYTES};
        for (String[] row : rows("models/alloctag/string-get-size-kunit.txt")) {
            for (int base = 0; base < 2; base++) {
                String expected = row[2 + base];
                for (int f = 0; f < 4; f++) {
                    String derived = expected;
                    if ((flags[f] & StringGetSize.UNITS_NO_SPACE) != 0) {
                        derived = derived.replace(" ", "");
                    }
                    if ((flags[f] & StringGetSize.UNITS_NO_BYTES) != 0) {
                        derived = derived.replace("B", "");
                    }
                    int units = (base == 1 ? StringGetSize.UNITS_2 : StringGetSize.UNITS_10) | flags[f];
                    checks.add(Arguments.of(row[0], row[1], base == 1 ? "2" : "10", flagNames[f], units, derived));
                }
            }
        }
        return checks;
    }

    @ParameterizedTest(name = "{0} x {1} in base {2} with {3} is \"{5}\"")
    @MethodSource("kunitChecks")
    void kernelKunitVectorFormatsExactly(String size, String blk, String base, String flagName, int units, String expected) {
        StringGetSize.Result r = StringGetSize.format(Long.parseUnsignedLong(size), Long.parseUnsignedLong(blk),
                units, KUNIT_BUFFER);
        assertThat(r.text()).isEqualTo(expected);
        assertThat(r.returned()).isEqualTo(expected.length());
    }

    @Test
    void kunitTableHasSeventyTwoChecks() throws IOException {
        assertThat(kunitChecks()).hasSize(72);
    }

    static List<Arguments> edgeCases() throws IOException {
        return rows("models/alloctag/string-get-size-edges.txt").stream()
                .map(r -> Arguments.of(r[0], r[1], r[2], r[3])).toList();
    }

    @ParameterizedTest(name = "{0} x {1} in base {2} is \"{3}\"")
    @MethodSource("edgeCases")
    void workedExampleOfTheSpecificationFormatsExactly(String size, String blk, String base, String expected) {
        int units = base.equals("2") ? StringGetSize.UNITS_2 : StringGetSize.UNITS_10;
        assertThat(StringGetSize.format(Long.parseUnsignedLong(size), Long.parseUnsignedLong(blk), units))
                .isEqualTo(expected);
    }

    @Test
    void noBytesAloneKeepsTheTrailingSpace() {
        assertThat(StringGetSize.format(512, 1, StringGetSize.UNITS_NO_BYTES)).isEqualTo("512 ");
        assertThat(StringGetSize.format(0, 512, StringGetSize.UNITS_2 | StringGetSize.UNITS_NO_BYTES)).isEqualTo("0 ");
    }

    @Test
    void smallBufferTruncatesLikeSnprintfButReturnsTheFullLength() {
        StringGetSize.Result r = StringGetSize.format(1100, 1, StringGetSize.UNITS_2, 5);
        assertThat(r.text()).isEqualTo("1.07");
        assertThat(r.returned()).isEqualTo(8);
    }
}
