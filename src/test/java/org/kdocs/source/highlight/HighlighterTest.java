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
        List<Token> tokens = Highlighter.tokens("c", "\n\nx;\r\ny;\n\n");
        assertThat(tokens).containsExactly(
                new Token(List.of("name"), "x"), new Token(List.of("punctuation"), ";"),
                new Token(List.of("whitespace"), "\n"),
                new Token(List.of("name"), "y"), new Token(List.of("punctuation"), ";"));
    }

    @Test
    void plainTextTokensHaveNoClasses() {
        assertThat(Highlighter.tokens("bash", "ls -l")).containsExactly(
                new Token(List.of(), "ls"), new Token(List.of("whitespace"), " "), new Token(List.of(), "-l"));
    }

    @Test
    void unmatchedCharactersBecomeErrorTokens() {
        assertThat(Highlighter.tokens("c", "a ` b")).contains(new Token(List.of("error"), "`"));
    }
}
