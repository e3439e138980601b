package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.lint.rules.TitleHierarchyRule;
import org.kdocs.lint.rules.TitleOverlineRule;
import org.kdocs.lint.rules.TitleShortRule;
import org.kdocs.lint.rules.TitleUnexpectedRule;
import org.kdocs.lint.rules.TitleWidthRule;

class TitleRulesTest {
    @Test
    void shortRuleReportsDocutilsWarningAndSilentDemotion() {
        assertThat(LintTesting.lines(LintTesting.run(new TitleShortRule(), "中文标题\n====\n\n举例\n---\n\nx\n")))
                .containsExactly(2, 5);
    }

    @Test
    void shortRuleAcceptsTitlesAtLeastAsLongAsTheirWidth() {
        assertThat(LintTesting.run(new TitleShortRule(), "中文标题\n========\n\nTitle\n-----\n")).isEmpty();
    }

    @Test
    void widthRuleReportsLongAdornmentsButNotExactOnes() {
        assertThat(LintTesting.lines(LintTesting.run(new TitleWidthRule(), "中文\n========\n\n中文\n----\n")))
                .containsExactly(2);
    }

    @Test
    void widthRuleHonoursAmbiguousWideSetting() {
        String text = "“中”\n======\n";
        assertThat(LintTesting.run(new TitleWidthRule(), text)).hasSize(1);
        LintConfig wide = LintConfig.defaults().withAmbiguousWide(true);
        assertThat(LintTesting.run(new TitleWidthRule(), text, null, wide)).isEmpty();
    }

    @Test
    void overlineRuleReportsMismatchAtTheOverline() {
        assertThat(LintTesting.lines(LintTesting.run(new TitleOverlineRule(), "x\n\n=====\n标题\n-----\n")))
                .containsExactly(3);
        assertThat(LintTesting.run(new TitleOverlineRule(), "====\n标题\n====\n")).isEmpty();
    }

    @Test
    void hierarchyRuleReportsASkippedLevel() {
        assertThat(LintTesting.lines(LintTesting.run(new TitleHierarchyRule(), "A\n=\n\nB\n-\n\nC\n~\n\nD\n=\n\nE\n~\n")))
                .containsExactly(13);
        assertThat(LintTesting.run(new TitleHierarchyRule(), "A\n=\n\nB\n-\n\nC\n=\n\nD\n-\n")).isEmpty();
    }

    @Test
    void unexpectedRuleReportsTitlesAndTransitionsInsideBodies() {
        var findings = LintTesting.run(new TitleUnexpectedRule(),
                ".. note::\n\n   注意\n   ====\n\n- item\n\n  ----\n\n  text\n");
        assertThat(LintTesting.lines(findings)).containsExactly(4, 8);
        assertThat(LintTesting.run(new TitleUnexpectedRule(), "Example::\n\n   注意\n   ====\n")).isEmpty();
    }

    @Test
    void shortUnderlineInsideABodyIsBothShortAndUnexpected() {
        String item = "- 中文标题\n  ====\n"; // the item's body is "中文标题" over "====": a title, unexpected there
        assertThat(LintTesting.lines(LintTesting.run(new TitleShortRule(), item))).containsExactly(2);
        assertThat(LintTesting.lines(LintTesting.run(new TitleUnexpectedRule(), item))).containsExactly(2);
        String quoted = "  中文标题\n  =====\n";
        assertThat(LintTesting.lines(LintTesting.run(new TitleShortRule(), quoted))).containsExactly(2);
        assertThat(LintTesting.lines(LintTesting.run(new TitleUnexpectedRule(), quoted))).containsExactly(2);
    }

    @Test
    void wideCombiningMarkCountsOneColumnInTitles() {
        // か + U+3099 (a wide combining mark) is 3 columns for docutils, and so for both title rules
        String exact = "\u304b\u3099\n===\n\ntext\n";
        assertThat(LintTesting.run(new TitleWidthRule(), exact)).isEmpty();
        assertThat(LintTesting.run(new TitleShortRule(), exact)).isEmpty();
        assertThat(LintTesting.run(new TitleWidthRule(), "\u304b\u3099\n====\n\ntext\n")).hasSize(1);
        LintConfig wide = LintConfig.defaults().withAmbiguousWide(true);
        assertThat(LintTesting.run(new TitleWidthRule(), "e\u0301\u201cx\u201d\n======\n\ntext\n", null, wide))
                .isEmpty();
    }
}
