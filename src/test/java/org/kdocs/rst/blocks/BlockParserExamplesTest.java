package org.kdocs.rst.blocks;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.rst.RstParser;
import org.kdocs.testing.ParseOnlyExamples;

/** Example files in {@code src/test/resources/blocks}, parsed with the default settings. */
class BlockParserExamplesTest {
    private static final ParseOnlyExamples EXAMPLES = new ParseOnlyExamples("blocks");

    static Stream<String> examples() {
        return EXAMPLES.names();
    }

    @ParameterizedTest(name = "{0}.rst parses as docutils does")
    @MethodSource("examples")
    void eachExampleParsesAsDocutilsDoes(String name) {
        EXAMPLES.assertParsesAsDocutils(name, RstParser.builder().build());
    }
}
