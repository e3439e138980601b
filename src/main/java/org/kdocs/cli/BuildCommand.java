package org.kdocs.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kdocs.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs build}: builds the HTML site, as {@code make htmldocs} runs
 * sphinx-build. Warnings go to standard error as Sphinx prints them; the
 * exit code is 0 on success, 1 when {@code -W} saw warnings, 2 when the
 * build failed (the previous site is then left as it was).
 */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {"Build the HTML site from reStructuredText source directories.",
                "Warnings go to standard error as 'path:line: WARNING: message'."})
final class BuildCommand implements Callable<Integer> {
    private static final List<String> DEFAULT_SOURCES = List.of("docs", "docs-zh_CN");

    @Parameters(paramLabel = "SOURCE_DIR", arity = "0..*",
            description = "Source directories (default: docs and docs-zh_CN). A directory named BASE-LANG is "
                    + "the LANG translation of BASE.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "-W", description = "Turn warnings into errors: exit with status 1 when there are any.")
    boolean warningsAreErrors;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> dirs = sources;
        if (dirs.isEmpty()) {
            dirs = defaultSources();
            if (dirs.isEmpty()) {
                err.println("kdocs build: no source directory given and neither docs nor docs-zh_CN exists");
                return 2;
            }
        }
        if (options.jobs != null && options.jobs < 1) {
            err.println("kdocs build: -j needs a positive number");
            return 2;
        }
        ProgressDisplay display = ProgressDisplay.forConsole(out, err);
        SiteBuilder.Result result = options.builder(dirs, display).build().run();
        if (result.failed()) {
            err.println("kdocs build: build failed; " + options.output + " was left unchanged");
            return 2;
        }
        if (!options.quiet) {
            out.println("The HTML pages are in " + options.output + ".");
        }
        // as in Sphinx, the messages of kernel-doc itself are shown but do not fail -W
        return warningsAreErrors && result.warnings().stream().anyMatch(w -> !w.passedOn()) ? 1 : 0;
    }

    static List<Path> defaultSources() {
        return DEFAULT_SOURCES.stream().map(Path::of).filter(Files::isDirectory).toList();
    }
}
