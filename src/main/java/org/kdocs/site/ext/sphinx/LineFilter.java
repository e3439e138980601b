package org.kdocs.site.ext.sphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DirectiveError;

/**
 * The line selection options of literalinclude (sphinx LiteralIncludeReader):
 * lines, start-after / start-at, end-before / end-at, prepend, append, and
 * where the kept lines start in the file, for lineno-match.
 */
final class LineFilter {
    private LineFilter() {
    }

    /** The lines kept, and the number the first of them has in the file (for :lineno-match:). */
    record Selection(List<String> lines, int firstLine) {
    }

    static Selection apply(List<String> lines, Map<String, Object> options) throws DirectiveError {
        // Sphinx's filter order: start and end markers first, then lines counts within what is left
        List<String> result = lines;
        int[] first = {1};
        result = start(result, (String) options.get("start-after"), false, first);
        result = start(result, (String) options.get("start-at"), true, first);
        result = end(result, (String) options.get("end-before"), false);
        result = end(result, (String) options.get("end-at"), true);
        if (options.get("lines") instanceof String spec) {
            result = selectLines(result, spec, options.containsKey("lineno-match"), first);
        }
        result = new ArrayList<>(result);
        if (options.get("prepend") instanceof String prepend) {
            result.add(0, prepend);
        }
        if (options.get("append") instanceof String append) {
            result.add(append);
        }
        return new Selection(result, first[0]);
    }

    // "1,3,5-7,9-": one-based line numbers and ranges
    private static List<String> selectLines(List<String> lines, String spec, boolean linenoMatch, int[] first)
            throws DirectiveError {
        List<Integer> numbers = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String item = part.strip();
            try {
                if (item.contains("-")) {
                    String[] bounds = item.split("-", -1);
                    int from = bounds[0].isBlank() ? 1 : Integer.parseInt(bounds[0].strip());
                    int to = bounds[1].isBlank() ? lines.size() : Integer.parseInt(bounds[1].strip());
                    // a line 0 is skipped, as a single 0 is (Sphinx reads it as index -1, the last line)
                    for (int n = Math.max(from, 1); n <= Math.min(to, lines.size()); n++) {
                        out.add(lines.get(n - 1));
                        numbers.add(n);
                    }
                } else if (!item.isEmpty()) {
                    int n = Integer.parseInt(item);
                    if (n >= 1 && n <= lines.size()) {
                        out.add(lines.get(n - 1));
                        numbers.add(n);
                    }
                }
            } catch (NumberFormatException e) {
                throw DirectiveError.warning("invalid line number spec: '" + spec + "'");
            }
        }
        if (out.isEmpty()) {
            throw DirectiveError.warning("Line spec '" + spec + "': no lines pulled from include file");
        }
        if (linenoMatch) {
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != numbers.get(0) + i) {
                    throw DirectiveError.warning("Cannot use \"lineno-match\" with a disjoint set of \"lines\"");
                }
            }
            first[0] += numbers.get(0) - 1;
        }
        return out;
    }

    private static List<String> start(List<String> lines, String marker, boolean inclusive, int[] first) {
        if (marker == null) {
            return lines;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                first[0] += inclusive ? i : i + 1;
                return lines.subList(inclusive ? i : i + 1, lines.size());
            }
        }
        return lines;
    }

    private static List<String> end(List<String> lines, String marker, boolean inclusive) {
        if (marker == null) {
            return lines;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return lines.subList(0, inclusive ? i + 1 : i);
            }
        }
        return lines;
    }
}
