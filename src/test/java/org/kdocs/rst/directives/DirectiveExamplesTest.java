package org.kdocs.rst.directives;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.testing.ParseOnlyExamples;

/**
 * Example files in {@code src/test/resources/directives}, parsed with the standard directives and
 * the report and halt levels set above SEVERE.
 */
class DirectiveExamplesTest {
    private static final ParseOnlyExamples EXAMPLES = new ParseOnlyExamples("directives");

    static Stream<String> examples() {
        return EXAMPLES.names();
    }

    @ParameterizedTest(name = "{0}.rst parses as docutils does")
    @MethodSource("examples")
    void exampleParsesAsDocutilsDoes(String name) {
        EXAMPLES.assertParsesAsDocutils(name, RstParser.builder()
                .settings(RstSettings.defaults().withLevels(null, null)).build());
    }
}
