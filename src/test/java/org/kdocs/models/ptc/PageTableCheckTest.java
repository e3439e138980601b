package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.models.kernel.Verdict;

class PageTableCheckTest {

    @Test
    void bugReportNamesFileLineFunctionAndCondition() {
        PageTableCheck ptc = PageTableCheck.builder().build();
        long p = ptc.allocPages(PageKind.ANON, 0);
        ptc.setPte(ptc.mm("m1"), 1, PageTableEntry.user(p, false));
        ptc.setPte(ptc.mm("m2"), 1, PageTableEntry.user(p, true));
        assertThat(ptc.console()).isEqualTo("""
                ------------[ cut here ]------------
                kernel BUG at mm/page_table_check.c:127!
                Oops: invalid opcode: 0000 [#1] PREEMPT SMP NOPTI
                RIP: 0010:page_table_check_set+0x0/0x10
                condition: anon_map_count > 1 && rw (pfn 0x1000: anon_map_count 2, new entry writable)
                """);
        assertThat(ptc.verdict().outcome()).isEqualTo(Verdict.Outcome.BUG);
        assertThat(ptc.verdict().reason()).startsWith("mm/page_table_check.c:127 ");
    }

    @Test
    void everyBugConditionCarriesItsSixTwelveLineNumber() {
        assertThat(BugCondition.values()).extracting(BugCondition::line)
                .containsExactly(119, 126, 127, 129, 130, 79, 86, 87, 89, 90, 146, 156, 157, 55);
    }

    @Test
    void uffdWpWarningLeavesTheVerdictWarnedNotBug() {
        PageTableCheck ptc = PageTableCheck.builder().build();
        long p = ptc.allocPages(PageKind.ANON, 0);
        ptc.setPte(ptc.mm("m1"), 1, PageTableEntry.user(p, true).withUffdWp());
        assertThat(ptc.verdict().outcome()).isEqualTo(Verdict.Outcome.WARNED);
        assertThat(ptc.console()).startsWith("------------[ cut here ]------------\n"
                + "WARNING: CPU: 0 PID: 1 at mm/page_table_check.c:218 page_table_check_pte_flags+0x0/0x10\n");
    }

    @Test
    void cleanRunHasACleanVerdictAndAnEmptyConsole() {
        PageTableCheck ptc = PageTableCheck.builder().build();
        long p = ptc.allocPages(PageKind.FILE, 0);
        ptc.setPte(ptc.mm("m1"), 1, PageTableEntry.user(p, true));
        assertThat(ptc.verdict()).isEqualTo(Verdict.clean());
        assertThat(ptc.console()).isEmpty();
    }

    @Test
    void dumpListsCountersAndEntries() {
        PageTableCheck ptc = PageTableCheck.builder().build();
        long p = ptc.allocPages(PageKind.ANON, 0);
        ptc.setPte(ptc.mm("m1"), 3, PageTableEntry.user(p, true));
        assertThat(ptc.dump()).isEqualTo("""
                page_table_check: enabled
                pfn 0x1000 anon anon_map_count=1 file_map_count=0
                m1 pte[3] pfn 0x1000 present user rw
                """);
    }

    @Test
    void outOfRangeOrdersAndCountsAreRejectedWithoutWork() {
        PageTableCheck ptc = PageTableCheck.builder().build();
        assertThat(ptc.allocPages(PageKind.ANON, 40)).isEqualTo(-1);
        assertThat(ptc.allocPages(PageKind.ANON, -1)).isEqualTo(-1);
        long p = ptc.allocPages(PageKind.ANON, 0);
        ptc.setPtes(ptc.mm("m1"), 0, PageTableEntry.user(p, true), Integer.MAX_VALUE);
        ptc.freePages(p, 63);
        assertThat(ptc.anonMapCount(p)).isZero();
        assertThat(ptc.verdict()).isEqualTo(Verdict.clean());
    }
}
