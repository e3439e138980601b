package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/** The site built from the fixture tree in src/test/resources/site-fixture. */
class SiteBuilderTest {
    private static final Path FIXTURE = TestResources.path("site-fixture");

    @TempDir
    static Path out;
    static SiteBuilder.Result result;
    static SiteChecks site;

    @BeforeAll
    static void build() throws IOException {
        result = SiteBuilder.builder().source(FIXTURE.resolve("docs")).source(FIXTURE.resolve("docs-zh_CN"))
                .output(out.resolve("html")).jobs(2).build().run();
        site = new SiteChecks(out.resolve("html"));
    }

    @Test
    void theFixtureBuildsWithoutWarnings() {
        assertThat(result.warnings()).extracting(Warning::format).isEmpty();
        assertThat(result.failed()).isFalse();
        assertThat(result.pages()).isEqualTo(7);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void everyPageHasATitleNavigationAndASourceLink() {
        for (Map.Entry<Path, Document> page : site.pages().entrySet()) {
            Document html = page.getValue();
            assertThat(html.title()).as(page.getKey().toString()).isNotBlank();
            assertThat(html.select("nav.sidebar")).as(page.getKey().toString()).hasSize(1);
            assertThat(html.select("form.search-box")).as(page.getKey().toString()).hasSize(1);
            if (!page.getKey().endsWith("search.html") && !page.getKey().endsWith("genindex.html")) {
                assertThat(html.select("nav.breadcrumbs")).as(page.getKey().toString()).hasSize(1);
                assertThat(html.select("a.view-source")).as(page.getKey().toString()).hasSize(1);
            }
        }
        assertThat(site.page("guide/intro.html").title()).isEqualTo("Introduction \u2014 kdocs");
    }

    @Test
    void theLanguageSwitchLinksCounterpartsBothWaysAndOnlyWhereTheyExist() {
        assertThat(site.page("guide/intro.html").select("nav.language-switch a[hreflang=zh-CN]").attr("href"))
                .isEqualTo("../docs-zh_CN/guide/intro.html");
        assertThat(site.page("docs-zh_CN/guide/intro.html").select("nav.language-switch a[hreflang=en]").attr("href"))
                .isEqualTo("../../guide/intro.html");
        assertThat(site.page("index.html").select("nav.language-switch a").attr("href"))
                .isEqualTo("docs-zh_CN/index.html");
        assertThat(site.page("guide/usage.html").select("nav.language-switch")).isEmpty();
        assertThat(site.page("docs-zh_CN/index.html").select("html").attr("lang")).isEqualTo("zh-CN");
        // the :Original: field is page metadata, as in Sphinx, not page content
        assertThat(site.page("docs-zh_CN/index.html").select("article").text()).doesNotContain("Original");
    }

    @Test
    void toctreesBecomeNumberedLinkListsAndHiddenOnesStayInTheSidebarOnly() {
        Document index = site.page("index.html");
        assertThat(index.select("article .toctree-wrapper p.caption").text()).isEqualTo("Guide");
        assertThat(index.select("article .toctree-wrapper li.toctree-l1 > a").eachText())
                .containsExactly("1. Introduction", "2. Using it", "Example site");
        assertThat(index.select("article .toctree-wrapper li.toctree-l2 > a").eachText())
                .contains("1.1. Details", "2.1. Options");
        assertThat(index.select("article a[href=hidden.html]")).isEmpty();
        assertThat(index.select("nav.sidebar a[href=hidden.html]")).hasSize(1);
    }

    @Test
    void breadcrumbsAndPreviousNextFollowTheToctreeOrder() {
        Document intro = site.page("guide/intro.html");
        assertThat(intro.select("nav.breadcrumbs a").eachText()).containsExactly("Fixture guide");
        assertThat(intro.select("a[rel=prev]").attr("href")).isEqualTo("../index.html");
        assertThat(intro.select("a[rel=next]").attr("href")).isEqualTo("usage.html");
        assertThat(site.page("hidden.html").select("a[rel=prev]").attr("href")).isEqualTo("guide/usage.html");
        // the numbered toctree's section numbers show wherever the titles do, as in Sphinx
        assertThat(intro.select("nav.sidebar li.current > a").text()).isEqualTo("1. Introduction");
        assertThat(intro.select("nav.page-toc a").eachText()).containsExactly("1.1. Details", "1.2. More");
    }

    @Test
    void refAndDocRolesBecomeLinksWithTheTargetTitles() {
        Document intro = site.page("guide/intro.html");
        List<String> links = new ArrayList<>();
        intro.select("article a.reference.internal").forEach(a -> links.add(a.text() + " -> " + a.attr("href")));
        assertThat(links).contains("Introduction -> #intro-label", "usage options -> usage.html#options",
                "Options -> usage.html#options", "Usage -> usage.html", "the start -> ../index.html");
        assertThat(intro.select("article kbd.compound").text()).isEqualTo("Ctrl-C");
        assertThat(intro.select("article code.literal").eachText()).contains("kmalloc()");
    }

    @Test
    void glossaryTermsAndCDeclarationsAreLinkTargets() {
        Document usage = site.page("guide/usage.html");
        assertThat(usage.select("dl.glossary dt#term-Watchpoint").text()).isEqualTo("Watchpoint");
        assertThat(usage.select("dl.c.function dt#c\\.kmalloc").text()).startsWith("void *kmalloc(size_t size");
        List<String> links = new ArrayList<>();
        usage.select("article a.reference.internal").forEach(a -> links.add(a.text() + " -> " + a.attr("href")));
        assertThat(links).contains("watchpoint -> #term-Watchpoint", "kmalloc() -> #c.kmalloc",
                "READ_ONCE -> #c.READ_ONCE", "page -> #c.page");
        assertThat(usage.select("article code.literal").eachText()).contains("unknown_function()");
        assertThat(site.page("guide/intro.html").select("article a[href=usage.html#c.kmalloc]").text())
                .isEqualTo("kmalloc()");
    }

    @Test
    void sphinxDirectivesRender() {
        Document intro = site.page("guide/intro.html");
        assertThat(intro.select(".literal-block-wrapper .code-block-caption .caption-text").text()).isEqualTo("A function");
        assertThat(intro.select("pre[data-language=c]").first().wholeText()).contains("return a < b ? b : a;");
        assertThat(intro.select("pre[data-language=c]").get(1).wholeText())
                .isEqualTo("int example(void)\n{");
        assertThat(intro.select("div.versionadded .versionmodified").text()).isEqualTo("New in version 1.2:");
        assertThat(intro.select("aside.seealso p.admonition-title").text()).isEqualTo("See also");
        assertThat(intro.select("article").text()).contains("Shown in HTML.").doesNotContain("Only in PDF.");
        assertThat(intro.select("aside.footnote a[role=doc-backlink]")).hasSize(1);
    }

    @Test
    void theSourcesAreCopiedForTheViewSourceLink() throws IOException {
        String link = site.page("guide/intro.html").select("a.view-source").attr("href");
        assertThat(link).isEqualTo("../_sources/guide/intro.rst.txt");
        assertThat(Files.readString(out.resolve("html/_sources/guide/intro.rst.txt")))
                .isEqualTo(Files.readString(FIXTURE.resolve("docs/guide/intro.rst")));
    }

    @Test
    void theSearchIndexFindsEnglishAndChineseWords() throws IOException {
        JsonNode index = new ObjectMapper().readTree(out.resolve("html/searchindex.json").toFile());
        List<String> pages = new ArrayList<>();
        index.get("pages").forEach(p -> pages.add(p.get("url").asText()));
        assertThat(pagesFor(index, pages, "zebra")).containsExactly("guide/intro.html");
        assertThat(pagesFor(index, pages, "网站"))
                .containsExactlyInAnyOrder("docs-zh_CN/guide/intro.html", "docs-zh_CN/index.html");
        assertThat(pagesFor(index, pages, "斑马")).containsExactly("docs-zh_CN/guide/intro.html");
        assertThat(Files.readString(out.resolve("html/searchindex.js"))).startsWith("window.KDOCS_SEARCH_INDEX = {");
        assertThat(site.page("search.html").select("script[src]").eachAttr("src"))
                .containsExactly("searchindex.js", "_static/search.js");
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
