package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.source.DisplayWidth;

/** Title decisions checked against docutils 0.19 (scripts/docutils-oracle.py --parse-only) on the same inputs. */
class TitleScannerTest {
    private static List<Title> scan(String text) {
        return TitleScanner.scan(LintedDocument.of("t.rst", text));
    }

    private static Title.Status only(String text) {
        List<Title> titles = scan(text);
        assertThat(titles).hasSize(1);
        return titles.get(0).status();
    }

    @Test
    void cjkTitleWithShortLongUnderlineIsAcceptedWithDocutilsWarning() {
        assertThat(only("中文标题\n====\n\nText.\n")).isEqualTo(Title.Status.ACCEPTED_SHORT);
    }

    @Test
    void emojiTitleOverThreeCharactersIsDemotedToAParagraph() {
        assertThat(only("😀😀\n===\n\npara\n")).isEqualTo(Title.Status.DEMOTED);
    }

    @Test
    void fullwidthLettersCountTwoColumns() {
        assertThat(only("ＡＢ\n---\n\nx\n")).isEqualTo(Title.Status.DEMOTED);
        assertThat(only("ＡＢ\n----\n\nx\n")).isEqualTo(Title.Status.ACCEPTED);
    }

    @Test
    void combiningMarksCountZeroColumns() {
        assertThat(only("e\u0301e\u0301e\u0301\n---\n\nx\n")).isEqualTo(Title.Status.ACCEPTED);
    }

    @Test
    void mixedScriptTitleOfExactWidthIsAccepted() {
        Title t = scan("KCSAN 简介\n==========\n\ntext\n").get(0);
        assertThat(t.status()).isEqualTo(Title.Status.ACCEPTED);
        assertThat(t.underLength()).isEqualTo(10);
    }

    @Test
    void literalBlockMarkerIsNotATitle() {
        assertThat(scan("Some text\n::\n\n   code\n")).isEmpty();
    }

    @Test
    void multiLineParagraphEndingInAdornmentIsNotATitle() {
        assertThat(scan("line one\nline two\n========\n")).isEmpty();
    }

    @Test
    void titlesInsideIndentedBlocksAreNotExamined() {
        assertThat(scan(".. note::\n\n   中文\n   --\n")).isEmpty();
        assertThat(scan("- item\n\n  中文\n  --\n")).isEmpty();
    }

    @Test
    void overlinedInsetTitleCountsItsInset() {
        Title t = scan("=====\n  Title\n=====\n").get(0);
        assertThat(t.status()).isEqualTo(Title.Status.ACCEPTED_SHORT);
        assertThat(t.inset()).isEqualTo(2);
    }

    @Test
    void overlineAndUnderlineOfDifferentLengthMismatch() {
        assertThat(only("======\n标题\n=====\n")).isEqualTo(Title.Status.MISMATCH);
    }

    @Test
    void enumeratedLookingTitleIsATitle() {
        assertThat(only("1. Introduction\n===============\n\ntext\n")).isEqualTo(Title.Status.ACCEPTED);
    }

    @Test
    void skippedLevelIsInconsistent() {
        List<Title> titles = scan("A\n=\n\nB\n-\n\nC\n~\n\nD\n=\n\nE\n~\n");
        assertThat(titles).extracting(Title::status).containsExactly(Title.Status.ACCEPTED, Title.Status.ACCEPTED,
                Title.Status.ACCEPTED, Title.Status.ACCEPTED, Title.Status.LEVEL_INCONSISTENT);
    }

    @Test
    void onlyDirectiveContentHasItsOwnTitleStyles() {
        List<Title> titles = scan("Top\n===\n\n.. only:: html\n\n   Indices\n   -------\n\n   text\n");
        assertThat(titles).extracting(Title::status).containsExactly(Title.Status.ACCEPTED, Title.Status.ACCEPTED);
        assertThat(titles.get(1).level()).isEqualTo(1);
    }

    @Test
    void widthCanCountAmbiguousAsWide() {
        assertThat(DisplayWidth.columns("“引号”")).isEqualTo(6);
        assertThat(DisplayWidth.columns("“引号”", true)).isEqualTo(8);
        assertThat(DisplayWidth.columns("e\u0301", true)).isEqualTo(1);
        assertThat(DisplayWidth.columns("\u304b\u3099")).isEqualTo(3);
    }
}
