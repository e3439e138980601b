package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.patch.PatchReview;
import org.kdocs.lint.rules.Rules;
import org.kdocs.testing.TestResources;

/** AsciiDoc and Markdown translations (src/test/resources/lint/formats): found, paired and linted. */
class ForeignFormatsLintTest {
    @TempDir
    Path work;
    Path fixture;

    @BeforeEach
    void copyFixture() throws Exception {
        fixture = TestResources.path("lint/formats");
        try (Stream<Path> paths = Files.walk(fixture)) {
            for (Path p : paths.toList()) {
                Path target = work.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void aDirectoryWalkFindsEveryFormat() throws IOException {
        assertThat(Linter.expand(List.of(work.resolve("docs-zh_CN")))).extracting(p -> p.getFileName().toString())
                .containsExactly("guide.adoc", "index.rst", "notes.md");
    }

    @Test
    void findingsAreTheExpectedOnes() throws IOException {
        List<String> found = new ArrayList<>();
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            for (Path file : Linter.expand(List.of(work.resolve("docs-zh_CN")))) {
                for (Finding f : linter.lintFile(file)) {
                    found.add(work.relativize(file).toString().replace('\\', '/') + ":" + f.line() + ":" + f.col()
                            + ": [" + f.ruleId() + "] " + f.message());
                }
            }
        }
        assertThat(found).containsExactlyElementsOf(
                Files.readAllLines(fixture.resolve("expected.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void reStructuredTextRulesLeaveOtherFormatsAlone() throws IOException {
        // a Markdown setext heading under a Chinese title is "too short" for docutils, but it is no RST title
        String markdown = ":Original: docs/notes.md\n\n笔记\n==\n\n正文。\n";
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            List<Finding> findings = linter.lint(LintedDocument.of("docs-zh_CN/notes.md", markdown),
                    work.resolve("docs-zh_CN/notes.md"));
            assertThat(findings).extracting(Finding::ruleId).doesNotContain("title-short", "title-width");
            List<Finding> asRst = linter.lint(LintedDocument.of("docs-zh_CN/notes.rst", markdown), null);
            assertThat(asRst).extracting(Finding::ruleId).contains("title-short");
        }
    }

    @Test
    void aPatchAddingAMarkdownTranslationIsReviewed() throws IOException {
        String patch = """
                From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001
                From: Translator <t@example.org>
                Date: Mon, 23 Nov 2026 10:00:00 +0800
                Subject: [PATCH] docs/zh_CN: add notes

                ---
                diff --git a/docs-zh_CN/extra.md b/docs-zh_CN/extra.md
                new file mode 100644
                index 0000000..1111111
                --- /dev/null
                +++ b/docs-zh_CN/extra.md
                @@ -0,0 +1,3 @@
                +# 额外
                +
                +它检测数据竞争,很有用。
                --\s
                2.43.0
                """;
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            PatchReview.Result review = PatchReview.review("p.patch", patch, work, linter);
            assertThat(review.findings()).extracting(Finding::line, Finding::ruleId)
                    .contains(org.assertj.core.groups.Tuple.tuple(15, "cjk-punctuation"));
        }
    }
}
