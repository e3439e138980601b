package org.kdocs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void linesInsertedIntoASliceReachTheListsItWasCutFrom() {
        SourceLines whole = SourceLines.of(List.of("a", "b", "c", "d"), "doc.rst", 0);
        SourceLines tail = whole.slice(1, 4);
        SourceLines tailOfTail = tail.slice(1, 3);
        tailOfTail.insert(1, SourceLines.of(List.of("x", "y"), "inc.rst", 0));
        assertThat(tailOfTail.lines()).containsExactly("c", "x", "y", "d");
        assertThat(tail.lines()).containsExactly("b", "c", "x", "y", "d");
        assertThat(whole.lines()).containsExactly("a", "b", "c", "x", "y", "d");
        assertThat(whole.origin(3)).isEqualTo(new SourceLines.Origin("inc.rst", 0));
    }

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
