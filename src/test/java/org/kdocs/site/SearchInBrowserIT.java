package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;

/**
 * Issue 7's real-browser test: Debian's headless Chromium (installed by
 * scripts/ensure-chromium in pre-integration-test) opens the built site's
 * search page from file://, runs the static search for an English and a
 * Chinese word, and leaves a screenshot under target/.
 */
class SearchInBrowserIT {
    static final Path TARGET = Path.of("target", "browser-test").toAbsolutePath();
    static final Path SITE = TARGET.resolve("html");

    @BeforeAll
    static void buildTheProjectDocs() throws IOException {
        SiteBuilder.Result result = SiteBuilder.builder().source(Path.of("docs")).source(Path.of("docs-zh_CN"))
                .reader(".adoc", new AsciidocReader()).reader(".md", new MarkdownReader())
                .output(SITE).build().run();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void searchingAnEnglishWordListsPages() throws Exception {
        Document page = searchFor("kdocs");
        assertThat(page.getElementById("search-status").text()).startsWith("Found ");
        assertThat(page.select("#search-results li a")).isNotEmpty();
    }

    @Test
    void searchingAChineseWordListsChinesePages() throws Exception {
        Document page = searchFor("翻译");
        assertThat(page.getElementById("search-status").text()).startsWith("Found ");
        assertThat(page.select("#search-results li a[lang=zh-CN]")).isNotEmpty();
        assertThat(page.select("#search-results li a").attr("href")).startsWith("docs-zh_CN/");
    }

    @Test
    void searchingAWordNoPageHasListsNothing() throws Exception {
        Document page = searchFor("zzyzxquux");
        assertThat(page.getElementById("search-status").text()).isEqualTo("No pages contain all of these words.");
        assertThat(page.select("#search-results li")).isEmpty();
    }

    @Test
    void aScreenshotOfTheChineseSearchIsSaved() throws Exception {
        Path png = TARGET.resolve("search-zh.png");
        Files.deleteIfExists(png);
        run("--screenshot=" + png, "--window-size=1200,900", searchUrl("翻译"));
        assertThat(png).exists();
        byte[] header = Files.readAllBytes(png);
        assertThat(header.length).isGreaterThan(1000);
        assertThat(new String(header, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static Document searchFor(String word) throws Exception {
        String dom = run("--dump-dom", searchUrl(word));
        Files.writeString(TARGET.resolve("search-" + (word.chars().allMatch(c -> c < 128) ? word : "zh") + ".html"),
                dom);
        return Jsoup.parse(dom);
    }

    private static String searchUrl(String word) {
        return SITE.resolve("search.html").toUri() + "?q="
                + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8);
    }

    /** Runs one headless Chromium with a fresh profile; returns its stdout. */
    private static String run(String... args) throws Exception {
        Path profile = Files.createTempDirectory(TARGET, "chromium-profile");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--allow-file-access-from-files", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = TARGET.resolve("chromium.out");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(TARGET.resolve("chromium.err").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + command);
        }
        assertThat(process.exitValue()).as("chromium exit status, see target/browser-test/chromium.err").isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
