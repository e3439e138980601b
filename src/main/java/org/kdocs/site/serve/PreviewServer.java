package org.kdocs.site.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site from {@code root} on the loopback address only, with the live-reload script in
 * every HTML page and build events on {@value LiveReload#EVENTS}. A request whose Host header is
 * not a loopback name is refused (403), so that a page elsewhere cannot read the preview by
 * pointing its own name at 127.0.0.1. Paths with {@code ..} segments are refused (400); anything
 * outside the root, or missing, gets a 404 page.
 */
public final class PreviewServer implements AutoCloseable {
    private static final long KEEPALIVE_MILLIS = 15_000;
    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile(":[0-9]{1,5}");
    private static final java.util.regex.Pattern LOOPBACK_V4 = java.util.regex.Pattern.compile(
            "127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("rst", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    private BuildState state = new BuildState(0, true, List.of());
    private boolean closed;

    private PreviewServer(Path root, HttpServer server, ExecutorService threads) {
        this.root = root;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code root} on 127.0.0.1:{@code port}; port 0 picks a free one. */
    public static PreviewServer start(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a thread per exchange: an event stream holds its thread for as long as the page is open
        ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "kdocs-serve");
            thread.setDaemon(true);
            return thread;
        });
        PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), server, threads);
        server.createContext("/", preview::handle);
        server.setExecutor(threads);
        server.start();
        return preview;
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://" + address().getAddress().getHostAddress() + ":" + address().getPort() + "/";
    }

    /** Tells every open page about a finished build. */
    public void publish(BuildState next) {
        synchronized (lock) {
            state = next;
            lock.notifyAll();
        }
    }

    public BuildState state() {
        synchronized (lock) {
            return state;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!loopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // a page of another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) names its own host
                send(exchange, 403, "text/plain; charset=utf-8",
                        "forbidden: the preview answers only to localhost and loopback addresses\n"
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = requestPath(exchange.getRequestURI());
            if (path == null) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request path\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(LiveReload.EVENTS)) {
                events(exchange);
            } else {
                file(exchange, path);
            }
        }
    }

    /**
     * Whether a Host header names this machine's loopback: {@code localhost} or a name
     * below it, an address in 127.0.0.0/8, or {@code [::1]}, with any port.
     */
    static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            return close > 0 && name.substring(1, close).equals("::1")
                    && (close == name.length() - 1 || PORT.matcher(name.substring(close + 1)).matches());
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            if (!PORT.matcher(name.substring(colon)).matches()) {
                return false;
            }
            name = name.substring(0, colon);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost") || LOOPBACK_V4.matcher(name).matches();
    }

    /** The decoded path, or null when it has a {@code ..} segment, a backslash or a NUL. */
    static String requestPath(URI uri) {
        String path = uri.getPath();
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        return path;
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        // the build publishes a site by re-pointing the root link; a request reads from one site throughout,
        // and tries once more if the build removed that site while it was being read
        for (int attempt = 0; ; attempt++) {
            try {
                fileOfSite(exchange, path, root.toRealPath());
                return;
            } catch (java.nio.file.NoSuchFileException replaced) {
                if (attempt > 0) {
                    notFound(exchange);
                    return;
                }
            }
        }
    }

    private void fileOfSite(HttpExchange exchange, String path, Path site) throws IOException {
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site)) {
            notFound(exchange);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        // a symbolic link inside the site may point anywhere; serve only what really lies below the root
        if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(site)) {
            notFound(exchange);
            return;
        }
        String type = contentType(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            body = LiveReload.inject(new String(body, StandardCharsets.UTF_8), state().generation())
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, type, body);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><h1>404 Not Found</h1><p>No such page in this build. <a href=\"/\">Start page</a></p>"
                + "</body></html>\n";
        send(exchange, 404, "text/html; charset=utf-8",
                LiveReload.inject(page, state().generation()).getBytes(StandardCharsets.UTF_8));
    }

    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String suffix = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(suffix, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    // Server-Sent Events: the current state at once, then each new one; comments keep the stream open
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        BuildState sent = null;
        while (true) {
            BuildState next;
            synchronized (lock) {
                if (sent == state && !closed) {
                    try {
                        lock.wait(KEEPALIVE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = state;
            }
            try {
                out.write((next == sent ? ": keepalive\n\n" : next.event()).getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                return; // the page has gone; the caller closes the exchange
            }
            sent = next;
        }
    }
}
