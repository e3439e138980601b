package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.rst.RstParser;
import org.kdocs.testing.TestResources;

/**
 * Example files in src/test/resources/directives: each NAME.rst parsed with
 * the standard directives must print as NAME.pseudoxml, which docutils 0.19
 * printed for it (scripts/docutils-oracle.py --parse-only).
 */
class DirectiveExamplesTest {

    static Stream<String> examples() {
        return TestResources.names("directives", ".rst").stream();
    }

    @ParameterizedTest(name = "{0}.rst parses as docutils does")
    @MethodSource("examples")
    void exampleParsesAsDocutilsDoes(String name) {
        String input = TestResources.read("directives/" + name + ".rst");
        String expected = TestResources.read("directives/" + name + ".pseudoxml");
        RstParser parser = RstParser.builder().settings(org.kdocs.rst.RstSettings.defaults()
                .withLevels(null, null)).build();
        assertThat(parser.parse(input, "test data").pformat()).isEqualTo(expected);
    }
}
