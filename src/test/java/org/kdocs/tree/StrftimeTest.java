package org.kdocs.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** Expected texts are Python 3's time.strftime on glibc for the same times. */
class StrftimeTest {
    private static final ZonedDateTime FRIDAY = ZonedDateTime.of(2022, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);

    @Test
    void formatsTheDatestampFooterAsTimeGmtimeDoes() {
        assertThat(Strftime.format("%Y-%m-%d %H:%M:%S %Z, %a %d %b %y %%", FRIDAY))
                .isEqualTo("2022-03-04 05:06:07 GMT, Fri 04 Mar 22 %");
    }

    @Test
    void formatsTheDateDirectivesConversions() {
        assertThat(Strftime.format("%c|%e|%j|%U|%W|%G|%V|%u|%w|%I %p|%D|%F|%T|%C|%h", FRIDAY))
                .isEqualTo("Fri Mar  4 05:06:07 2022| 4|063|09|09|2022|09|5|5|05 AM|03/04/22|2022-03-04|05:06:07|20|Mar");
        ZonedDateTime sunday = ZonedDateTime.of(2021, 1, 3, 17, 0, 0, 0, ZoneOffset.UTC);
        assertThat(Strftime.format("%U|%W|%G|%V|%u|%w|%I %p|%j|%e", sunday))
                .isEqualTo("01|00|2020|53|7|0|05 PM|003| 3");
    }

    @Test
    void keepsUnknownConversionsAndATrailingPercentAsWritten() {
        assertThat(Strftime.format("%q and %", FRIDAY)).isEqualTo("%q and %");
    }
}
