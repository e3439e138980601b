package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kdocs.rst.RstParser;

/**
 * Example files in {@code src/test/resources/blocks}: each {@code NAME.rst}
 * parses to the pseudo-XML in {@code NAME.pxml}, recorded from docutils 0.19
 * with {@code scripts/docutils-oracle.py --parse-only}.
 */
class BlockParserExamplesTest {

    @TestFactory
    Stream<DynamicTest> eachExampleParsesAsDocutilsDoes() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/blocks").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rst")).sorted().toList().stream()
                    .map(rst -> DynamicTest.dynamicTest(rst.getFileName().toString(), () -> {
                        String input = Files.readString(rst, StandardCharsets.UTF_8);
                        Path pxml = rst.resolveSibling(rst.getFileName().toString().replace(".rst", ".pxml"));
                        String expected = Files.readString(pxml, StandardCharsets.UTF_8);
                        String actual = RstParser.builder().build().parse(input, "test data").pformat();
                        assertThat(actual).isEqualTo(expected);
                    }));
        }
    }
}
