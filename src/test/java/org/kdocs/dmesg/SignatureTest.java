package org.kdocs.dmesg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SignatureTest {
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
