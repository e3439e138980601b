package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kdocs.lint.FileFix;
import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.Rule;
import org.kdocs.lint.patch.PatchReview;
import org.kdocs.lint.report.Reports;
import org.kdocs.lint.rules.Rules;
import org.kdocs.tree.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs lint}: checks reStructuredText files and translations (title
 * widths, typography, terminology, parity with the original), on a tree or
 * on a patch e-mail. Exit status 1 when an error is found, 2 on bad usage or
 * a patch that cannot be read.
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Lint documentation files (reStructuredText, AsciiDoc, Markdown) and zh_CN (or any CJK) translations.",
                "Findings print as file:line:col: error|warning: message [rule-id]. Rules: docs/lint.rst."})
final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (all .rst, .adoc and .md files below).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--fix", description = "Rewrite title adornments to the exact width; nothing else changes.")
    boolean fix;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or sarif.")
    String format;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: .kdocs-lint in the current directory or above the first PATH).")
    Path configFile;

    @Option(names = "--enable", paramLabel = "RULE", description = "Enable a rule at its default severity.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Disable a rule.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Set a rule's severity: error, warning or off.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--ambiguous-wide", description = "Count East Asian Ambiguous characters (“ ” — …) as two columns.")
    boolean ambiguousWide;

    @Option(names = "--list-rules", description = "List the rules with their default severity and exit.")
    boolean listRules;

    @Option(names = "--patch", paramLabel = "FILE",
            description = "Review a patch: git format-patch output, an mbox, or a patch quoted with '>'.")
    Path patch;

    @Option(names = "--tree", paramLabel = "DIR", description = "With --patch: the tree the patch applies to.")
    Path tree;

    @Option(names = "--reply", paramLabel = "FILE",
            description = "With --patch: write a mailing-list reply quoting each offending line ('-' = stdout).")
    String reply;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (listRules) {
            for (Rule r : Rules.all()) {
                out.println(r.id() + " (" + (r.optIn() ? "off" : r.defaultSeverity().label()) + "): " + r.summary());
            }
            return 0;
        }
        if (!List.of("text", "json", "sarif").contains(format)) {
            System.err.println("kdocs lint: unknown format '" + format + "' (text, json or sarif)");
            return 2;
        }
        Optional<LintConfig> config = buildConfig();
        if (config.isEmpty()) {
            return 2;
        }
        List<Finding> findings = new ArrayList<>();
        try (Linter linter = new Linter(Rules.all(), config.get())) {
            if (patch != null) {
                PatchReview.Result review = PatchReview.review(patch, tree, linter);
                if (!review.readable()) {
                    // a patch that cannot be read is bad input, not a review with findings
                    System.err.print(Reports.text(review.unreadable()));
                    return 2;
                }
                findings.addAll(review.findings());
                if (reply != null) {
                    String text = review.reply();
                    if (reply.equals("-")) {
                        out.print(text);
                    } else {
                        Files.writeString(Path.of(reply), text, StandardCharsets.UTF_8);
                    }
                }
            } else {
                if (paths.isEmpty()) {
                    System.err.println("kdocs lint: give files or directories, or --patch FILE");
                    return 2;
                }
                List<Path> files = Linter.expand(paths);
                for (Path file : files) {
                    if (fix && FileFix.fix(file, config.get())) {
                        System.err.println("kdocs lint: fixed " + file);
                    }
                }
                findings.addAll(linter.lintFiles(files));
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("kdocs lint: " + e.getMessage());
            return 2;
        }
        switch (format) {
            case "json" -> out.print(Reports.json(findings));
            case "sarif" -> out.print(Reports.sarif(findings, Rules.all()));
            default -> {
                if (reply == null || !reply.equals("-")) {
                    out.print(Reports.text(findings));
                }
            }
        }
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
    }

    private Optional<LintConfig> buildConfig() {
        LintConfig config = LintConfig.defaults();
        Path file = configFile != null ? configFile : discoverConfig();
        if (file != null) {
            try {
                LintConfig.Parsed parsed = LintConfig.parse(Files.readString(file, StandardCharsets.UTF_8), config,
                        Rules.ids());
                for (String problem : parsed.problems()) {
                    System.err.println("kdocs lint: " + file + ": " + problem);
                }
                if (!parsed.problems().isEmpty()) {
                    return Optional.empty();
                }
                config = parsed.config();
            } catch (IOException | UncheckedIOException e) {
                System.err.println("kdocs lint: cannot read " + file + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        for (String id : enable) {
            Optional<Rule> rule = known(id);
            if (rule.isEmpty()) {
                return Optional.empty();
            }
            config = config.withSeverity(id, rule.get().defaultSeverity());
        }
        for (String id : disable) {
            if (known(id).isEmpty()) {
                return Optional.empty();
            }
            config = config.withRuleOff(id);
        }
        for (String setting : severity) {
            int eq = setting.indexOf('=');
            Optional<LintConfig> set = eq < 0 ? Optional.empty() : config.withSetting(setting.substring(0, eq),
                    setting.substring(eq + 1));
            if (set.isEmpty()) {
                System.err.println("kdocs lint: --severity wants RULE=error|warning|off, not '" + setting + "'");
                return Optional.empty();
            }
            if (known(setting.substring(0, eq)).isEmpty()) {
                return Optional.empty();
            }
            config = set.get();
        }
        if (ambiguousWide) {
            config = config.withAmbiguousWide(true);
        }
        return Optional.of(config);
    }

    private static Optional<Rule> known(String id) {
        Optional<Rule> rule = Rules.byId(id);
        if (rule.isEmpty()) {
            System.err.println("kdocs lint: unknown rule '" + id + "' (see --list-rules)");
        }
        return rule;
    }

    private Path discoverConfig() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        if (!paths.isEmpty()) {
            starts.add(paths.get(0).toAbsolutePath());
        } else if (patch != null && tree != null) {
            starts.add(tree.toAbsolutePath());
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(".kdocs-lint");
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
