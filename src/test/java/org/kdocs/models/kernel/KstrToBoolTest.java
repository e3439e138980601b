package org.kdocs.models.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KstrToBoolTest {

    @ParameterizedTest(name = "\"{0}\" parses as {1}")
    @CsvSource(nullValues = "NULL", value = {
        "y, true", "Yes, true", "t, true", "True, true", "1, true", "on, true", "ON, true", "oN, true",
        "n, false", "No, false", "f, false", "false, false", "0, false", "off, false", "OFF, false",
        "maybe, EINVAL", "o, EINVAL", "ox, EINVAL", "2, EINVAL", "'', EINVAL", "NULL, EINVAL"})
    void parsesLikeTheKernel(String input, String expected) {
        Optional<Boolean> parsed = KstrToBool.parse(input);
        if (expected.equals("EINVAL")) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).contains(Boolean.parseBoolean(expected));
        }
    }
}
