package org.kdocs.specrun;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.RstParser;
import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.StandardDirectives;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * Finds the spec examples of reStructuredText documents: parses each file
 * with the spec directives registered and reads the example nodes back,
 * keeping file and line so that every error points into the document.
 * Problems (a directive error, an output naming no example, a duplicate
 * name) are collected as messages in docutils' {@code file:line: (LEVEL/n)}
 * form.
 */
public final class SpecExtractor {
    private static final long DEFAULT_TIMEOUT_MS = 10_000;
    private static final long DEFAULT_STEPS = 10_000_000;

    private final RstParser parser;
    private final List<SpecExample> examples = new ArrayList<>();
    private final List<SpecTable> tables = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    public SpecExtractor(RstParser.Builder base) {
        StringBuilder ignored = new StringBuilder();
        this.parser = base.warningStream(ignored::append).build();
    }

    /** A parser with the standard directives plus the spec directives. */
    public static SpecExtractor withStandardDirectives() {
        RstParser.Builder builder = RstParser.builder()
                .settings(RstSettings.defaults().withLevels(Severity.WARNING, null));
        return new SpecExtractor(builder.directives(SpecDirectives.register(StandardDirectives.create())));
    }

    public List<SpecExample> examples() {
        return List.copyOf(examples);
    }

    public List<SpecTable> tables() {
        return List.copyOf(tables);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Reads one file; returns the examples it defines. */
    public List<SpecExample> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return read(text, file.toString());
    }

    public List<SpecExample> read(String text, String fileName) {
        Document document;
        try {
            document = parser.parse(text, fileName);
        } catch (Reporter.Halt halt) {
            problems.add(Reporter.format(halt.message()));
            return List.of();
        }
        for (Element message : document.findAll(NodeType.SYSTEM_MESSAGE)) {
            if (Reporter.severityOf(message).reaches(Severity.ERROR) && insideSpec(message)) {
                problems.add(Reporter.format(message));
            }
        }
        for (Element node : document.findAll(SpecDirectives.SPEC_TABLE)) {
            tables.add(SpecTable.of(node, fileName));
        }
        List<SpecExample> found = new ArrayList<>(examplesOf(document, fileName, problems).values());
        for (SpecExample example : found) {
            for (SpecExample earlier : examples) {
                if (earlier.name().equals(example.name())) {
                    problems.add(example.file() + ":" + example.line() + ": (ERROR/3) Duplicate spec name \""
                            + example.name() + "\" (first defined at " + earlier.file() + ":" + earlier.line() + ").");
                }
            }
        }
        examples.addAll(found);
        return found;
    }

    /**
     * The examples of an already parsed document, each keyed by the node it
     * came from (identity), so a site can show each result beside its example.
     * A spec-output naming no example of the document adds a message to {@code problems}.
     */
    public static Map<Element, SpecExample> examplesOf(Document document, String fileName, List<String> problems) {
        Map<String, List<SpecExample.ExpectedOutput>> outputs = new LinkedHashMap<>();
        for (Element node : document.findAll(SpecDirectives.SPEC_OUTPUT)) {
            outputs.computeIfAbsent(node.getString("name"), k -> new ArrayList<>()).add(new SpecExample.ExpectedOutput(
                    fileName, node.line(), node.getString("source-file"), Boolean.TRUE.equals(node.get("exact")),
                    PyText.splitlines(node.child(0).astext())));
        }
        // Element keeps Object's identity equality, so equal-looking examples stay apart
        Map<Element, SpecExample> found = new LinkedHashMap<>();
        for (Element node : document.findAll(SpecDirectives.SPEC)) {
            found.put(node, example(node, fileName, outputs.getOrDefault(node.getString("name"), List.of())));
        }
        for (Element node : found.keySet()) {
            outputs.remove(node.getString("name"));
        }
        outputs.forEach((name, list) -> list.forEach(o -> problems.add(fileName + ":" + o.line()
                + ": (ERROR/3) spec-output names \"" + name + "\", but no spec example in this file has that name.")));
        return found;
    }

    /** Whether a message is about a spec directive: it quotes a block that starts with ".. spec". */
    private static boolean insideSpec(Element message) {
        return message.findAll(NodeType.LITERAL_BLOCK).stream()
                .anyMatch(block -> block.astext().stripLeading().startsWith(".. spec"));
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
    }

    private static SpecExample example(Element node, String file, List<SpecExample.ExpectedOutput> outputs) {
        String rate = node.getString("rate");
        String runs = node.getString("runs");
        String seed = node.getString("seed");
        String steps = node.getString("steps");
        Object codeLine = node.get("code-line");
        return new SpecExample(file, node.line(), codeLine instanceof Integer n ? n : node.line() + 1,
                node.getString("model"), node.getString("name"), words(node.getString("config")),
                words(node.getString("threads")), runs == null ? 1 : Integer.parseInt(runs),
                seed == null ? 1 : Long.parseLong(seed),
                node.has("schedule") ? node.getString("schedule") : "random",
                Expectation.Verdict.of(node.has("expect") ? node.getString("expect") : "output"),
                rate == null ? null : Expectation.Rate.parse(rate), timeoutMillis(node.getString("timeout")),
                steps == null ? DEFAULT_STEPS : Long.parseLong(steps), node.child(0).astext(), List.copyOf(outputs));
    }

    /** "500ms", "2s" or a plain number of milliseconds. */
    static long timeoutMillis(String text) {
        if (text == null) {
            return DEFAULT_TIMEOUT_MS;
        }
        String t = text.strip();
        if (t.endsWith("ms")) {
            return Long.parseLong(t.substring(0, t.length() - 2).strip());
        }
        if (t.endsWith("s")) {
            return Math.round(Double.parseDouble(t.substring(0, t.length() - 1).strip()) * 1000);
        }
        return Long.parseLong(t);
    }
}
