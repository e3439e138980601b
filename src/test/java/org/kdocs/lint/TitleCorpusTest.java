package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.lint.rules.Rules;
import org.kdocs.testing.TestResources;

/** Inputs with docutils' own verdicts side by side (src/test/resources/lint/titles). */
class TitleCorpusTest {
    private static final Path DIR = TestResources.path("lint/titles");
    private static final Set<String> TITLE_RULES = Set.of("title-short", "title-overline", "title-unexpected",
            "title-hierarchy");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rst"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void titleFindingsEqualDocutilsMessages(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name + ".rst"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(DIR.resolve(name + ".docutils")).stream()
                .filter(l -> !l.isBlank()).sorted().toList();
        List<String> actual = new Linter(Rules.all(), LintConfig.defaults()).lint(LintedDocument.of(name, text), null)
                .stream().filter(f -> TITLE_RULES.contains(f.ruleId()))
                .map(f -> f.line() + ":" + f.ruleId()).distinct().sorted().toList();
        assertThat(actual).isEqualTo(expected);
    }
}
