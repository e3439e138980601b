package org.kdocs.kerneldoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.kerneldoc.abi.KernelAbi;
import org.kdocs.kerneldoc.feat.KernelFeat;
import org.kdocs.testing.TestResources;

/**
 * kdocs' get_abi.pl and get_feat.pl against the kernel's scripts on ABI and feature files written
 * for these tests (src/test/resources/kerneldoc/books, see the README beside cases.txt): the same
 * reST byte for byte, the same messages and exit status.
 */
class KernelBookExamplesTest {
    private static final Path BOOKS = TestResources.path("kerneldoc/books");

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(BOOKS.resolve("cases.txt")).stream().filter(l -> !l.isBlank()).map(line -> {
            String[] fields = line.split("\t");
            return Arguments.of(fields[0], fields[1], Arrays.asList(fields).subList(2, fields.length));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatTheScriptPrints(String name, String script, List<String> arguments) throws IOException {
        String output;
        List<String> messages;
        int status;
        if (script.equals("get_abi.pl")) {
            ScriptOutput result = KernelAbi.run(arguments);
            output = result.output();
            messages = result.messages();
            status = result.exitStatus();
        } else {
            ScriptOutput result = KernelFeat.run(arguments);
            output = result.output();
            messages = result.messages();
            status = result.exitStatus();
        }
        Path expected = BOOKS.resolve("expected");
        assertThat(new String(output.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(expected.resolve(name + ".rst")));
        // the order of the messages follows the directory listing, which differs between file systems
        assertThat(String.join("", messages).lines().sorted().toList())
                .isEqualTo(Files.readString(expected.resolve(name + ".err")).lines().sorted().toList());
        assertThat(status).isEqualTo(Integer.parseInt(Files.readString(expected.resolve(name + ".status")).strip()));
    }

    @Test
    void enableFnameListsEachFeatureFileByItsRealPath() throws IOException {
        ScriptOutput result = KernelFeat.run(List.of("rest", "--enable-fname", "--dir",
                BOOKS.resolve("features").toString()));
        List<String> files = result.output().lines().filter(l -> l.startsWith(".. FILE ")).toList();
        assertThat(files).hasSize(5).allSatisfy(line -> {
            Path file = Path.of(line.substring(".. FILE ".length()));
            assertThat(file).isAbsolute().exists().hasFileName("arch-support.txt");
        });
    }
}
