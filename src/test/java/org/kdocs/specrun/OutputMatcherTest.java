package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

    @Test
    void signaturesFollowTheKernelTestRobot() {
        assertThat(Signature.of("BUG: KASAN: stack-out-of-bounds in vsnprintf"))
                .isEqualTo("dmesg.BUG:KASAN:stack-out-of-bounds_in_vsnprintf");
        assertThat(Signature.of("Kernel panic - not syncing: Fatal exception in interrupt"))
                .isEqualTo("dmesg.Kernel_panic-not_syncing:Fatal_exception_in_interrupt");
        assertThat(Signature.of("BUG: unable to handle page fault for address: fffff52000271000"))
                .isEqualTo("dmesg.BUG:unable_to_handle_page_fault_for_address");
        assertThat(Signature.of("WARNING: kernel stack")).isEqualTo("dmesg.WARNING:kernel_stack");
        assertThat(Signature.of("BUG: KCSAN: data-race in test_kernel_read / test_kernel_write"))
                .isEqualTo("dmesg.BUG:KCSAN:data-race_in_test_kernel_read/test_kernel_write");
        assertThat(Signature.of("Oops: 0000 [#1]")).isEqualTo("dmesg.Oops:#[##]");
        assertThat(Signature.of("RIP: 0010:exc_page_fault+0x12/0x30")).isEqualTo("dmesg.RIP:exc_page_fault");
        assertThat(Signature.of("kernel BUG at mm/page_table_check.c:88!"))
                .isEqualTo("dmesg.kernel_BUG_at_mm/page_table_check.c");
        assertThat(Signature.of("WARNING: at mm/page_table_check.c:123 __page_table_check_ptes_set"))
                .isEqualTo("dmesg.WARNING:at_mm/page_table_check.c:#__page_table_check_ptes_set");
    }

    @Test
    void theComparisonTableHasTheRobotsLayout() {
        var left = new CompareTable.Side("3b1e5f00aa11c2d4", 300, Map.of(
                "dmesg.WARNING:at_mm/page_table_check.c:#__page_table_check_ptes_set", 2));
        var right = new CompareTable.Side("9c07d2e41f5a06b7d8e9", 300, new java.util.LinkedHashMap<>(Map.of(
                "dmesg.BUG:KCSAN:data-race_in_T1/T2", 17)));
        right.failures().put("dmesg.Oops:#[##]", 1);
        assertThat(CompareTable.format(left, right)).isEqualTo("""
                3b1e5f00aa11c2d4 9c07d2e41f5a06b7d8e9
                ---------------- ---------------------------
                       fail:runs  %reproduction    fail:runs
                           |             |             |
                          2:300         -1%            :300   dmesg.WARNING:at_mm/page_table_check.c:#__page_table_check_ptes_set
                           :300          6%          17:300   dmesg.BUG:KCSAN:data-race_in_T1/T2
                           :300          0%           1:300   dmesg.Oops:#[##]
                """);
    }
}
