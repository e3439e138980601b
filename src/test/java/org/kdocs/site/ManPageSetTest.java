package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.testing.TestResources;

/**
 * A directory of AsciiDoc man pages without an index document, like the kernel's
 * tools/perf/Documentation (src/test/resources/manpage-set): kdocs generates its index page.
 */
class ManPageSetTest {
    private static final Path SET = TestResources.path("manpage-set");
    private static final AsciidocReader ASCIIDOC = new AsciidocReader();

    @TempDir
    static Path out;
    static SiteBuilder.Result result;
    static SiteChecks site;

    @BeforeAll
    static void build() throws IOException {
        result = build(SET, out.resolve("html"));
        site = new SiteChecks(out.resolve("html"));
    }

    private static SiteBuilder.Result build(Path source, Path output) {
        return SiteBuilder.builder().source(source).reader(".adoc", ASCIIDOC).output(output).jobs(2).build().run();
    }

    @Test
    void theOnlyWarningIsTheSourcesBrokenLinkWithItsLine() {
        // no "document isn't included in any toctree" for the set's pages, and no duplicate
        // label for the two OPTIONS sections of demo-record or the headerless overhead.txt
        assertThat(result.failed()).isFalse();
        assertThat(result.warnings()).extracting(Warning::format).containsExactly(
                SET.resolve("demo-record.txt") + ":35: WARNING: unknown document: 'demo-reprot.html'");
        assertThat(result.pages()).isEqualTo(6);
    }

    @Test
    void theIndexListsTheManPagesByNameWithTheirPurposeThenTheOtherDocuments() {
        Document index = site.page("index.html");
        assertThat(index.select("article h1").text()).startsWith("demo manual pages");
        List<String> entries = index.select("article dl.man-page-index > dt").stream()
                .map(dt -> dt.text() + " -> " + dt.selectFirst("a").attr("href") + ": "
                        + dt.nextElementSibling().text()).toList();
        assertThat(entries).containsExactly(
                "demo(1) -> demo.html: Record and report what a command does",
                "demo-record(1) -> demo-record.html: Run a command and record what it did into demo.data",
                "demo-report(1) -> demo-report.html: Show what demo-record recorded");
        assertThat(index.select("article section#other-documents h2").text()).startsWith("Other documents");
        assertThat(index.select("article section#other-documents li a").eachText())
                .containsExactly("common-options", "Overhead calculation");
    }

    @Test
    void theIndexToctreeGivesEveryPageItsPlaceInTheNavigation() {
        Document record = site.page("demo-record.html");
        assertThat(record.select("nav.sidebar li.toctree-l1 > a").eachText()).containsExactly(
                "demo(1)", "demo-record(1)", "demo-report(1)", "common-options", "Overhead calculation");
        assertThat(record.select("nav.breadcrumbs a").eachText()).containsExactly("demo manual pages");
        assertThat(record.select("a[rel=prev]").attr("href")).isEqualTo("demo.html");
        assertThat(record.select("a[rel=next]").attr("href")).isEqualTo("demo-report.html");
        assertThat(site.page("index.html").select("a[rel=next]").attr("href")).isEqualTo("demo.html");
    }

    @Test
    void theIndexSourceIsTheListingInWhatisForm() throws IOException {
        assertThat(site.page("index.html").select("a.view-source").attr("href")).isEqualTo("_sources/index.txt");
        assertThat(Files.readString(out.resolve("html/_sources/index.txt"))).isEqualTo("""
                demo (1) - Record and report what a command does
                demo-record (1) - Run a command and record what it did into demo.data
                demo-report (1) - Show what demo-record recorded
                """);
    }

    @Test
    void everyLinkperfLinkResolvesToItsPageExceptTheMisspeltOne() {
        assertThat(links(site.page("demo.html"))).containsExactly(
                "demo-record(1) -> demo-record.html", "demo-report(1) -> demo-report.html");
        assertThat(links(site.page("demo-record.html"))).containsExactly(
                "demo-report(1) -> demo-report.html", "demo(1) -> demo.html", "demo-reprot(1) -> demo-reprot.html");
        assertThat(links(site.page("demo-report.html"))).containsExactly("demo-record(1) -> demo-record.html");
        assertThat(site.brokenLinks()).containsExactly("demo-record.html: demo-reprot.html (no file)");
    }

    @Test
    void aHeaderlessPageTakesItsFirstSectionAsTitleOnce() {
        Document overhead = site.page("overhead.html");
        assertThat(overhead.select("article h1").eachText()).containsExactly("Overhead calculation¶");
        assertThat(overhead.select("nav.page-toc a").eachText()).containsExactly("Children");
    }

    @Test
    void aRebuildFromTheCacheGeneratesTheSameIndex() throws IOException {
        Path output = out.resolve("again");
        build(SET, output);
        String first = Files.readString(output.resolve("index.html"));
        SiteBuilder.Result again = build(SET, output);
        assertThat(again.reparsed()).isZero();
        assertThat(again.rewritten()).isZero();
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo(first);
    }

    @Test
    void aTreeWithItsOwnIndexKeepsIt(@TempDir Path tree) throws IOException {
        Files.copy(SET.resolve("asciidoc.conf"), tree.resolve("asciidoc.conf"));
        Files.writeString(tree.resolve("tool.txt"), "tool(1)\n=======\n\nNAME\n----\ntool - Does one thing\n");
        Files.writeString(tree.resolve("index.rst"), "Tools\n=====\n\n.. toctree::\n\n   tool\n");
        SiteBuilder.Result own = build(tree, out.resolve("own"));
        assertThat(own.warnings()).isEmpty();
        assertThat(own.pages()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("own/index.html"))).contains("<h1>Tools").doesNotContain("man-page-index");
    }

    private static List<String> links(Document page) {
        return page.select("article a.linkperf").stream().map(ManPageSetTest::link).toList();
    }

    private static String link(Element a) {
        return a.text() + " -> " + a.attr("href");
    }
}
