package org.kdocs.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;

/** kdocs serve's preview: a real server on a free loopback port over a small project. */
class LiveSiteTest {
    // generous: a rebuild on a loaded machine; the test returns as soon as the event comes
    private static final long EVENT_WAIT_SECONDS = 120;

    @TempDir
    Path dir;
    private Path docs;
    private Path out;
    private LiveSite site;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    @BeforeEach
    void start() throws IOException {
        docs = dir.resolve("docs");
        out = dir.resolve("out");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nFirst version.\n");
        site = LiveSite.start(List.of(docs), out, 0,
                () -> SiteBuilder.builder().source(docs).output(out).jobs(1).build().run());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(site.url()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The status line's code for a request sent as raw bytes, so that no client tidies the path first. */
    private int rawStatus(String target) throws IOException {
        return rawStatus(target, "Host: 127.0.0.1\r\n");
    }

    private int rawStatus(String target, String hostHeader) throws IOException {
        var address = site.server().address();
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream request = socket.getOutputStream();
            request.write(("GET " + target + " HTTP/1.1\r\n" + hostHeader + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertThat(site.server().address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(site.url()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(site.server().address().getPort()).isPositive();
    }

    @Test
    void servesPagesWithTheReloadScriptThatTheFilesOnDiskDoNotHave() throws Exception {
        HttpResponse<String> page = get("/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("First version.").contains(LiveReload.EVENTS);
        assertThat(page.body().indexOf(LiveReload.EVENTS)).isLessThan(page.body().lastIndexOf("</body>"));
        assertThat(Files.readString(out.resolve("index.html"))).contains("First version.")
                .doesNotContain(LiveReload.EVENTS);
        assertThat(get("/").body()).contains("First version.");
        HttpResponse<String> css = get("/_static/kdocs.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).doesNotContain(LiveReload.EVENTS);
        assertThat(get("/_static/search.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get("/searchindex.json").headers().firstValue("Content-Type"))
                .hasValue("application/json; charset=utf-8");
    }

    @Test
    void answersOnlyToLoopbackHostNamesSoThatARebindingPageCannotReadIt() throws Exception {
        // issue 17, item 13: DNS rebinding
        int port = site.server().address().getPort();
        assertThat(rawStatus("/index.html", "Host: attacker.example:" + port + "\r\n")).isEqualTo(403);
        assertThat(rawStatus("/index.html", "Host: 127.0.0.1.attacker.example\r\n")).isEqualTo(403);
        assertThat(rawStatus("/index.html", "Host: localhost.attacker.example\r\n")).isEqualTo(403);
        assertThat(rawStatus(LiveReload.EVENTS, "Host: attacker.example\r\n")).isEqualTo(403);
        assertThat(rawStatus("/index.html", "")).isEqualTo(403);
        assertThat(rawStatus("/index.html", "Host: localhost:" + port + "\r\n")).isEqualTo(200);
        assertThat(rawStatus("/index.html", "Host: LOCALHOST\r\n")).isEqualTo(200);
        assertThat(rawStatus("/index.html", "Host: 127.0.0.1:" + port + "\r\n")).isEqualTo(200);
        assertThat(rawStatus("/index.html", "Host: [::1]:" + port + "\r\n")).isEqualTo(200);
        assertThat(rawStatus("/index.html", "Host: docs.localhost\r\n")).isEqualTo(200);
    }

    @Test
    void refusesPathsThatClimbOutOfTheSite() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        assertThat(rawStatus("/../secret.txt")).isEqualTo(400);
        assertThat(rawStatus("/../../../../etc/passwd")).isEqualTo(400);
        assertThat(rawStatus("/%2e%2e/secret.txt")).isEqualTo(400);
        assertThat(rawStatus("/_static/..%2f..%2fsecret.txt")).isEqualTo(400);
        assertThat(rawStatus("/..\\secret.txt")).isIn(400, 404);
        HttpResponse<String> missing = get("/nothere.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("404 Not Found").doesNotContain("secret");
    }

    @Test
    void anEditRebuildsTheSiteAndTheEventStreamAnnouncesIt() throws Exception {
        HttpResponse<Stream<String>> stream = client.send(
                HttpRequest.newBuilder(URI.create(site.url()).resolve(LiveReload.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));
        Iterator<String> lines = stream.body().iterator();
        assertThat(nextData(lines)).contains("\"generation\":1,\"ok\":true");

        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nSecond version.\n");
        assertThat(nextData(lines)).contains("\"generation\":2,\"ok\":true");
        assertThat(get("/index.html").body()).contains("Second version.").doesNotContain("First version.");
        stream.body().close();
    }

    @Test
    void aFailedBuildKeepsTheLastGoodSiteAndSendsItsWarnings() throws Exception {
        HttpResponse<Stream<String>> stream = client.send(
                HttpRequest.newBuilder(URI.create(site.url()).resolve(LiveReload.EVENTS)).build(),
                HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        assertThat(nextData(lines)).contains("\"generation\":1");
        // a SEVERE message (docutils' "Title level inconsistent") stops the document and fails the build
        Files.writeString(docs.resolve("index.rst"), "One\n===\n\nTwo\n---\n\nThree\n=====\n\nFour\n~~~~\n\nx\n");
        String failed = nextData(lines);
        assertThat(failed).contains("\"generation\":2,\"ok\":false").contains("index.rst:10: CRITICAL: Title level inconsistent");
        HttpResponse<String> page = get("/index.html");
        assertThat(page.body()).contains("First version.");
        assertThat(site.server().state().ok()).isFalse();
        stream.body().close();
    }

    @Test
    void editorScratchFilesAndTheOutputInsideASourceDirectoryDoNotCount() throws IOException {
        try (SourceWatcher watcher = new SourceWatcher(List.of(docs), docs.resolve("_build/html"), 10)) {
            assertThat(watcher.relevant(docs.resolve("index.rst"))).isTrue();
            assertThat(watcher.relevant(docs.resolve("sub/page.rst"))).isTrue();
            assertThat(watcher.relevant(docs.resolve("_build/html/index.html"))).isFalse();
            assertThat(watcher.relevant(docs.resolve("_build/html.kdocs-tmp-1-2/index.html"))).isFalse();
            assertThat(watcher.relevant(docs.resolve("_build/notes.rst"))).isTrue();
            assertThat(watcher.relevant(docs.resolve("_build"))).as("created by the first build").isFalse();
            assertThat(watcher.relevant(docs.resolve(".git/index"))).isFalse();
            for (String scratch : List.of("index.rst~", ".index.rst.swp", ".#index.rst", "#index.rst#", "4913",
                    "index.rst.kate-swp", "index.rst___jb_tmp___")) {
                assertThat(watcher.relevant(docs.resolve(scratch))).as(scratch).isFalse();
            }
        }
    }

    // the data line of the next build event, read on another thread so that a missing event fails the test
    private static String nextData(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data: ")) {
                    return line;
                }
            }
            return "(stream ended)";
        }).get(EVENT_WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
