package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;

/** include, raw and csv-table with files: confinement to the include root, clipping, recursion, switches. */
class FileDirectivesTest {
    @TempDir
    Path dir;

    private String parse(RstSettings settings, String text) {
        RstParser parser = RstParser.builder().settings(settings.withLevels(null, null))
                .build();
        return parser.parse(text, dir.resolve("main.rst").toString()).pformat();
    }

    private String parse(String text) {
        return parse(RstSettings.defaults(), text);
    }

    @Test
    void rejectsIncludeOutsideRoot() throws IOException {
        Path inner = Files.createDirectory(dir.resolve("docs"));
        Files.writeString(dir.resolve("secret.txt"), "secret\n");
        RstParser parser = RstParser.builder().settings(RstSettings.defaults().withIncludeRoot(inner)
                .withLevels(null, null)).build();
        String out = parser.parse(".. include:: ../secret.txt\n", inner.resolve("main.rst").toString()).pformat();
        assertThat(out).contains("type=\"SEVERE\"").contains("Problems with \"include\" directive path:")
                .contains("secret.txt\" is outside the include root").doesNotContain("<paragraph>\n        secret");
    }

    @Test
    void includesClippedTextAsParsedInput() throws IOException {
        Files.writeString(dir.resolve("part.rst"), "one\n\nSTART\n\nIncluded *text*.\n\nEND\n\nfour\n");
        String out = parse("Before.\n\n.. include:: part.rst\n   :start-after: START\n   :end-before: END\n\nAfter.\n");
        assertThat(out).contains("Included \n        <emphasis>\n            text")
                .doesNotContain("one").doesNotContain("four").contains("After.");
    }

    @Test
    void includesLiteralFileWithLineNumbers() throws IOException {
        Files.writeString(dir.resolve("code.c"), "int a;\nint b;\n");
        String out = parse(".. include:: code.c\n   :literal:\n   :number-lines: 9\n");
        assertThat(out).contains("<literal_block source=\"")
                .contains("<inline classes=\"ln\">\n             9 \n        int a;\n        <inline classes=\"ln\">\n"
                        + "            10 \n        int b;");
    }

    @Test
    void reportsCircularInclusion() throws IOException {
        Files.writeString(dir.resolve("self.rst"), "Text.\n\n.. include:: self.rst\n");
        String out = parse("Start.\n\n.. include:: self.rst\n");
        assertThat(out).contains("circular inclusion in \"include\" directive:").contains("self.rst\n")
                .containsOnlyOnce("<paragraph>\n        Text.");
    }

    @Test
    void missingIncludeFileIsSevere() {
        String out = parse(".. include:: nothing.txt\n");
        assertThat(out).contains("type=\"SEVERE\"")
                .contains("InputError: [Errno 2] No such file or directory: '");
    }

    @Test
    void rawIsRefusedWhenDisabled() {
        String out = parse(RstSettings.defaults().withRawEnabled(false), ".. raw:: html\n\n   <b>x</b>\n");
        assertThat(out).contains("type=\"WARNING\"").contains("\"raw\" directive disabled.")
                .doesNotContain("<raw");
    }

    @Test
    void rawReadsAFileUnderTheRoot() throws IOException {
        Files.writeString(dir.resolve("snippet.html"), "<i>x</i>\n");
        String out = parse(".. raw:: html\n   :file: snippet.html\n");
        assertThat(out).contains("<raw format=\"html\" source=\"").contains("<i>x</i>");
    }

    @Test
    void csvTableReadsAFileWithMultiLineCells() throws IOException {
        Files.writeString(dir.resolve("data.csv"), "a,b\n1,\"two\nlines\"\n");
        String out = parse(".. csv-table::\n   :file: data.csv\n   :header-rows: 1\n");
        assertThat(out).contains("<thead>").contains("two\n                            lines");
    }

    @Test
    void includesStandardEntityDefinitions() {
        String out = parse(".. include:: <isonum.txt>\n");
        assertThat(out).contains("<substitution_definition names=\"amp\">\n        &\n")
                .contains("<substitution_definition names=\"frac12\">\n        \u00bd");
        assertThat(parse(".. include:: <nosuch.txt>\n")).contains("type=\"SEVERE\"");
    }
}
