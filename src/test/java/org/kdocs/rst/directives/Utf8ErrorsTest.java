package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding error messages as Python 3.11 prints them for the same bytes. */
class Utf8ErrorsTest {

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    @Test
    void namesTheFirstInvalidSequenceLikePython() {
        assertThat(Utf8Errors.firstError(bytes(0xe9, ' ', 'x')))
                .isEqualTo("'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte");
        assertThat(Utf8Errors.firstError(bytes('a', 'b', 0xc3)))
                .isEqualTo("'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data");
        assertThat(Utf8Errors.firstError(bytes(0xe0, 0x80)))
                .isEqualTo("'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
        assertThat(Utf8Errors.firstError(bytes(0xf0, 0x9f, 0x98)))
                .isEqualTo("'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
        assertThat(Utf8Errors.firstError(bytes(0xed, 0xa0, 0x80)))
                .isEqualTo("'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
        assertThat(Utf8Errors.firstError(bytes(0x80)))
                .isEqualTo("'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte");
    }

    @Test
    void validTextHasNoError() {
        assertThat(Utf8Errors.firstError("caf\u00e9 \ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNull();
    }
}
