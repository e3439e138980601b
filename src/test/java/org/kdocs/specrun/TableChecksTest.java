package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableChecksTest {

    @SafeVarargs
    private static List<SpecResult> run(String model, String name, List<String> headers, List<String>... rows) {
        List<SpecTable.Row> tableRows = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            tableRows.add(new SpecTable.Row(10 + i, rows[i]));
        }
        return TableChecks.run(new SpecTable("t.rst", 5, model, name, headers, tableRows));
    }

    @Test
    void stringGetSizeRowsAreComputedNotEchoed() {
        List<SpecResult> results = run("alloc-tag", "string_get_size", List.of("Size", "Block size", "Units", "Printed"),
                List.of("1100", "1", "STRING_UNITS_2", "1.07 KiB"),
                List.of("1100", "1", "STRING_UNITS_2", "1.08 KiB"),
                List.of("1100", "1", "STRING_UNITS_8", "1.07 KiB"));
        assertThat(results).extracting(SpecResult::status)
                .containsExactly(SpecResult.Status.PASS, SpecResult.Status.FAIL, SpecResult.Status.ERROR);
        assertThat(results.get(1).message()).contains("1.07 KiB");
    }

    @Test
    void registrationModeRowsRunTheModel() {
        List<SpecResult> results = run("userfaultfd", "registration-modes", List.of("Memory", "Mode", "Register"),
                List.of("anonymous", "MINOR", "-EINVAL"),
                List.of("anonymous", "MINOR", "0"));
        assertThat(results).extracting(SpecResult::status)
                .containsExactly(SpecResult.Status.PASS, SpecResult.Status.FAIL);
    }
}
