package org.kdocs.kerneldoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.testing.TestResources;

/**
 * kdocs' kernel-doc against the kernel's scripts/kernel-doc on C files written for these tests
 * (src/test/resources/kerneldoc, see its README): for each case of cases.txt, the same reST byte
 * for byte, the same messages and the same exit status as the script printed.
 */
class KernelDocExamplesTest {
    private static final Path CASES = TestResources.path("kerneldoc");

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(CASES.resolve("cases.txt")).stream().filter(l -> !l.isBlank()).map(line -> {
            String[] fields = line.split("\t");
            return Arguments.of(fields[0], Arrays.asList(fields).subList(1, fields.length));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheScriptPrints(String name, List<String> arguments) throws IOException {
        KernelDocOptions.CommandLine line = KernelDocOptions.parse(arguments);
        assertThat(line.error()).isNull();
        KernelDoc.Result result = new KernelDoc(new SourceFiles()).run(line.options(), line.files());
        Path expected = CASES.resolve("expected");
        assertThat(result.output().getBytes(StandardCharsets.ISO_8859_1))
                .asString(StandardCharsets.UTF_8)
                .isEqualTo(Files.readString(expected.resolve(name + ".rst")));
        assertThat(sorted(new String(result.errorBytes(), StandardCharsets.UTF_8)))
                .isEqualTo(sorted(Files.readString(expected.resolve(name + ".err"))));
        assertThat(result.exitStatus()).isEqualTo(Integer.parseInt(Files.readString(expected.resolve(name + ".status"))
                .strip()));
    }

    // the script lists some messages in Perl's hash order, which changes from run to run
    private static List<String> sorted(String messages) {
        return messages.lines().sorted().toList();
    }
}
