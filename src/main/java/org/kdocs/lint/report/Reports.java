package org.kdocs.lint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.kdocs.lint.Finding;
import org.kdocs.lint.Rule;
import org.kdocs.tree.Severity;

/** Renders findings as text lines, JSON, or a SARIF 2.1.0 log. */
public final class Reports {
    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Reports() {
    }

    /** One {@code file:line:col: severity: message [rule]} line per finding. */
    public static String text(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(f.format()).append('\n');
        }
        return out.toString();
    }

    /** {@code {"findings": [...], "errors": n, "warnings": n}}. */
    public static String json(List<Finding> findings) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("column", f.col());
            m.put("severity", f.severity().label());
            m.put("rule", f.ruleId());
            m.put("message", f.message());
            list.add(m);
        }
        root.put("findings", list);
        root.put("errors", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        root.put("warnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        return write(root);
    }

    /** A SARIF 2.1.0 log with one run: the tool's rule descriptors and one result per finding. */
    public static String sarif(List<Finding> findings, List<Rule> rules) {
        List<Map<String, Object>> descriptors = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : rules) {
            index.put(r.id(), descriptors.size());
            descriptors.add(map("id", r.id(), "shortDescription", map("text", r.summary()),
                    "defaultConfiguration", map("enabled", !r.optIn(),
                            "level", r.defaultSeverity().label())));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> result = map("ruleId", f.ruleId(),
                    "level", f.severity().label(),
                    "message", map("text", f.message()),
                    "locations", List.of(map("physicalLocation", map(
                            "artifactLocation", map("uri", f.file().replace('\\', '/')),
                            "region", map("startLine", Math.max(1, f.line()), "startColumn", Math.max(1, f.col()))))));
            Integer i = index.get(f.ruleId());
            if (i != null) {
                result.put("ruleIndex", i);
            }
            results.add(result);
        }
        Map<String, Object> driver = map("name", "kdocs-lint", "semanticVersion", "0.1.0",
                "rules", descriptors);
        // columns count code points, as in the text output (SARIF's default would be UTF-16 units)
        Map<String, Object> run = map("tool", map("driver", driver), "columnKind", "unicodeCodePoints",
                "results", results);
        return write(map("$schema", SARIF_SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    /** Jackson's mapper, made at the first JSON or SARIF report: the text report needs none (a cold run's 0.1 s). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise findings", e);
        }
    }
}
