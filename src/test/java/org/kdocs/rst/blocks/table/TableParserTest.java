package org.kdocs.rst.blocks.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.source.SourceLines;
import org.kdocs.testing.TestResources;

/**
 * Runs table-parser-cases.txt: each table block with the structure (or
 * error) docutils' table parsers give for it (regenerate with gen.py).
 */
class TableParserTest {

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = TestResources.read("tables/table-parser-cases.txt").lines().toList();
        List<Arguments> cases = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String kind = lines.get(i).substring(4).trim();
            int start = ++i;
            while (!lines.get(i).startsWith("--- ")) {
                i++;
            }
            List<String> table = lines.subList(start, i);
            int expectedStart = ++i;
            while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
                i++;
            }
            cases.add(Arguments.of(kind + " table at case line " + start, kind, table,
                    String.join("\n", lines.subList(expectedStart, i))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesLikeDocutils(String name, String kind, List<String> table, String expected) {
        SourceLines block = SourceLines.of(table, "test", 0);
        assertThat(describe(kind, block)).isEqualTo(expected);
    }

    @Test
    void cellContentKeepsTheOriginOfItsLines() throws TableMarkupError {
        SourceLines block = SourceLines.of(List.of("+---+", "| a |", "| b |", "+---+"), "doc.rst", 10);
        TableStructure.Cell cell = new GridTableParser().parse(block).bodyRows().get(0).get(0);
        assertThat(cell.content().lines()).containsExactly("a", "b");
        assertThat(cell.content().origin(1)).isEqualTo(new SourceLines.Origin("doc.rst", 12));
    }

    @Test
    void parsingLeavesTheCallersBlockUnchanged() throws TableMarkupError {
        SourceLines block = SourceLines.of(List.of("===  ===", "a    b", "===  ===", "c    d", "===  ==="), "t", 0);
        new SimpleTableParser().parse(block);
        assertThat(block.lines()).containsExactly("===  ===", "a    b", "===  ===", "c    d", "===  ===");
    }

    private static String describe(String kind, SourceLines block) {
        TableStructure structure;
        try {
            structure = kind.equals("grid") ? new GridTableParser().parse(block) : new SimpleTableParser().parse(block);
        } catch (TableMarkupError e) {
            return "error " + e.offset() + ": " + e.getMessage();
        }
        StringBuilder out = new StringBuilder("widths");
        structure.columnWidths().forEach(w -> out.append(' ').append(w));
        describeRows(out, "head", structure.headRows());
        describeRows(out, "body", structure.bodyRows());
        return out.toString();
    }

    private static void describeRows(StringBuilder out, String name, List<List<TableStructure.Cell>> rows) {
        for (List<TableStructure.Cell> row : rows) {
            out.append('\n').append(name).append(" row");
            for (TableStructure.Cell cell : row) {
                out.append("\n  cell ").append(cell.moreRows()).append(' ').append(cell.moreCols()).append(' ')
                        .append(cell.offset()).append(' ').append(String.join("|", cell.content().lines()));
            }
        }
    }
}
