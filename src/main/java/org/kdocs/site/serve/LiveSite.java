package org.kdocs.site.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;

/**
 * A live preview: builds once, serves the output, and rebuilds whenever the sources change, telling
 * open pages about each build (sphinx-autobuild's loop, with the JDK's server and watcher).
 */
public final class LiveSite implements AutoCloseable {
    /** Quiet time that ends a burst of file events. */
    public static final long DEBOUNCE_MILLIS = 300;
    // the build runs here, as in the command's own thread: deeply nested documents need a deep stack
    private static final long STACK_BYTES = 256L << 20;

    private final Supplier<SiteBuilder.Result> build;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final Thread watching;
    private long generation;

    private LiveSite(Supplier<SiteBuilder.Result> build, PreviewServer server, SourceWatcher watcher) {
        this.build = build;
        this.server = server;
        this.watcher = watcher;
        this.watching = new Thread(null, () -> watcher.run(this::rebuild), "kdocs-watch", STACK_BYTES);
        this.watching.setDaemon(true);
    }

    /**
     * Watches {@code sources}, runs {@code build} once, then serves {@code output} on 127.0.0.1:{@code port}
     * (0: a free port) and rebuilds after each burst of source changes.
     */
    public static LiveSite start(List<Path> sources, Path output, int port, Supplier<SiteBuilder.Result> build)
            throws IOException {
        SourceWatcher watcher = new SourceWatcher(sources, output, DEBOUNCE_MILLIS);
        PreviewServer server;
        try {
            server = PreviewServer.start(output, port);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        LiveSite site = new LiveSite(build, server, watcher);
        site.rebuild();
        site.watching.start();
        return site;
    }

    public String url() {
        return server.url();
    }

    public PreviewServer server() {
        return server;
    }

    private synchronized void rebuild() {
        SiteBuilder.Result result = build.get();
        generation++;
        server.publish(new BuildState(generation, !result.failed(),
                result.warnings().stream().map(Warning::format).toList()));
    }

    @Override
    public void close() {
        watching.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing a watch service only fails when it is already broken; nothing is left to release
        }
        server.close();
    }
}
