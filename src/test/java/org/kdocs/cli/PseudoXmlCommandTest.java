package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * {@code kdocs pseudoxml FILE} end to end: parse, standard transforms, print,
 * compared with what docutils' rst2pseudoxml.py printed for the same file
 * (the e2e-* examples in src/test/resources/transforms, which use only
 * block-level markup).
 */
class PseudoXmlCommandTest {
    private static final Path EXAMPLES = TestResources.path("transforms");

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

    @Test
    void theIncludeRootIsTheCurrentDirectoryWhenItHoldsEveryInput() {
        Path cwd = Path.of("/src/linux/Documentation");
        assertThat(PseudoXmlCommand.defaultIncludeRoot(List.of("translations/it_IT/index.rst", "core-api/a.rst"), cwd))
                .isEqualTo(cwd);
        assertThat(PseudoXmlCommand.defaultIncludeRoot(List.of("-"), cwd)).isEqualTo(cwd);
        assertThat(PseudoXmlCommand.defaultIncludeRoot(List.of("/src/linux/Documentation/x.rst"), cwd)).isEqualTo(cwd);
    }

    @Test
    void otherwiseItIsTheDeepestDirectoryHoldingEveryInput() {
        Path cwd = Path.of("/home/user");
        assertThat(PseudoXmlCommand.defaultIncludeRoot(
                List.of("/src/linux/Documentation/translations/it_IT/index.rst", "/src/linux/Documentation/a.rst"), cwd))
                .isEqualTo(Path.of("/src/linux/Documentation"));
        assertThat(PseudoXmlCommand.defaultIncludeRoot(List.of("../other/doc/x.rst"), cwd))
                .isEqualTo(Path.of("/home/other/doc"));
        assertThat(PseudoXmlCommand.defaultIncludeRoot(List.of("/a/b/x.rst", "y.rst"), cwd)).isEqualTo(Path.of("/"));
    }

    @Test
    void aTranslationIncludesItsDisclaimerOneLevelUpButNothingOutsideTheTree(@TempDir Path dir) throws IOException {
        Path docs = dir.resolve("Documentation");
        Path italian = Files.createDirectories(docs.resolve("translations/it_IT"));
        Files.writeString(docs.resolve("translations/disclaimer-ita.rst"), "Attenzione: traduzione.\n");
        Files.writeString(docs.resolve("index.rst"), "Index\n=====\n");
        Path page = italian.resolve("page.rst");
        Files.writeString(page, ".. include:: ../disclaimer-ita.rst\n\nTesto.\n");
        Path escape = italian.resolve("escape.rst");
        Files.writeString(escape, ".. include:: ../../../../../../../../etc/passwd\n");
        Path out = dir.resolve("out");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(err, "-o", out.toString(), docs.resolve("index.rst").toString(), page.toString(),
                escape.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(out.resolve(page.toString().substring(1) + ".pseudoxml")))
                .contains("Attenzione: traduzione.");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(escape + ":1: (SEVERE/4) Problems with \"include\" directive path:")
                .contains("is outside the include root \"" + docs + "\"");
        assertThat(out.resolve(escape.toString().substring(1) + ".halt")).exists();
    }

    @Test
    void anIncludeThroughALinkOutOfTheRootIsRefused(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("Documentation"));
        Files.writeString(dir.resolve("secret.txt"), "secret-text-17\n");
        Files.createSymbolicLink(docs.resolve("inc.rst"), dir.resolve("secret.txt"));
        Path page = docs.resolve("page.rst");
        Files.writeString(page, ".. include:: inc.rst\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = run(err, "--include-root", docs.toString(), "-o", out.toString(), page.toString(),
                docs.resolve("inc.rst").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(page + ":1: (SEVERE/4) Problems with \"include\" directive path:")
                .contains("is outside the include root")
                .contains("kdocs: cannot read " + docs.resolve("inc.rst") + ": ").doesNotContain("secret-text-17");
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).doesNotContain("secret-text-17");
            }
        }
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream savedErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] command = new String[args.length + 1];
            command[0] = "pseudoxml";
            System.arraycopy(args, 0, command, 1, args.length);
            return Main.execute(command);
        } finally {
            System.setErr(savedErr);
        }
    }
}
