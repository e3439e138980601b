package org.kdocs.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.SourceAsText;
import org.kdocs.site.Trust;
import picocli.CommandLine.Command;
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

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output directory (default: build/html).")
    Path output = Path.of("build/html");

    @Option(names = "-W", description = "Turn warnings into errors: exit with status 1 when there are any.")
    boolean warningsAreErrors;

    @Option(names = {"-q", "--quiet"}, description = "No progress output; only warnings.")
    boolean quiet;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel jobs (default: the number of cores).")
    Integer jobs;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Define a tag for 'only' directives (html is always set).")
    List<String> tags = new ArrayList<>();

    @Option(names = "-D", paramLabel = "NAME=VALUE",
            description = "Set a config value for 'ifconfig' directives (version, release or any name).")
    java.util.Map<String, String> defines = new java.util.LinkedHashMap<>();

    @Option(names = "--untrusted", description = "The sources come from someone you do not trust: no raw "
            + "markup, no file insertion, no external programs, no spec example runs.")
    boolean untrusted;

    @Option(names = {"-E", "--fresh"}, description = "Ignore the build cache in OUT/.kdocs-cache: read every "
            + "source and write every page again.")
    boolean fresh;

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
        if (jobs != null && jobs < 1) {
            err.println("kdocs build: -j needs a positive number");
            return 2;
        }
        ProgressDisplay display = ProgressDisplay.forConsole(out, err);
        SiteBuilder.Builder builder = site(dirs, output, tags, defines, jobs, untrusted, display, quiet);
        builder.fresh(fresh);
        SiteBuilder.Result result = builder.build().run();
        if (result.failed()) {
            err.println("kdocs build: build failed; " + output + " was left unchanged");
            return 2;
        }
        if (!quiet) {
            out.println("The HTML pages are in " + output + ".");
        }
        return warningsAreErrors && !result.warnings().isEmpty() ? 1 : 0;
    }

    static List<Path> defaultSources() {
        return DEFAULT_SOURCES.stream().map(Path::of).filter(Files::isDirectory).toList();
    }

    /** The site build both build and serve run: readers, tags, jobs, trust, and where messages go. */
    static SiteBuilder.Builder site(List<Path> dirs, Path output, List<String> tags, java.util.Map<String, String> defines,
                                    Integer jobs, boolean untrusted,
                                    ProgressDisplay display, boolean quiet) {
        Set<String> allTags = new LinkedHashSet<>(tags);
        allTags.add("html");
        SiteBuilder.Builder builder = SiteBuilder.builder().output(output).tags(allTags)
                .trust(untrusted ? Trust.UNTRUSTED : Trust.FULL)
                .warnings(display::warning)
                .reader(".adoc", untrusted ? new SourceAsText("AsciiDoc") : new AsciidocReader())
                .reader(".md", new MarkdownReader(!untrusted));
        dirs.forEach(builder::source);
        defines.forEach(builder::define);
        if (jobs != null) {
            builder.jobs(jobs);
        }
        if (!quiet) {
            builder.progress(display::line).progressEvents(display::progress);
        }
        return builder;
    }
}
