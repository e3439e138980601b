package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.rst.RstParser;
import org.kdocs.tree.Reporter;

/**
 * Example files in src/test/resources/directives: each NAME.rst parsed with
 * the standard directives must print as NAME.pxml, which docutils 0.19
 * printed for it (scripts/docutils-oracle.py --parse-only).
 */
class DirectiveExamplesTest {

    @ParameterizedTest(name = "{0}.rst parses as docutils does")
    @ValueSource(strings = {"body", "images", "parts", "pseudo_sections", "raw", "substitutions", "tables"})
    void exampleParsesAsDocutilsDoes(String name) throws IOException {
        String input = resource(name + ".rst");
        String expected = resource(name + ".pxml");
        RstParser parser = RstParser.builder().settings(org.kdocs.rst.RstSettings.defaults()
                .withLevels(Reporter.SEVERE + 1, Reporter.SEVERE + 1)).build();
        assertThat(parser.parse(input, "test data").pformat()).isEqualTo(expected);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DirectiveExamplesTest.class.getResourceAsStream("/directives/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
