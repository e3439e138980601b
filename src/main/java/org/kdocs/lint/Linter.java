package org.kdocs.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.kdocs.lint.history.GitHistory;

/**
 * Runs the enabled rules over documents: finds each translation's original
 * and glossary, applies the configured severities and sorts the findings.
 */
public final class Linter implements AutoCloseable {
    private final List<Rule> rules;
    private final LintConfig config;
    private final Map<Path, Glossary> glossaries = new HashMap<>();
    private final Map<Path, Optional<GitHistory>> histories = new HashMap<>();
    private final List<Finding> pendingGlossaryProblems = new ArrayList<>();

    public Linter(List<Rule> rules, LintConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    public LintConfig config() {
        return config;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The .rst, .adoc and .md files under the given files and directories, in a stable order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> SourceFormat.isDocument(f.toString()) && Files.isRegularFile(f)).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Lints one file from disk; an unreadable file becomes a finding. */
    public List<Finding> lintFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Finding(file.toString(), 1, 1, Severity.ERROR, "io", "cannot read file: " + e.getMessage()));
        }
        return lint(SourceDoc.of(file.toString(), text), file);
    }

    /** Lints a document; {@code path} (may be null) locates its original and glossary. */
    public List<Finding> lint(SourceDoc doc, Path path) {
        return lint(context(doc, path));
    }

    public LintContext context(SourceDoc doc, Path path) {
        Pairing pairing = path == null ? null : Pairing.of(path).orElse(null);
        SourceDoc original = null;
        Glossary glossary = null;
        if (pairing != null) {
            original = readOriginal(doc, path, pairing).orElse(null);
            Path file = pairing.glossary();
            glossary = glossaries.computeIfAbsent(file, f -> {
                Glossary read = readGlossary(f);
                for (Glossary.Problem p : read.problems()) {
                    pendingGlossaryProblems.add(new Finding(f.toString(), p.line(), 1, Severity.WARNING, "glossary",
                            "glossary entry ignored: " + p.message()));
                }
                return read;
            });
        }
        Path root = pairing == null ? null : pairing.root();
        return new LintContext(doc, original, pairing, glossary, config,
                () -> root == null ? Optional.empty() : histories.computeIfAbsent(root, GitHistory::find));
    }

    public List<Finding> lint(LintContext context) {
        List<Finding> findings = new ArrayList<>(pendingGlossaryProblems); // reported once, with the first document
        pendingGlossaryProblems.clear();
        java.util.Set<String> disabledHere = disabledByComment(context);
        for (Rule rule : rules) {
            Severity severity = config.severityOf(rule);
            if (severity == Severity.OFF || disabledHere.contains(rule.id())
                    || !rule.formats().contains(context.format())) {
                continue;
            }
            try {
                rule.check(context, (line, col, message) -> findings.add(
                        new Finding(context.doc().name(), line, col, severity, rule.id(), message)));
            } catch (RuntimeException e) {
                // a rule bug must not hide the other rules' findings
                findings.add(new Finding(context.doc().name(), 1, 1, Severity.ERROR, rule.id(),
                        "internal error in rule: " + e));
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    @Override
    public void close() {
        histories.values().forEach(h -> h.ifPresent(GitHistory::close));
        histories.clear();
    }

    private static final java.util.regex.Pattern DISABLE = java.util.regex.Pattern.compile(
            "\\.\\. +kdocs-lint: *disable *= *([\\w, -]+)");
    // the same comment in AsciiDoc (// kdocs-lint: ...) and Markdown (<!-- kdocs-lint: ... -->)
    private static final java.util.regex.Pattern FOREIGN_DISABLE = java.util.regex.Pattern.compile(
            "(?://|<!--) *kdocs-lint: *disable *= *([\\w, -]+?) *(?:-->)?");

    /**
     * Rules a document switches off for itself with a {@code .. kdocs-lint: disable=a, b} comment
     * ({@code // kdocs-lint: ...} in AsciiDoc, {@code <!-- kdocs-lint: ... -->} in Markdown).
     */
    static java.util.Set<String> disabledByComment(LintContext context) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> lines = context.doc().lines();
        boolean rst = context.format() == SourceFormat.RST;
        for (int i = 0; i < lines.size(); i++) {
            if (context.scan().kind(i) != (rst ? MarkupScan.Kind.MARKUP : MarkupScan.Kind.COMMENT)) {
                continue; // an example inside a literal block disables nothing
            }
            java.util.regex.Matcher m = (rst ? DISABLE : FOREIGN_DISABLE).matcher(lines.get(i).strip());
            if (m.matches()) {
                for (String id : m.group(1).split(",")) {
                    ids.add(id.strip());
                }
            }
        }
        return ids;
    }

    private static Optional<SourceDoc> readOriginal(SourceDoc doc, Path path, Pairing pairing) {
        Path candidate = pairing.original();
        if (!Files.isRegularFile(candidate)) {
            MarkupScan scan = MarkupScan.of(doc, List.of());
            Optional<Path> named = OriginalField.find(scan).flatMap(f -> f.resolve(path, pairing));
            if (named.isEmpty() || !Files.isRegularFile(named.get())) {
                return Optional.empty();
            }
            candidate = named.get();
        }
        try {
            return Optional.of(SourceDoc.of(candidate.toString(), Files.readString(candidate, StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Glossary readGlossary(Path file) {
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        try {
            return Glossary.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return new Glossary(List.of(), List.of(new Glossary.Problem(1, "cannot read glossary: " + e.getMessage())));
        }
    }
}
