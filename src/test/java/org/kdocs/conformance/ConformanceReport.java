package org.kdocs.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.kdocs.testing.TestResources;

/**
 * Measures the conformance corpus and, with {@code --write}, rewrites
 * known-failures.txt from the cases that fail now, each with its first
 * difference as the reason. Run through {@code scripts/conformance-report}.
 */
public final class ConformanceReport {
    private ConformanceReport() {
    }

    public static void main(String[] args) throws Exception {
        List<DocutilsCorpus.Case> cases = DocutilsConformanceTest.cases();
        var existing = DocutilsConformanceTest.knownFailures();
        TreeMap<String, Integer> failuresByGroup = new TreeMap<>();
        StringBuilder list = new StringBuilder();
        int passed = 0;
        for (DocutilsCorpus.Case c : cases) {
            String actual = DocutilsConformanceTest.parse(c.input());
            if (actual.equals(c.expected())) {
                passed++;
                continue;
            }
            failuresByGroup.merge(c.id().replaceAll("/.*", ""), 1, Integer::sum);
            String reason = existing.getOrDefault(c.id(), firstDifference(c.expected(), actual));
            // a kept reason is the one a person wrote; a new failure gets its first difference
            list.append(c.id()).append('\t').append(reason).append('\n');
        }
        failuresByGroup.forEach((group, n) -> System.out.println("  " + group + ": " + n + " failing"));
        System.out.printf("passed %d of %d (%.1f%%)%n", passed, cases.size(), 100.0 * passed / cases.size());
        if (args.length > 0 && args[0].equals("--write")) {
            Path file = TestResources.path("conformance/known-failures.txt");
            String header = "# docutils conformance cases that kdocs does not yet reproduce.\n"
                    + "# One per line: case id, a TAB, the reason. This list may only shrink:\n"
                    + "# DocutilsConformanceTest fails when a listed case starts passing.\n";
            Files.writeString(file, header + list, StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "output differs at line " + (i + 1) + ": expected '" + el.strip() + "', got '" + al.strip() + "'";
            }
        }
        return "output differs";
    }
}
