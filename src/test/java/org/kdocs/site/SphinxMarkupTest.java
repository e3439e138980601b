package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * Sphinx markup in the fixture src/test/resources/sphinx-fixture: numfig
 * numbers and :numref:, section numbers, markup roles, code options and
 * ifconfig, compared with what Sphinx 5.3 writes for the same input.
 */
class SphinxMarkupTest {
    private static final Path DOCS = TestResources.path("sphinx-fixture/docs");

    @TempDir
    static Path out;
    static List<String> warnings;

    @BeforeAll
    static void build() {
        SiteBuilder.Result result = SiteBuilder.builder().source(DOCS).output(out).define("release", "2.0").build()
                .run();
        assertThat(result.failed()).isFalse();
        warnings = result.warnings().stream().map(Warning::format).map(w -> w.replace(DOCS + "/", "")).toList();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
    }

    @Test
    void captionsAreNumberedPerChapterUnderANumberedToctree() throws IOException {
        assertThat(page("index.html").select("figcaption .caption-number").eachText()).containsExactly("Fig. 1");
        Document numbers = page("numbers.html");
        assertThat(numbers.select("table caption .caption-number").text()).isEqualTo("Table 1.1");
        assertThat(numbers.select("table caption .caption-text").text()).isEqualTo("Units");
        // the uncaptioned figure gets no number, so the next one is 1.2
        assertThat(numbers.select("figcaption .caption-number").eachText()).containsExactly("Fig. 1.1", "Fig. 1.2");
        assertThat(page("listings.html").select("div.literal-block-wrapper > div.code-block-caption .caption-number")
                .text()).isEqualTo("Listing 2.1");
    }

    @Test
    void sectionsOfNumberedChaptersShowTheirNumbers() throws IOException {
        assertThat(page("numbers.html").select("h1 .section-number, h2 .section-number").eachText())
                .containsExactly("1.", "1.1.");
        assertThat(page("listings.html").select("h1 .section-number").text()).isEqualTo("2.");
        assertThat(page("markup.html").select(".section-number")).isEmpty();
        assertThat(page("index.html").select("article .toctree-wrapper .caption-text").text()).isEqualTo("Chapters");
    }

    @Test
    void navigationShowsTheSameSectionNumbersAsThePageTitles() throws IOException {
        Document numbers = page("numbers.html");
        String chapter = numbers.select("h1 .section-number").text();
        String section = numbers.select("h2 .section-number").text();
        Document listings = page("listings.html");
        String title = listings.select("h1 .section-number").text();
        Document markup = page("markup.html");
        assertThat(markup.select("nav.sidebar a[href=numbers.html]").text()).isEqualTo(chapter + " Numbers");
        assertThat(markup.select("nav.sidebar a[href=listings.html]").text()).startsWith(title + " ");
        // in-page contents, breadcrumbs and previous/next show the numbers too
        assertThat(numbers.select("nav.page-toc a").eachText()).isNotEmpty().allMatch(t -> t.startsWith(section + " "));
        assertThat(numbers.select("nav.breadcrumbs span[aria-current]").text()).isEqualTo(chapter + " Numbers");
        assertThat(listings.select("nav.prev-next a.prev").text()).isEqualTo("\u00ab " + chapter + " Numbers");
        assertThat(page("index.html").select("article .toctree-wrapper a[href=numbers.html]").text())
                .isEqualTo(chapter + " Numbers");
    }

