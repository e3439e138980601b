package org.kdocs.rst.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.rst.RstParser;
import org.kdocs.testing.TestResources;

/**
 * Example files in {@code src/test/resources/blocks}: each {@code NAME.rst}
 * parses to the pseudo-XML in {@code NAME.pseudoxml}, recorded from docutils 0.19
 * with {@code scripts/docutils-oracle.py --parse-only}.
 */
class BlockParserExamplesTest {

    static Stream<String> examples() {
        return TestResources.names("blocks", ".rst").stream();
    }

    @ParameterizedTest(name = "{0}.rst parses as docutils does")
    @MethodSource("examples")
    void eachExampleParsesAsDocutilsDoes(String name) {
        String input = TestResources.read("blocks/" + name + ".rst");
        String expected = TestResources.read("blocks/" + name + ".pseudoxml");
        String actual = RstParser.builder().build().parse(input, "test data").pformat();
        assertThat(actual).isEqualTo(expected);
    }
}
