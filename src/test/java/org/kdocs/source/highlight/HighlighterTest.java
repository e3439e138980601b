package org.kdocs.source.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void unknownLanguagesGiveNull() {
        assertThat(Highlighter.tokens("cobol", "MOVE A TO B.")).isNull();
        assertThat(Highlighter.covers("text")).isFalse();
    }

    @Test
    void aliasesAreCaseInsensitive() {
        assertThat(Highlighter.covers("C")).isTrue();
        assertThat(Highlighter.covers("Console")).isTrue();
    }

    @Test
    void outerNewlinesAreDroppedAndWindowsLineEndsNormalised() {
        List<HighlightToken> tokens = Highlighter.tokens("c", "\n\nx;\r\ny;\n\n");
        assertThat(tokens).containsExactly(
                new HighlightToken(List.of("name"), "x"), new HighlightToken(List.of("punctuation"), ";"),
                new HighlightToken(List.of("whitespace"), "\n"),
                new HighlightToken(List.of("name"), "y"), new HighlightToken(List.of("punctuation"), ";"));
    }

    @Test
    void plainTextTokensHaveNoClasses() {
        assertThat(Highlighter.tokens("bash", "ls -l")).containsExactly(
                new HighlightToken(List.of(), "ls"), new HighlightToken(List.of("whitespace"), " "), new HighlightToken(List.of(), "-l"));
    }

    @Test
    void unmatchedCharactersBecomeErrorTokens() {
        assertThat(Highlighter.tokens("c", "a ` b")).contains(new HighlightToken(List.of("error"), "`"));
    }

    @Test
    void onlyTheAliasesPygmentsRegistersAreCovered() {
        assertThat(Highlighter.covers("udiff")).isTrue();
        assertThat(Highlighter.covers("restructuredtext")).isTrue();
        assertThat(Highlighter.covers("emacs-lisp")).isTrue();
        assertThat(Highlighter.covers("patch")).isFalse();
        assertThat(Highlighter.covers("yml")).isFalse();
    }

    @Test
    void rstCodeBlocksInAnUnknownLanguageAreOneString() {
        // As in Pygments, the body must be followed by one more line (blank or not) to count as a code block.
        List<HighlightToken> tokens = Highlighter.tokens("rst", ".. code-block:: nosuchlang\n\n   MOVE A TO B.\n\nEnd.\n");
        assertThat(tokens).contains(new HighlightToken(List.of("keyword"), "nosuchlang"),
                new HighlightToken(List.of("literal", "string"), "   MOVE A TO B.\n\n"), new HighlightToken(List.of(), "End."));
    }

    @Test
    void rstCodeBlockIndentationIsPlainTextBeforeEachLine() {
        List<HighlightToken> tokens = Highlighter.tokens("rst", ".. code-block:: json\n\n   [1,\n    2]\n");
        assertThat(tokens).containsSubsequence(new HighlightToken(List.of(), "\n\n   "),
                new HighlightToken(List.of("punctuation"), "["), new HighlightToken(List.of("literal", "number", "integer"), "1"),
                new HighlightToken(List.of("punctuation"), ","), new HighlightToken(List.of("whitespace"), "\n"),
                new HighlightToken(List.of(), "   "), new HighlightToken(List.of("whitespace"), " "));
    }

    @Test
    void yamlIndentationShallowerThanItsLevelIsAnError() {
        assertThat(Highlighter.tokens("yaml", "a:\n    b: 1\n  c: 2\n"))
                .contains(new HighlightToken(List.of("whitespace", "error"), "  "));
    }

    @Test
    void jsonStringsAreKeysOnlyBeforeAColon() {
        assertThat(Highlighter.tokens("json", "{\"k\": \"v\"}")).containsSubsequence(
                new HighlightToken(List.of("name", "tag"), "\"k\""), new HighlightToken(List.of("literal", "string", "double"), "\"v\""));
    }
}
