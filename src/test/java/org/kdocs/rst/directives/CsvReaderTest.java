package org.kdocs.rst.directives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV reader against Python 3.11's csv.reader with csv-table's dialects (results printed by Python). */
class CsvReaderTest {
    private static final CsvReader.Dialect TABLE = new CsvReader.Dialect(',', '"', -1, true, true);
    private static final CsvReader.Dialect HEADER = new CsvReader.Dialect(',', '"', '\\', false, true);

    @Test
    void splitsFieldsAndSkipsInitialSpace() throws Exception {
        assertThat(CsvReader.read(List.of("a, b", "c,d"), TABLE)).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(CsvReader.read(List.of("a,,b,"), TABLE)).containsExactly(List.of("a", "", "b", ""));
    }

    @Test
    void quotedFieldsMayHoldDelimitersDoubledQuotesAndNewlines() throws Exception {
        assertThat(CsvReader.read(List.of("\"a, b\", \"c \"\"q\"\"\""), TABLE))
                .containsExactly(List.of("a, b", "c \"q\""));
        assertThat(CsvReader.read(List.of("1,\"two", "lines\""), TABLE)).containsExactly(List.of("1", "two\nlines"));
    }

    @Test
    void blankLineIsAnEmptyRow() throws Exception {
        assertThat(CsvReader.read(List.of("x", "", "y"), TABLE))
                .containsExactly(List.of("x"), List.of(), List.of("y"));
    }

    @Test
    void headerDialectUsesBackslashEscapes() throws Exception {
        assertThat(CsvReader.read(List.of("\"a\\\"b\", c\\,d"), HEADER)).containsExactly(List.of("a\"b", "c,d"));
    }

    @Test
    void strictDialectReportsPythonsErrors() {
        assertThatThrownBy(() -> CsvReader.read(List.of("a, \"b\"x"), TABLE)).hasMessage("',' expected after '\"'");
        assertThatThrownBy(() -> CsvReader.read(List.of("\"open"), TABLE)).hasMessage("unexpected end of data");
    }
}
