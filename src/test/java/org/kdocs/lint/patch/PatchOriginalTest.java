package org.kdocs.lint.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.rules.Rules;

/** Without a tree, a translation is compared with the English page the same patch carries. */
class PatchOriginalTest {
    private static final String SERIES = """
            diff --git a/docs/kcsan.rst b/docs/kcsan.rst
            new file mode 100644
            --- /dev/null
            +++ b/docs/kcsan.rst
            @@ -0,0 +1,4 @@
            +KCSAN
            +=====
            +
            +Export ``kcsan_check`` to modules.
            diff --git a/docs-zh_CN/kcsan.rst b/docs-zh_CN/kcsan.rst
            new file mode 100644
            --- /dev/null
            +++ b/docs-zh_CN/kcsan.rst
            @@ -0,0 +1,6 @@
            +:Original: docs/kcsan.rst
            +
            +KCSAN
            +=====
            +
            +向模块导出kcsan_check。
            """;

    @Test
    void theEnglishPageOfThePatchIsTheOriginal() throws Exception {
        List<Finding> findings = PatchReview.review("s.patch", SERIES, null,
                new Linter(Rules.all(), LintConfig.defaults())).findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("bare-identifier")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(20);
            assertThat(f.message()).endsWith("(the original writes ``kcsan_check``)");
        });
        // the tree is unknown: nothing is called missing, and the translation's own header is not judged
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("original-field", "missing-path", "disclaimer");
    }

    @Test
    void withoutTheEnglishPageTheTranslationStandsAlone() throws Exception {
        String translationOnly = SERIES.substring(SERIES.indexOf("diff --git a/docs-zh_CN"));
        List<Finding> findings = PatchReview.review("t.patch", translationOnly, null,
                new Linter(Rules.all(), LintConfig.defaults())).findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("bare-identifier")).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("original"));
    }
}
