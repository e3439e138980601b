package org.kdocs.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.kdocs.lint.history.GitHistory;
import org.kdocs.tree.Severity;

/**
 * Runs the enabled rules over documents: finds each translation's original
 * and glossary, applies the configured severities and sorts the findings.
 */
public final class Linter implements AutoCloseable {
    private final List<Rule> rules;
    private final LintConfig config;
    private final Map<Path, Terminology> glossaries = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, Optional<GitHistory>> histories = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Finding> pendingGlossaryProblems = java.util.Collections.synchronizedList(new ArrayList<>());

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

    /**
     * Lints files from disk on all processors; the findings come in the
     * order of the files, as a run one file after another gives them.
     */
    public List<Finding> lintFiles(List<Path> files) {
        List<List<Finding>> results = new ArrayList<>(java.util.Collections.nCopies(files.size(), List.of()));
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < files.size(); k = next.getAndIncrement()) {
                results.set(k, lintFile(files.get(k), false));
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(worker, "lint-" + t);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while linting", e);
            }
        }
        List<Finding> findings = new ArrayList<>(drainGlossaryProblems());
        results.forEach(findings::addAll);
        return findings;
    }

    private List<Finding> drainGlossaryProblems() {
        synchronized (pendingGlossaryProblems) {
            List<Finding> problems = new ArrayList<>(pendingGlossaryProblems);
            pendingGlossaryProblems.clear();
            problems.sort(Finding.ORDER);
            return problems;
        }
    }

    /** Lints one file from disk; an unreadable file becomes a finding. */
    public List<Finding> lintFile(Path file) {
        return lintFile(file, true);
    }

    private List<Finding> lintFile(Path file, boolean withGlossaryProblems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Finding(file.toString(), 1, 1, Severity.ERROR, "io", "cannot read file: " + e.getMessage()));
        }
        return lint(context(LintedDocument.of(file.toString(), text), file), withGlossaryProblems);
    }

    /** Lints a document; {@code path} (may be null) locates its original and glossary. */
    public List<Finding> lint(LintedDocument doc, Path path) {
        return lint(context(doc, path));
    }

    public LintContext context(LintedDocument doc, Path path) {
        return context(doc, path, Overlay.DISK);
    }

    /** The context of a document seen through {@code files} (a patch laid over the tree). */
    public LintContext context(LintedDocument doc, Path path, Overlay files) {
        Pairing pairing = path == null ? null : Pairing.of(path).orElse(null);
        LintedDocument original = null;
        Terminology glossary = null;
        if (pairing != null) {
            original = readOriginal(doc, path, pairing, files).orElse(null);
            Path file = pairing.glossary();
            glossary = glossaries.computeIfAbsent(file, f -> {
                Terminology read = readGlossary(f);
                for (Terminology.Problem p : read.problems()) {
                    pendingGlossaryProblems.add(new Finding(f.toString(), p.line(), 1, Severity.WARNING, "glossary",
                            "glossary entry ignored: " + p.message()));
                }
                return read;
            });
        }
        Path root = pairing == null ? null : pairing.root();
        return new LintContext(doc, original, pairing, glossary, config,
                () -> root == null ? Optional.empty() : histories.computeIfAbsent(root, GitHistory::find), files);
    }

    public List<Finding> lint(LintContext context) {
        return lint(context, true);
    }

    private List<Finding> lint(LintContext context, boolean withGlossaryProblems) {
        // glossary problems are reported once, with the first document
        List<Finding> findings = withGlossaryProblems ? drainGlossaryProblems() : new ArrayList<>();
        java.util.Set<String> disabledHere = disabledByComment(context);
        for (Rule rule : rules) {
            Optional<Severity> set = config.severityOf(rule);
            if (set.isEmpty() || disabledHere.contains(rule.id()) || !rule.formats().contains(context.format())) {
                continue;
            }
            Severity severity = set.get();
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
            if (context.scan().kind(i) != (rst ? MarkupScan.Kind.MARKUP : MarkupScan.Kind.COMMENT)
                    || !lines.get(i).contains("kdocs-lint")) {
                continue; // only a comment disables (not an example inside a literal block)
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

    private static Optional<LintedDocument> readOriginal(LintedDocument doc, Path path, Pairing pairing, Overlay files) {
        Path candidate = pairing.original();
        if (!files.isFile(candidate)) {
            MarkupScan scan = MarkupScan.of(doc, List.of());
            Optional<Path> named = OriginalField.find(scan).flatMap(f -> f.resolve(path, pairing));
            if (named.isEmpty() || !files.isFile(named.get())) {
                return Optional.empty();
            }
            candidate = named.get();
        }
        Optional<String> patched = files.patched(candidate);
        if (patched.isPresent()) {
            return Optional.of(LintedDocument.of(candidate.toString(), patched.get()));
        }
        try {
            return Optional.of(LintedDocument.of(candidate.toString(), Files.readString(candidate, StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Terminology readGlossary(Path file) {
        if (!Files.isRegularFile(file)) {
            return Terminology.EMPTY;
        }
        try {
            return Terminology.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            return new Terminology(List.of(), List.of(new Terminology.Problem(1, "cannot read glossary: " + e.getMessage())));
        }
    }
}
