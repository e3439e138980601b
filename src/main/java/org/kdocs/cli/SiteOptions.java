package org.kdocs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.SourceAsText;
import org.kdocs.site.Trust;
import picocli.CommandLine.Option;

/** The options that {@code build} and {@code serve} share, and the site build they configure. */
final class SiteOptions {
    static final Path DEFAULT_OUTPUT = Path.of("build/html");
    // the build cache's directory under OUT: without it, a build reads every source
    private static final String BUILD_CACHE = ".kdocs-cache";

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output directory (default: build/html).")
    Path output = DEFAULT_OUTPUT;

    @Option(names = {"-q", "--quiet"}, description = "No progress output; only warnings.")
    boolean quiet;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel jobs (default: the number of cores).")
    Integer jobs;

    @Option(names = {"-t", "--tag"}, paramLabel = "TAG", description = "Define a tag for 'only' directives (html is always set).")
    List<String> tags = new ArrayList<>();

    @Option(names = "-D", paramLabel = "NAME=VALUE",
            description = "Set a config value for 'ifconfig' directives (version, release or any name).")
    Map<String, String> defines = new LinkedHashMap<>();

    @Option(names = "--untrusted", description = "The sources come from someone you do not trust: no raw "
            + "markup, no file insertion, no external programs, no spec example runs.")
    boolean untrusted;

    @Option(names = {"-E", "--fresh"}, description = "Ignore the build cache in OUT/.kdocs-cache: read every "
            + "source and write every page again.")
    boolean fresh;

    /** The site build: readers (as far as trust allows), tags, config values, jobs, and where messages go. */
    SiteBuilder.Builder builder(List<Path> dirs, ProgressDisplay display) {
        Set<String> allTags = new LinkedHashSet<>(tags);
        allTags.add("html");
        SiteBuilder.Builder builder = SiteBuilder.builder().output(output).tags(allTags).fresh(fresh)
                .trust(untrusted ? Trust.UNTRUSTED : Trust.FULL)
                .warnings(display::warning)
                .reader(".adoc", untrusted ? new SourceAsText("AsciiDoc") : asciidocReader(dirs))
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

    // a build that reads every source and surely reads AsciiDoc starts Asciidoctor at once, in the background
    private AsciidocReader asciidocReader(List<Path> dirs) {
        AsciidocReader reader = new AsciidocReader();
        if (readsEverything(output, fresh) && AsciidocReader.readsAsciidoc(dirs)) {
            reader.startEarly();
        }
        return reader;
    }

    /** Whether a build into {@code output} reads every source: {@code -E}, or no build cache there yet. */
    static boolean readsEverything(Path output, boolean fresh) {
        return fresh || !Files.isDirectory(output.resolve(BUILD_CACHE));
    }
}
