package org.kdocs.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.tree.Document;

/**
 * The example files in src/test/resources/transforms: docutils' parse-only
 * tree (NAME.parsed) is read back, the standard transforms are applied, and
 * the result must equal what rst2pseudoxml.py printed (NAME.pseudoxml), with
 * the same transform warnings (NAME.stderr). scripts/gen-transform-examples.py
 * regenerates the expected files from NAME.rst.
 */
class TransformExamplesTest {
    private static final Path DIR = Path.of("src/test/resources/transforms");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rst")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void transformedTreeMatchesDocutils(String name) throws IOException {
        StringBuilder warnings = new StringBuilder();
        Document document = PseudoXmlReader.read(read(name + ".parsed"), warnings::append);
        Transformer.standard(TransformSettings.defaults()).apply(document);
        assertThat(document.pformat()).isEqualTo(read(name + ".pseudoxml"));
        assertThat(warnings.toString()).isEqualTo(read(name + ".stderr"));
    }

    static String read(String file) throws IOException {
        return Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
    }
}
