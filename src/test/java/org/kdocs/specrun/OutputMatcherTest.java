package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OutputMatcherTest {
    @Test
    void aLoneEllipsisLineMatchesAnyRunOfLinesIncludingNone() {
        List<String> pattern = List.of("first", "...", "last");
        assertThat(OutputMatcher.matches(pattern, List.of("first", "a", "b", "last"), true)).isTrue();
        assertThat(OutputMatcher.matches(pattern, List.of("first", "last"), true)).isTrue();
        assertThat(OutputMatcher.matches(pattern, List.of("first", "a", "b"), true)).isFalse();
    }

    @Test
    void anEllipsisInsideALineMatchesAnyText() {
        assertThat(OutputMatcher.lineMatches("BUG: KCSAN: ... in T1 / T2", "BUG: KCSAN: data-race in T1 / T2")).isTrue();
        assertThat(OutputMatcher.lineMatches("a...b...c", "abc")).isTrue();
        assertThat(OutputMatcher.lineMatches("a...b...c", "axxbyyc")).isTrue();
        assertThat(OutputMatcher.lineMatches("a...b...c", "acb")).isFalse();
        assertThat(OutputMatcher.lineMatches("ab...ba", "aba")).isFalse();
    }

    @Test
    void runDependentNumbersAreNormalisedUnlessExact() {
        List<String> doc = List.of("write to 0xffffffffc009a628 of 8 bytes by task 487 on cpu 0:",
                " test_kernel_write+0x1d/0x30");
        List<String> run = List.of("write to 0xffffffffc0001040 of 8 bytes by task 2 on cpu 1:",
                " test_kernel_write+0x4/0x40");
        assertThat(OutputMatcher.matches(doc, run, false)).isTrue();
        assertThat(OutputMatcher.matches(doc, run, true)).isFalse();
        assertThat(OutputMatcher.matches(List.of("read of 8 bytes"), List.of("read of 4 bytes"), false)).isFalse();
    }

    @Test
    void exactOutputAssertsTrailingSpacesWrittenAsTheSymbolForSpace() {
        // lib/alloc_tag.c alloc_tag_to_text() ends every /proc/allocinfo line with ' ' before '\n'
        List<String> kernel = List.of("          96        1 doc.rst:24 func:grab ");
        assertThat(OutputMatcher.matches(List.of("          96        1 ... func:grab\u2420"), kernel, true)).isTrue();
        assertThat(OutputMatcher.matches(List.of("          96        1 ... func:grab"), kernel, true)).isFalse();
        assertThat(OutputMatcher.matches(List.of("          96        1 ... func:grab\u2420"),
                List.of("          96        1 doc.rst:24 func:grab"), true)).isFalse();
        assertThat(OutputMatcher.matches(List.of("          96        1 ... func:grab"), kernel, false)).isTrue();
        assertThat(OutputMatcher.matches(List.of("a\u2420\u2420b"), List.of("a  b"), false)).isTrue();
    }

    @Test
    void manyEllipsesStayCheap() {
        List<String> pattern = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pattern.add("...");
        }
        pattern.add("never");
        List<String> lines = java.util.Collections.nCopies(2000, "line");
        assertThat(OutputMatcher.matches(pattern, lines, true)).isFalse();
    }

    @Test
    void aMismatchIsShownAsAUnifiedDiff() {
        String diff = UnifiedDiff.diff("expected", List.of("a", "b", "c"), "actual", List.of("a", "x", "c"));
        assertThat(diff).isEqualTo("""
                --- expected
                +++ actual
                @@ -1,3 +1,3 @@
                 a
                -b
                +x
                 c
                """);
        assertThat(UnifiedDiff.diff("e", List.of("same"), "a", List.of("same"))).isEmpty();
    }
}
