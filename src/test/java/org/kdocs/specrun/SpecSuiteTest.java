package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example names are unique within each path given, in reStructuredText and AsciiDoc alike. */
class SpecSuiteTest {
    private static final String ADOC = """
            = Page

            [spec,kcsan,name=same-name,threads=main,expect=ok]
            ----
            int main(void) { return 0; }
            ----
            """;

    @TempDir
    Path root;

    private Path write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }

    @Test
    void aTranslationTreeRepeatsTheNamesOfItsOriginalInAsciidoc() throws IOException {
        write("docs/page.adoc", ADOC);
        write("docs-zh_CN/page.adoc", ADOC.replace("= Page", "= 页面"));
        SpecSuite suite = SpecSuite.load(List.of(root.resolve("docs"), root.resolve("docs-zh_CN")));
        assertThat(suite.problems()).isEmpty();
        assertThat(suite.examples()).extracting(SpecExample::name).containsExactly("same-name", "same-name");
    }

    @Test
    void aNameUsedTwiceInOneTreeIsReported() throws IOException {
        write("docs/page.adoc", ADOC);
        write("docs/other.rst", """
                Other
                =====

                .. spec:: kcsan
                   :name: same-name
                   :threads: main
                   :expect: ok

                   int main(void) { return 0; }
                """);
        SpecSuite suite = SpecSuite.load(List.of(root.resolve("docs")));
        assertThat(suite.problems()).singleElement().asString().contains("Duplicate spec name \"same-name\"");
    }
}
