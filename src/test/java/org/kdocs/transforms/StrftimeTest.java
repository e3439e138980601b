package org.kdocs.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class StrftimeTest {
    @Test
    void formatsTheDirectivesDatestampsUse() {
        ZonedDateTime time = ZonedDateTime.of(2022, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC);
        assertThat(Strftime.format("%Y-%m-%d %H:%M:%S %Z, %a %d %b %y %%", time))
                .isEqualTo("2022-03-04 05:06:07 UTC, Fri 04 Mar 22 %");
    }
}
