package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kdocs.lint.rules.Rules;
import org.kdocs.testing.TestResources;

/** The structure parity rules on the original/translation pairs of src/test/resources/lint/parity. */
class StructureParityTest {
    private static final Set<String> RULES = Set.of("table-parity", "toctree-parity", "code-language-parity");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"tables", "toctree", "languages"})
    void findingsAreTheExpectedOnes(String name) throws Exception {
        Path fixture = TestResources.path("lint/parity/" + name);
        copy(fixture, work);
        List<String> found = new ArrayList<>();
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults());
                Stream<Path> files = Files.walk(work.resolve("docs-zh_CN"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rst")).sorted().toList()) {
                for (Finding f : linter.lintFile(file)) {
                    if (RULES.contains(f.ruleId())) {
                        found.add(work.relativize(file).toString().replace('\\', '/') + ":" + f.line() + ": ["
                                + f.ruleId() + "] " + f.message());
                    }
                }
            }
        }
        List<String> expected = Files.readAllLines(fixture.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertThat(found).containsExactlyElementsOf(expected);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
