package org.kdocs.dmesg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.testing.TestResources;

/**
 * The robot's error ids of single lines, from src/test/resources/dmesg/error-ids.txt: the examples of lkp-tests'
 * own spec for analyze_error_id, then the kernel's 6.12 report formats through the same rules.
 */
class ErrorIdTest {
    static List<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(TestResources.path("dmesg/error-ids.txt"), StandardCharsets.UTF_8);
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i + 1).startsWith("=> ") && !lines.get(i).startsWith("#")) {
                cases.add(Arguments.of(lines.get(i), lines.get(i + 1).substring(3)));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void formsTheRobotsId(String line, String id) {
        assertThat(ErrorId.of(line).id()).isEqualTo(id);
    }
}
