package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.kdocs.models.alloctag.StringGetSize;
import org.kdocs.models.ptc.DoubleMappingPolicy;
import org.kdocs.models.uffd.RegistrationModes;

/**
 * The checks a {@code spec-table} can run, by model and table name: each
 * turns a row's input cells into the result the model gives, which must
 * equal the row's last cell.
 */
final class TableChecks {
    private static final Map<String, Function<List<String>, String>> CHECKS = Map.of(
            "page-table-check double-mapping",
            cells -> cells.size() == 3 ? DoubleMappingPolicy.decide(cells.get(0), cells.get(1), cells.get(2)) : null,
            "alloc-tag string_get_size", TableChecks::stringGetSize,
            "userfaultfd registration-modes",
            cells -> cells.size() == 2 ? RegistrationModes.decide(cells.get(0), cells.get(1)) : null);

    private TableChecks() {
    }

    /** Size, block size and units (STRING_UNITS_2 or STRING_UNITS_10) as string_get_size() prints them. */
    private static String stringGetSize(List<String> cells) {
        if (cells.size() != 3 || !isCount(cells.get(0)) || !isCount(cells.get(1))) {
            return null;
        }
        int units = switch (cells.get(2).strip()) {
            case "STRING_UNITS_2" -> StringGetSize.UNITS_2;
            case "STRING_UNITS_10" -> StringGetSize.UNITS_10;
            default -> -1;
        };
        return units < 0 ? null : StringGetSize.format(Long.parseUnsignedLong(cells.get(0).strip()),
                Long.parseUnsignedLong(cells.get(1).strip()), units);
    }

    private static boolean isCount(String cell) {
        return cell.strip().matches("\\d{1,19}");
    }

    /** One result per row; an unknown table or an unreadable row is an error at its line. */
    static List<SpecResult> run(SpecTable table) {
        Function<List<String>, String> check = CHECKS.get(table.model() + " " + table.name());
        List<SpecResult> results = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            SpecTable.Row row = table.rows().get(i);
            SpecExample example = new SpecExample(table.file(), row.line(), row.line(), table.model(),
                    table.name() + "[" + (i + 1) + "]", List.of(), List.of(), 1, 1, "random",
                    Expectation.Verdict.OUTPUT, null, 0, 0, String.join(" | ", row.cells()), List.of());
            if (check == null) {
                results.add(new SpecResult(example, SpecResult.Status.ERROR, 0, 0, Map.of(),
                        "no spec-table check named \"" + table.name() + "\" for the " + table.model() + " model"));
                continue;
            }
            List<String> inputs = row.cells().subList(0, row.cells().size() - 1);
            String expected = row.cells().get(row.cells().size() - 1);
            String actual = check.apply(inputs);
            if (actual == null) {
                results.add(new SpecResult(example, SpecResult.Status.ERROR, 0, 0, Map.of(),
                        "cannot read the row " + inputs + " under the header " + table.headers()));
            } else if (!actual.equals(expected)) {
                results.add(new SpecResult(example, SpecResult.Status.FAIL, 1, 1, Map.of(),
                        "the table says " + expected + ", the model gives " + actual + " for " + inputs));
            } else {
                results.add(new SpecResult(example, SpecResult.Status.PASS, 1, 0, Map.of(), ""));
            }
        }
        return results;
    }
}
