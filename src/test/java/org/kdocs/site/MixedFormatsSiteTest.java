package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;
import org.kdocs.testing.TestResources;

/** A site from reStructuredText, AsciiDoc and Markdown sources (src/test/resources/mixed-fixture). */
class MixedFormatsSiteTest {
    private static final Path FIXTURE = TestResources.path("mixed-fixture");
    private static final AtomicInteger ASCIIDOCTOR_STARTS = new AtomicInteger();

    @TempDir
    static Path out;
    static SiteBuilder.Result result;
    static SiteChecks site;

    @BeforeAll
    static void build() throws IOException {
        AsciidocReader asciidoc = new AsciidocReader(() -> {
            ASCIIDOCTOR_STARTS.incrementAndGet();
            return AsciidocReader.standardInstance();
        });
        result = SiteBuilder.builder().source(FIXTURE.resolve("docs")).source(FIXTURE.resolve("docs-zh_CN"))
                .reader(".adoc", asciidoc).reader(".md", new MarkdownReader())
                .output(out.resolve("html")).jobs(2).build().run();
        site = new SiteChecks(out.resolve("html"));
    }

    @Test
    void everyFormatBecomesAPageWithoutWarnings() {
        assertThat(result.warnings()).extracting(Warning::format).isEmpty();
        assertThat(result.failed()).isFalse();
        assertThat(site.page("guide/asciidoc.html").title()).isEqualTo("AsciiDoc guide \u2014 kdocs");
        assertThat(site.page("notes.html").title()).isEqualTo("Markdown notes \u2014 kdocs");
        assertThat(site.page("perf/perf-stat.html").title()).isEqualTo("perf-stat(1) \u2014 kdocs");
        assertThat(site.page("guide/plain.html")).as("a .txt outside an AsciiDoc directory is no source").isNull();
        assertThat(site.page("docs-zh_CN/notes.html").title()).as("a leading SPDX comment is no content")
                .isEqualTo("Markdown \u7b14\u8bb0 \u2014 kdocs");
        assertThat(result.pages()).isEqualTo(8);
    }

