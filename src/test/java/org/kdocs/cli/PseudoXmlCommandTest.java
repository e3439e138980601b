package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kdocs pseudoxml FILE} end to end: parse, standard transforms, print,
 * compared with what docutils' rst2pseudoxml.py printed for the same file
 * (the e2e-* examples in src/test/resources/transforms, which use only
 * block-level markup).
 */
class PseudoXmlCommandTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/transforms");

    @Test
    void printsTheTransformedTreeAndTransformWarningsLikeRst2pseudoxml(@TempDir Path out) throws IOException {
        Path input = Files.copy(EXAMPLES.resolve("e2e-sections.rst"), out.resolve("e2e-sections.rst"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedErr = System.err;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = Main.execute("pseudoxml", "--source-name", "e2e-sections.rst", "-o", out.toString(),
                    input.toString());
        } finally {
            System.setErr(savedErr);
        }
        assertThat(exit).isZero();
        Path written = out.resolve(input.toString().replaceFirst("^/+", "") + ".pseudoxml");
        assertThat(Files.readString(written)).isEqualTo(Files.readString(EXAMPLES.resolve("e2e-sections.pseudoxml")));
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(EXAMPLES.resolve("e2e-sections.stderr")));
    }
}
