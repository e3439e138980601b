package org.kdocs.transforms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kdocs.tree.Document;

/**
 * Measures the transforms against docutils on every parser test input
 * (target/transform-corpus.jsonl from scripts/transform-corpus.py): reads the
 * parse-only tree back, transforms it, and counts exact matches of the
 * output and of the transform warnings. With -v it prints the first
 * differing line of each failure.
 */
public final class TransformCorpusReport {
    private TransformCorpusReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        boolean smartQuotes = List.of(args).contains("--smart-quotes");
        Path corpus = Path.of(smartQuotes ? "target/transform-corpus-smartquotes.jsonl"
                : "target/transform-corpus.jsonl");
        TransformSettings settings = smartQuotes ? TransformSettings.builder().smartQuotes("yes").build()
                : TransformSettings.defaults();
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            total++;
            String id = row.get("id").asText();
            StringBuilder warnings = new StringBuilder();
            String actual;
            try {
                Document document = PseudoXmlReader.read(row.get("parsed").asText(), warnings::append);
                Transformer.standard(settings).apply(document);
                actual = document.pformat();
            } catch (RuntimeException e) {
                failures.add(id + "  exception " + e);
                continue;
            }
            String expected = row.get("expected").asText();
            if (actual.equals(expected) && warnings.toString().equals(row.get("stderr").asText())) {
                passed++;
            } else {
                failures.add(id + "  " + firstDifference(expected, actual, row.get("stderr").asText(),
                        warnings.toString()));
            }
        }
        if (verbose) {
            failures.forEach(System.out::println);
        }
        System.out.printf("transforms%s: %d of %d docutils inputs match rst2pseudoxml exactly (%.1f%%)%n",
                smartQuotes ? " (smart quotes on)" : "", passed,
                total, 100.0 * passed / Math.max(1, total));
    }

    private static String firstDifference(String expected, String actual, String expectedErr, String actualErr) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                return "line " + (i + 1) + ": expected [" + e[i].strip() + "] got [" + a[i].strip() + "]";
            }
        }
        if (e.length != a.length) {
            return "length " + e.length + " vs " + a.length;
        }
        return "stderr: expected [" + expectedErr.strip() + "] got [" + actualErr.strip() + "]";
    }
}