    @Test
    void theAsciidoctorInstanceIsCreatedOnceForAllAsciidocPages() {
        assertThat(ASCIIDOCTOR_STARTS).hasValue(1);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void asciidocAndMarkdownPagesHaveTheSiteNavigation() {
        Document adoc = site.page("guide/asciidoc.html");
        assertThat(adoc.select("nav.sidebar li.current > a").text()).isEqualTo("AsciiDoc guide");
        assertThat(adoc.select("nav.page-toc a").eachText()).containsExactly("Usage", "Options in detail", "Limits");
        assertThat(adoc.select("a[rel=prev]").attr("href")).isEqualTo("../index.html");
        assertThat(adoc.select("a[rel=next]").attr("href")).isEqualTo("../notes.html");
        assertThat(adoc.select("article h1").text()).startsWith("AsciiDoc guide");
        assertThat(adoc.select("a.view-source").attr("href")).isEqualTo("../_sources/guide/asciidoc.adoc.txt");

        Document notes = site.page("notes.html");
        assertThat(notes.select("nav.page-toc a").eachText()).containsExactly("First topic", "Second topic", "Code");
        assertThat(notes.select("a[rel=next]").attr("href")).isEqualTo("perf/perf-stat.html");
        assertThat(notes.select("article table td").eachText()).containsExactly("a", "1");
        assertThat(notes.select("nav.language-switch a[hreflang=zh-CN]").attr("href"))
                .isEqualTo("docs-zh_CN/notes.html");
        assertThat(site.page("docs-zh_CN/notes.html").select("nav.language-switch a[hreflang=en]").attr("href"))
                .isEqualTo("../notes.html");
        assertThat(adoc.select("nav.language-switch a[hreflang=zh-CN]").attr("href"))
                .isEqualTo("../docs-zh_CN/guide/asciidoc.html");
        assertThat(site.page("docs-zh_CN/guide/asciidoc.html").select("nav.language-switch a[hreflang=en]")
                .attr("href")).isEqualTo("../../guide/asciidoc.html");
        assertThat(site.page("index.html").select("article .toctree-wrapper li.toctree-l1 > a").eachText())
                .containsExactly("AsciiDoc guide", "Markdown notes", "perf-stat(1)", "perf-top(1)");
    }

    @Test
    void codeBlocksOfEveryFormatBecomeTheSitesLiteralBlocks() {
        assertThat(site.page("notes.html").select("article pre.literal-block[data-language=c]").text())
                .isEqualTo("int walrus_count(void);");
        assertThat(site.page("guide/asciidoc.html").select("article pre.literal-block[data-language=c]").text())
                .isEqualTo("int limit(void);");
    }

    @Test
    void restructuredTextLinksToAsciidocAndMarkdownPages() {
        assertThat(links(site.page("index.html"))).contains("AsciiDoc guide -> guide/asciidoc.html",
                "Markdown notes -> notes.html", "Usage -> guide/asciidoc.html#_usage");
    }

    @Test
    void asciidocAndMarkdownLinkToPagesOfEveryFormat() {
        assertThat(links(site.page("guide/asciidoc.html"))).contains("the start -> ../index.html",
                "the first topic -> ../notes.html#first-topic", "RST section -> ../index.html#otter", "perf stat -> ../perf/perf-stat.html");
        assertThat(links(site.page("notes.html"))).contains("the usage -> guide/asciidoc.html#_usage",
                "the index -> index.html", "perf stat -> perf/perf-stat.html");
    }

    @Test
    void linkperfLinksToTheManPageWithItsSection() {
        assertThat(links(site.page("perf/perf-stat.html"))).contains("perf-top(1) -> perf-top.html");
        assertThat(links(site.page("perf/perf-top.html"))).contains("perf-stat(1) -> perf-stat.html");
    }

    @Test
    void theSearchIndexHasWordsFromEveryFormat() throws IOException {
        JsonNode index = new ObjectMapper().readTree(out.resolve("html/searchindex.json").toFile());
        List<String> pages = new ArrayList<>();
        index.get("pages").forEach(p -> pages.add(p.get("url").asText()));
        assertThat(pagesFor(index, pages, "otter")).containsExactly("index.html");
        assertThat(pagesFor(index, pages, "pelican")).containsExactly("guide/asciidoc.html");
        assertThat(pagesFor(index, pages, "walrus")).containsExactly("notes.html");
        assertThat(pagesFor(index, pages, "statistics")).containsExactly("perf/perf-stat.html");
        assertThat(pagesFor(index, pages, "海象")).containsExactly("docs-zh_CN/notes.html");
    }

    @Test
    void aTreeWithoutAsciidocNeverStartsJruby() {
        AtomicInteger starts = new AtomicInteger();
        AsciidocReader asciidoc = new AsciidocReader(() -> {
            starts.incrementAndGet();
            return AsciidocReader.standardInstance();
        });
        SiteBuilder.Result plain = SiteBuilder.builder().source(TestResources.path("site-fixture/docs"))
                .reader(".adoc", asciidoc).reader(".md", new MarkdownReader())
                .output(out.resolve("plain")).jobs(2).build().run();
        assertThat(plain.failed()).isFalse();
        assertThat(plain.pages()).isPositive();
        assertThat(starts).hasValue(0);
        assertThat(asciidoc.started()).isFalse();
    }

    private static List<String> links(Document page) {
        List<String> links = new ArrayList<>();
        page.select("article a[href]").forEach(a -> links.add(a.text() + " -> " + a.attr("href")));
        return links;
    }

    private static List<String> pagesFor(JsonNode index, List<String> pages, String word) {
        List<String> found = new ArrayList<>();
        JsonNode hits = index.get("terms").get(word);
        if (hits != null) {
            hits.forEach(n -> found.add(pages.get(n.asInt())));
        }
        return found;
    }
}