    @Test
    void searchIndexLeavesOutSectionAndCaptionNumbers() throws IOException {
        com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("searchindex.json").toFile());
        List<String> urls = new java.util.ArrayList<>();
        index.get("pages").forEach(p -> urls.add(p.get("url").asText()));
        int numbers = urls.indexOf("numbers.html");
        int listings = urls.indexOf("listings.html");
        com.fasterxml.jackson.databind.JsonNode terms = index.get("terms");
        // the captions' and titles' words are indexed, the "1.1." and "Fig. 1.2" before them are not
        assertThat(pagesOf(terms, "units")).contains(numbers);
        assertThat(pagesOf(terms, "details")).contains(numbers);
        assertThat(pagesOf(terms, "hello")).contains(listings);
        for (String word : List.of("fig", "table", "1", "1.1", "1.2")) {
            assertThat(pagesOf(terms, word)).as(word).doesNotContain(numbers);
        }
        for (String word : List.of("listing", "2.1")) {
            assertThat(pagesOf(terms, word)).as(word).doesNotContain(listings);
        }
        assertThat(index.get("pages").get(numbers).get("title").asText()).isEqualTo("Numbers");
        assertThat(pagesOf(index.get("titleterms"), "1")).doesNotContain(numbers);
    }

    private static List<Integer> pagesOf(com.fasterxml.jackson.databind.JsonNode terms, String word) {
        List<Integer> pages = new java.util.ArrayList<>();
        if (terms.has(word)) {
            terms.get(word).forEach(n -> pages.add(n.asInt()));
        }
        return pages;
    }

    @Test
    void numrefShowsTheNumberInTheDefaultOrGivenFormat() throws IOException {
        Document index = page("index.html");
        assertThat(index.select("a.reference span.std-numref").eachText()).containsExactly("Fig. 1", "Table 1.1",
                "Listing 2.1 (Hello in C)", "Section 1");
        assertThat(index.select("a.reference:has(span.std-numref)").eachAttr("href"))
                .containsExactly("#fig-root", "numbers.html#tab-units", "listings.html#code-hello",
                        "numbers.html#sec-numbers");
        assertThat(page("listings.html").select("span.std-numref").eachText())
                .containsExactly("Fig. 1.1", "Figure 1.1");
    }

    @Test
    void numrefToUnknownOrUnnumberedTargetsWarnsAsSphinxDoes() {
        assertThat(warnings).contains("index.rst:25: WARNING: undefined label: 'no-such-label'",
                "index.rst:25: WARNING: undefined label: 'plain-target'",
                "index.rst:25: WARNING: Failed to create a cross reference. Any number is not assigned: fig-nocaption");
    }

    @Test
    void markupRolesHaveSphinxsStructure() throws IOException {
        Document markup = page("markup.html");
        assertThat(markup.select("code.file").html()).isEqualTo("/etc/<em>name</em>.conf");
        assertThat(markup.select("kbd.compound > kbd.kbd").eachText()).containsExactly("Ctrl", "Alt", "Del");
        assertThat(markup.select("kbd.kbd:not(.compound):not(kbd.compound kbd)").eachText()).contains("Caps Lock");
        assertThat(markup.select("span.menuselection").text()).isEqualTo("File \u2023 Open");
        assertThat(markup.select("span.menuselection .accelerator").eachText()).containsExactly("F", "O");
        assertThat(markup.select("span.guilabel").text()).isEqualTo("&Cancel");
        assertThat(markup.select("span.guilabel .accelerator")).isEmpty();
        assertThat(markup.select("em.manpage").text()).isEqualTo("ls(1)");
        assertThat(markup.select("abbr[title=last-in, first-out]").text()).isEqualTo("LIFO");
        assertThat(markup.select("code.samp em").text()).isEqualTo("x");
    }

    @Test
    void codeBlockOptionsNumberAndEmphasizeLines() throws IOException {
        Document listings = page("listings.html");
        assertThat(listings.select("pre").get(0).select(".linenos").eachText()).containsExactly("1", "2", "3", "4");
        assertThat(listings.select("pre .hll").text()).isEqualTo("{");
        Element included = listings.select("pre").get(1);
        assertThat(included.wholeText()).isEqualTo("10int add(int a, int b)\n11{");
        assertThat(included.select(".linenos").eachText()).containsExactly("10", "11");
        assertThat(listings.select("pre").get(2).wholeText()).isEqualTo("indented\n  more");
        Document markup = page("markup.html");
        // highlight's linenothreshold 3: the three-line block is numbered, the one-line blocks are not
        assertThat(markup.select("pre").get(0).select(".linenos")).hasSize(3);
        assertThat(markup.select("pre").get(1).select(".linenos")).isEmpty();
        assertThat(markup.select("pre").get(2).attr("data-language")).isEqualTo("c");
    }

    @Test
    void ifconfigKeepsContentWhoseExpressionHolds() throws IOException {
        String text = page("markup.html").select("article").text();
        assertThat(text).contains("Shown for English.", "Shown for the release given with -D.")
                .doesNotContain("Hidden for English.");
    }

    @Test
    void cNamespacesScopeDeclarationsAndReferences() throws IOException {
        Document markup = page("markup.html");
        assertThat(markup.select("dl.c.function dt").attr("id")).isEqualTo("c.mm.vma_start");
        assertThat(markup.select("p:contains(Inside) a").attr("href")).isEqualTo("#c.mm.vma_start");
        assertThat(markup.select("p:contains(Outside) a").eachText()).containsExactly("mm.vma_start()");
    }

    @Test
    void optionsAndEnvironmentVariablesAreLinkTargets() throws IOException {
        Document markup = page("markup.html");
        assertThat(markup.select("dl.std.option dt").attr("id")).isEqualTo("cmdoption-kdocs-build-D");
        assertThat(markup.select("dl.std.envvar dt").attr("id")).isEqualTo("envvar-KDOCS_HOME");
        // as in Sphinx, every name of one option line links to the line's first anchor
        assertThat(markup.select("dl.std.option span[id=cmdoption-kdocs-build-define]")).hasSize(1);
        assertThat(markup.select("p:contains(Use) a:has(code.std-option)").eachAttr("href"))
                .containsExactly("#cmdoption-kdocs-build-D", "#cmdoption-kdocs-build-D");
        assertThat(markup.select("p:contains(Use) a:has(code.std-envvar)").attr("href"))
                .isEqualTo("#envvar-KDOCS_HOME");
    }

    @Test
    void everyPageHeaderLinksToTheGeneralIndex() throws IOException {
        assertThat(page("numbers.html").select("header a.genindex-link").attr("href")).isEqualTo("genindex.html");
        assertThat(page("search.html").select("header a.genindex-link").text()).isEqualTo("Index");
        assertThat(page("genindex.html").select("header a.genindex-link")).hasSize(1);
    }

    @Test
    void theFixtureBuildsWithOnlyTheExpectedWarnings() {
        assertThat(warnings).hasSize(3);
        assertThat(Files.exists(out.resolve("markup.html"))).isTrue();
    }
}
