package org.kdocs.rst.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kdocs.rst.RstSettings;

/**
 * The inline groups of docutils' parser test suite, limited to inputs made
 * of plain paragraphs, so that they exercise the inliner without the block
 * parser: each must print exactly what docutils 0.19 printed.
 */
class InlinerCorpusTest {
    private static final String[] GROUPS = {"test_inline_markup", "test_interpreted", "test_interpreted_fr",
        "test_unicode", "test_role", "test_default_role", "test_character_level_inline_markup",
        "test_east_asian_text", "test_paragraphs"};

    @TestFactory
    Stream<DynamicTest> paragraphOnlyCasesMatchDocutils() {
        return ParagraphCorpus.cases(GROUPS).stream().map(c -> DynamicTest.dynamicTest(c.id(),
                () -> assertThat(ParagraphCorpus.parse(c.input(), RstSettings.defaults()))
                        .isEqualTo(c.expected())));
    }

    @Test
    void theCorpusOffersEnoughParagraphOnlyCases() {
        assertThat(ParagraphCorpus.cases(GROUPS)).hasSizeGreaterThan(140);
    }
}
