package org.kdocs.lint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a text, for rule tests. */
final class LintTesting {
    private LintTesting() {
    }

    static List<Finding> run(Rule rule, String text) {
        return run(rule, text, null, LintConfig.defaults());
    }

    static List<Finding> run(Rule rule, String text, String original, LintConfig config) {
        LintContext context = new LintContext(LintedDocument.of("t.rst", text),
                original == null ? null : LintedDocument.of("o.rst", original), null, Terminology.EMPTY, config);
        return run(rule, context);
    }

    static List<Finding> run(Rule rule, LintContext context) {
        List<Finding> out = new ArrayList<>();
        rule.check(context, (line, col, message) -> out.add(
                new Finding(context.doc().name(), line, col, rule.defaultSeverity(), rule.id(), message)));
        return out;
    }

    /** Writes a UTF-8 file at {@code path} below {@code root}, creating its directories. */
    static Path write(Path root, String path, String text) throws java.io.IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).toList();
    }
}
