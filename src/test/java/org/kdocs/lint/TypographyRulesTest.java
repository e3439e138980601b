package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.lint.rules.CjkLatinSpacingRule;
import org.kdocs.lint.rules.CjkPunctuationRule;
import org.kdocs.lint.rules.DoubledPunctuationRule;
import org.kdocs.lint.rules.FullwidthInLiteralRule;
import org.kdocs.lint.rules.LineStartPunctuationRule;
import org.kdocs.lint.rules.MarkupBoundaryRule;
import org.kdocs.lint.rules.SpacedMarkupRule;
import org.kdocs.lint.rules.UnbalancedPairRule;

class TypographyRulesTest {
    @Test
    void halfWidthCommaBetweenHanIsReportedAtItsColumn() {
        var findings = LintTesting.run(new CjkPunctuationRule(), "这是中文,后面也是中文.\n");
        assertThat(findings).extracting(Finding::col).containsExactly(5, 12);
    }

    @Test
    void columnsCountCodePointsEvenAfterMaskedEmoji() {
        var findings = LintTesting.run(new CjkPunctuationRule(), "``😀😀`` 中文,中文\n");
        assertThat(findings).extracting(Finding::col).containsExactly(10);
    }

    @Test
    void halfWidthPunctuationBesideLatinOrInMarkupIsFine() {
        assertThat(LintTesting.run(new CjkPunctuationRule(),
                "运行 make, 然后 ``a,b``。\n\n示例::\n\n   中文,中文\n")).isEmpty();
    }

    @Test
    void emojiFullwidthLettersAndCombiningMarksAreNotCjkLetters() {
        assertThat(LintTesting.run(new CjkPunctuationRule(), "😀,😀 and ＡＢ,ＣＤ and e\u0301,e\u0301\n")).isEmpty();
        assertThat(LintTesting.run(new CjkPunctuationRule(), "かな,カナ,한글\n")).hasSize(2);
    }

    @Test
    void lineStartingWithClosingPunctuationIsReported() {
        assertThat(LintTesting.lines(LintTesting.run(new LineStartPunctuationRule(), "第一行\n，第二行\n"))).containsExactly(2);
        assertThat(LintTesting.run(new LineStartPunctuationRule(), "第一行，\n第二行。\n")).isEmpty();
    }

    @Test
    void loneQuotesAndBracketsAreReported() {
        assertThat(LintTesting.run(new UnbalancedPairRule(), "他说“你好。\n\n（括号）与《书名》\n")).hasSize(1);
        assertThat(LintTesting.run(new UnbalancedPairRule(), "它给出”禁用“。\n")).hasSize(2);
        assertThat(LintTesting.run(new UnbalancedPairRule(), "“跨行的\n引号”和 don’t\n")).isEmpty();
    }

    @Test
    void doubledPunctuationIsReported() {
        assertThat(LintTesting.run(new DoubledPunctuationRule(), "好，，然后。，还有,，最后！！\n")).hasSize(4);
        assertThat(LintTesting.run(new DoubledPunctuationRule(), "好，然后……真的？！\n")).isEmpty();
    }

    @Test
    void spacedInlineMarkupIsReported() {
        assertThat(LintTesting.run(new SpacedMarkupRule(), "这是 * 不健全 * 的。\n\n以及 `` text `` 示例\n")).hasSize(2);
        assertThat(LintTesting.run(new SpacedMarkupRule(),
                "使用 *列式表* 格式。 *列式表* 与 ``a`` 和 ``b`` 以及 a * b * c\n\n* 列表项 *\n")).isEmpty();
    }

    @Test
    void fullwidthCharactersInLiteralsAreReported() {
        var findings = LintTesting.run(new FullwidthInLiteralRule(),
                "示例::\n\n   foo（x），\n   /* 注释：中文 */\n\n调用 ``bar（）`` 即可。\n");
        assertThat(LintTesting.lines(findings)).containsExactly(3, 3, 3, 6, 6);
    }

    @Test
    void inlineLiteralsEndWhereDocutilsEndsThem() {
        FullwidthInLiteralRule rule = new FullwidthInLiteralRule();
        assertThat(LintTesting.run(rule, "使用 ``=``，而不是 ``==``。\n")).isEmpty();
        assertThat(LintTesting.run(rule, "运行``a（``命令。\n")).isEmpty(); // no literal: glued to Han
        assertThat(LintTesting.run(rule, "写 \\``a（`` 即可。\n")).isEmpty(); // escaped start-string
        // an end-string followed by a letter does not end the literal
        assertThat(LintTesting.run(rule, "见 ``a``b（`` 即可。\n")).extracting(Finding::col).containsExactly(9);
    }

    @Test
    void inlineLiteralsSpanLinesOfOneParagraph() {
        FullwidthInLiteralRule rule = new FullwidthInLiteralRule();
        var findings = LintTesting.run(rule, "调用 ``foo(a,\nb）`` 即可。\n\n- ``x（``\n- y``\n");
        assertThat(findings).extracting(Finding::line).containsExactly(2, 4);
        assertThat(findings.get(0).col()).isEqualTo(2);
    }

    @Test
    void gridTableCellsAreSeparateTexts() {
        String table = "+--------+--------+\n| ``a    | b（`` c |\n+--------+--------+\n";
        assertThat(LintTesting.run(new FullwidthInLiteralRule(), table)).isEmpty();
    }

    @Test
    void spacingPolicyIsOptInAndConfigurable() {
        CjkLatinSpacingRule rule = new CjkLatinSpacingRule();
        assertThat(rule.optIn()).isTrue();
        assertThat(LintTesting.run(rule, "使用 Linux 内核\n")).hasSize(2);
        LintConfig space = new LintConfig(java.util.Map.of(), false, "space");
        assertThat(LintTesting.run(rule, "使用Linux内核2025年\n", null, space)).hasSize(4);
        assertThat(LintTesting.run(rule, "使用 Linux 内核\n", null, space)).isEmpty();
    }

    @Test
    void markupGluedToCjkIsReportedOnTheSideThatIsGlued() {
        var findings = LintTesting.run(new MarkupBoundaryRule(), "运行``make``命令。\n\n使用 ``raw``（注意）\n");
        assertThat(LintTesting.lines(findings)).containsExactly(1, 3);
        assertThat(findings.get(0).message()).contains("directly after '行'");
        assertThat(findings.get(1).message()).contains("directly before '（'");
    }

    @Test
    void markupSeparatedByPunctuationSpaceOrEscapeIsFine() {
        assertThat(LintTesting.run(new MarkupBoundaryRule(),
                "运行 ``make``，然后。``x``、:ref:`y` 和\\ ``z``\\ 中\n")).isEmpty();
    }
}
