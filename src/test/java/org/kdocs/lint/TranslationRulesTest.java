package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.rules.Rules;

/** Terminology and parity rules on a small project tree: docs/ and docs-zh_CN/. */
class TranslationRulesTest {
    @TempDir
    Path root;

    private Path write(String path, String text) throws Exception {
        return LintTesting.write(root, path, text);
    }

    private List<Finding> lint(Path file, String ruleId) {
        return new Linter(Rules.all(), LintConfig.defaults()).lintFile(file).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static final String ORIGINAL = """
            KCSAN
            =====

            .. _kcsan_intro:

            A watchpoint is set by KCSAN. See kcsan_setup_watchpoint and the docs [#f1]_.

            .. note:: Careful.

            Example::

               int x = 1;

            .. [#f1] https://example.org
            .. _LWN: https://lwn.net/
            .. |kcsan| replace:: KCSAN
            """;

    @Test
    void matchingTranslationIsClean() throws Exception {
        write("docs/kcsan.rst", ORIGINAL);
        Path zh = write("docs-zh_CN/kcsan.rst", """
                :Original: docs/kcsan.rst

                KCSAN
                =====

                .. _cn_kcsan_intro:

                KCSAN 设置一个观察点。参见 kcsan_setup_watchpoint 与文档 [#f1]_。

                .. note:: 小心。

                示例::

                   int x = 1;

                .. [#f1] https://example.org
                .. _LWN: https://lwn.net/
                .. |kcsan| replace:: KCSAN
                """);
        assertThat(new Linter(Rules.all(), LintConfig.defaults()).lintFile(zh)).isEmpty();
    }

    @Test
    void parityRulesReportWhatDiffers() throws Exception {
        write("docs/kcsan.rst", ORIGINAL);
        Path zh = write("docs-zh_CN/kcsan.rst", """
                :Original: docs/kcsan.rst

                KCSAN
                =====

                KSCAN 设置一个观察点。参见 kcsan_setup_watchpoint。

                .. warning:: 小心。

                示例::

                   int x = 2;

                .. _LWN: https://lwn.net/zh
                """);
        assertThat(lint(zh, "label-parity")).hasSize(1);
        assertThat(lint(zh, "footnote-parity")).hasSize(1);
        assertThat(lint(zh, "literal-parity")).hasSize(2);
        assertThat(lint(zh, "directive-parity")).extracting(Finding::message).containsExactlyInAnyOrder(
                "directive 'note' of the original (line 8) is missing here", "directive 'warning' is not in the original",
                "directive 'replace' of the original (line 16) is missing here");
        assertThat(lint(zh, "link-parity")).hasSize(2);
        assertThat(lint(zh, "substitution-parity")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'kcsan'"));
        assertThat(lint(zh, "section-parity")).isEmpty();
        assertThat(lint(zh, "identifier-typo")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("KSCAN").contains("KCSAN"));
    }

    @Test
    void sectionParityReportsADifferentSectionTree() throws Exception {
        write("docs/s.rst", "A\n=\n\nB\n-\n\nC\n-\n");
        Path zh = write("docs-zh_CN/s.rst", ":Original: docs/s.rst\n\n甲\n==\n\n乙\n==\n");
        assertThat(lint(zh, "section-parity")).extracting(Finding::message).containsExactly(
                "section title 'level 2 under -' of the original (line 4) is missing here",
                "section title 'level 2 under -' of the original (line 7) is missing here",
                "section title 'level 1 under =' is not in the original");
    }

    @Test
    void originalFieldMustExistAndNameAFile() throws Exception {
        write("docs/a.rst", "A\n=\n");
        Path missing = write("docs-zh_CN/a.rst", "甲\n==\n");
        Path wrong = write("docs-zh_CN/b.rst", ":Original: docs/nope.rst\n\n乙\n==\n");
        assertThat(lint(missing, "original-field")).hasSize(1);
        assertThat(lint(wrong, "original-field")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("does not exist"));
    }

    @Test
    void disclaimerIsRequiredOnlyWhenTheTreeHasOne() throws Exception {
        write("docs/a.rst", "A\n=\n");
        Path zh = write("docs-zh_CN/sub/a.rst", ":Original: docs/sub/a.rst\n\n甲\n==\n");
        assertThat(lint(zh, "disclaimer")).isEmpty();
        write("docs-zh_CN/disclaimer-zh_CN.rst", ":orphan:\n");
        assertThat(lint(zh, "disclaimer")).hasSize(1);
        Files.writeString(zh, ".. include:: ../disclaimer-zh_CN.rst\n\n:Original: docs/sub/a.rst\n\n甲\n==\n");
        assertThat(lint(zh, "disclaimer")).isEmpty();
    }

    @Test
    void glossaryReportsWrongAndInconsistentRenderings() throws Exception {
        write("docs/kcsan.rst", ORIGINAL);
        write("docs-zh_CN/glossary", "# term = accepted | accepted ! wrong\nwatchpoint = 观察点 | 监视点 ! 观测点\n");
        Path zh = write("docs-zh_CN/kcsan.rst", ":Original: docs/kcsan.rst\n\n设置观察点，然后监视点，再观测点。\n");
        assertThat(lint(zh, "glossary")).singleElement().satisfies(f -> assertThat(f.message()).contains("观测点"));
        assertThat(lint(zh, "term-consistency")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("监视点"));
    }

    @Test
    void glossaryFormatProblemsAreReportedOnceAtTheGlossaryLine() throws Exception {
        write("docs/a.rst", "A\n=\n");
        write("docs-zh_CN/glossary", "ok = 好\nbroken line\n");
        Path a = write("docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n");
        Path b = write("docs-zh_CN/b.rst", "甲\n==\n");
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            assertThat(linter.lintFile(a)).singleElement().satisfies(f -> {
                assertThat(f.file()).endsWith("glossary");
                assertThat(f.line()).isEqualTo(2);
            });
            assertThat(linter.lintFile(b)).noneMatch(f -> f.file().endsWith("glossary"));
        }
    }

    @Test
    void glossaryFormatProblemsAreCollected() {
        Terminology g = Terminology.parse("ok = 好\nbroken line\n= 空\n");
        assertThat(g.entries()).hasSize(1);
        assertThat(g.problems()).hasSize(2);
    }

    @Test
    void aCommentSwitchesRulesOffForItsDocumentButAnExampleInALiteralDoesNot() throws Exception {
        Path off = write("x/a.rst", ".. kdocs-lint: disable=cjk-punctuation, title-width\n\n中文\n======\n\n中文,中文\n");
        assertThat(new Linter(Rules.all(), LintConfig.defaults()).lintFile(off)).isEmpty();
        Path example = write("x/b.rst", "Example::\n\n   .. kdocs-lint: disable=cjk-punctuation\n\n中文,中文\n");
        assertThat(new Linter(Rules.all(), LintConfig.defaults()).lintFile(example)).hasSize(1);
    }
}
