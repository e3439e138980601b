package org.kdocs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void aCopyIsIndependent() {
        SourceLines whole = SourceLines.of(List.of("a", "b"), "doc.rst", 0);
        SourceLines copy = whole.copy();
        copy.insert(0, SourceLines.of(List.of("x"), "inc.rst", 0));
        assertThat(whole.lines()).containsExactly("a", "b");
    }

    @Test
    void tabsExpandToEightColumnStopsAndTrailingSpaceGoes() {
        assertThat(SourceLines.string2lines("a\tb \u00a0\n\tc\u000bd\r\ne", 8))
                .containsExactly("a       b", "        c d", "e");
    }
}
