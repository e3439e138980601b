package org.kdocs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.kdocs.site.BuildMemory;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.serve.LiveSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs serve}: a live preview, as sphinx-autobuild gives one. Builds the site, serves it on
 * 127.0.0.1 only, rebuilds when a source changes and reloads the open pages; a failed build shows
 * its warnings in the page instead. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Build the site, serve it on 127.0.0.1, and rebuild and reload pages when sources change.",
                "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SOURCE_DIR", arity = "0..*",
            description = "Source directories (default: docs and docs-zh_CN), as for build.")
    List<Path> sources = new ArrayList<>();

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "Port on 127.0.0.1 (default: 8000; 0 picks a free one).")
    int port = 8000;

    @Option(names = "--no-open", description = "Do not open the site in a web browser.")
    boolean noOpen;

    @Option(names = "-W", description = "Treat warnings as errors: a build with warnings shows them in the open "
            + "pages instead of reloading them.")
    boolean warningsAreErrors;

    @Mixin
    SiteOptions options = new SiteOptions();

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> dirs = sources.isEmpty() ? BuildCommand.defaultSources() : sources;
        if (dirs.isEmpty()) {
            err.println("kdocs serve: no source directory given and neither docs nor docs-zh_CN exists");
            return 2;
        }
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                err.println("kdocs serve: " + dir + ": source directory not found");
                return 2;
            }
        }
        if (port < 0 || port > 65535 || options.jobs != null && options.jobs < 1) {
            err.println("kdocs serve: -p needs a port from 0 to 65535 and -j a positive number");
            return 2;
        }
        ProgressDisplay display = ProgressDisplay.forConsole(out, err);
        // each rebuild follows an edit: what the earlier builds read of the unchanged files is remembered
        BuildMemory memory = BuildMemory.create();
        SiteBuilder.Builder builder = options.builder(dirs, display).memory(memory);
        LiveSite site;
        try {
            site = LiveSite.start(dirs, options.output, port, () -> strict(builder.build().run(), warningsAreErrors));
        } catch (IOException e) {
            err.println("kdocs serve: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            site.close();
            memory.finishPending(); // the manifest of the last build, for the next kdocs build
            stopped.countDown();
        }, "kdocs-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Serving " + site.url());
        if (!noOpen) {
            open(site.url());
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            site.close();
            memory.finishPending();
        }
        return 0;
    }

    /** With -W, as sphinx-autobuild passes it to sphinx-build: a build with warnings counts as failed. */
    static SiteBuilder.Result strict(SiteBuilder.Result result, boolean warningsAreErrors) {
        if (!warningsAreErrors || result.failed() || result.warnings().stream().allMatch(w -> w.passedOn())) {
            return result;
        }
        return new SiteBuilder.Result(result.pages(), result.warnings(), true, result.reparsed(), result.rewritten(),
                result.resolved(), result.loaded());
    }

    // best effort: without a desktop (a server, a container) the URL printed above is enough
    private static void open(String url) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(URI.create(url));
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // no browser to open
        }
    }
}
