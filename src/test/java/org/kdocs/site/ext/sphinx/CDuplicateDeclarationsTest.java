package org.kdocs.site.ext.sphinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;

/**
 * Duplicate C declarations are reported as Sphinx 5.3 reports them in a parallel build (the kernel's
 * {@code make htmldocs}): where the second declaration is read, and again, for a name first declared
 * on another page, when the symbols are merged. The expected warnings were printed by Sphinx for the
 * same tree (src/test/resources/sphinx-c-duplicates, README there).
 */
class CDuplicateDeclarationsTest {
    private static final Path FIXTURE = TestResources.path("sphinx-c-duplicates");

    @TempDir
    Path out;

    @Test
    void aDuplicateFromAnotherPageIsReportedAgainAsAParallelSphinxBuildMergesItsSymbols() throws IOException {
        Path tree = FIXTURE.resolve("tree");
        SiteBuilder.Result result = SiteBuilder.builder().source(tree).output(out).jobs(1).build().run();
        assertThat(result.failed()).isFalse();
        List<String> kdocs = result.warnings().stream().map(Warning::format)
                .map(w -> w.replace(tree + "/", "")).sorted().toList();
        assertThat(kdocs).isEqualTo(warnings(Files.readAllLines(FIXTURE.resolve("sphinx-j2-warnings.txt"))));
    }

    // Sphinx's stderr as whole warnings (a headline and its detail lines), sorted: a parallel build
    // prints the reports of the merge after those of the reading
    private static List<String> warnings(List<String> lines) {
        List<String> warnings = new ArrayList<>();
        for (String line : lines) {
            if (line.matches("^\\S+:\\d+: WARNING: .*") || warnings.isEmpty()) {
                warnings.add(line);
            } else {
                warnings.set(warnings.size() - 1, warnings.get(warnings.size() - 1) + "\n" + line);
            }
        }
        return warnings.stream().sorted().toList();
    }
}
