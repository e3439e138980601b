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
 * What a reader sees on the pages of the kernel-style fixture (src/test/resources/sphinx-html/
 * kernel-style, built with the kernel's settings): each fact below was checked against Sphinx 5.3's
 * build of the same pages (SphinxOracleTest compares the whole pages).
 */
class SphinxHtmlTest {
    private static final Path FIXTURE = TestResources.path("sphinx-html/kernel-style");

    @TempDir
    static Path out;
    static List<String> warnings;

    @BeforeAll
    static void build() {
        SiteBuilder.Result result = SiteBuilder.builder().source(FIXTURE).output(out).jobs(1).build().run();
        assertThat(result.failed()).isFalse();
        warnings = result.warnings().stream().map(Warning::format).map(w -> w.replace(FIXTURE + "/", "")).toList();
    }

    private static Document page(String name) throws IOException {
        return Jsoup.parse(out.resolve(name).toFile(), "UTF-8");
    }

    // the main body without permalink marks, whose text is then what a reader reads
    private static Element body(String name) throws IOException {
        Element main = page(name).selectFirst("[role=main]");
        main.select("a.headerlink").remove();
        return main;
    }

    @Test
    void quotesAreCurledButDashesAndEllipsesStayWithTheKernelsAction() throws IOException {
        String text = body("index.html").selectFirst("p").text();
        assertThat(text).startsWith("The \u201cwidget\u201d driver isn\u2019t finished; it\u2019s the maintainers\u2019"
                + " job -- really... and \u2018single\u2019 quotes");
        assertThat(body("index.html").select("code").text()).isEqualTo("\"literal\"");
    }

    @Test
    void aHeadingKeepsTheIdOfItsTitleWhenALabelHasTheSameId() throws IOException {
        Element concepts = body("concepts.html");
        assertThat(concepts.selectFirst("section").id()).isEqualTo("widget-concepts");
        assertThat(page("concepts.html").selectFirst("h1 a.headerlink").attr("href")).isEqualTo("#widget-concepts");
        assertThat(concepts.select("section section").eachAttr("id")).containsExactly("locking-rules", "the-lock");
        assertThat(concepts.select("p a").eachAttr("href")).containsExactly("#widget-concepts", "#locking-rules",
                "#the-lock");
    }

    @Test
    void cSignaturesAreStructuredAndLinkTheirTypes() throws IOException {
        Element api = body("api.html");
        assertThat(api.selectFirst("dt#c\\.widget").text()).isEqualTo("struct widget");
        Element add = api.selectFirst("dt#c\\.widget_add");
        assertThat(add.text()).isEqualTo("int widget_add(struct widget *w, unsigned long flags)");
        assertThat(add.select("a.reference").eachAttr("href")).containsExactly("#c.widget");
        assertThat(add.select(".sig-name.descname").text()).isEqualTo("widget_add");
        // a parameter named like a type is the nearer symbol, as Sphinx's lookup finds it
        Element map = api.selectFirst("dt#c\\.widget_map");
        assertThat(map.text()).isEqualTo("void widget_map(struct page *page, void __iomem *base,"
                + " const char *const *names, int n[4], ...)");
        assertThat(map.select("a.reference").eachAttr("href")).containsExactly("#c.widget_map");
        assertThat(api.selectFirst("dt#c\\.widget_alloc").text())
                .isEqualTo("__must_check static inline void *widget_alloc(size_t size)");
        assertThat(api.selectFirst("dt#c\\.widget_of").text()).isEqualTo("widget_of(ptr, member)");
        assertThat(api.selectFirst("dt#c\\.widget_id_t").text()).isEqualTo("type widget_id_t");
        assertThat(api.selectFirst("dt#c\\.widget_flags_t").text()).isEqualTo("typedef unsigned long widget_flags_t");
        assertThat(api.selectFirst("dt#c\\.widget_state\\.WIDGET_IDLE").text()).isEqualTo("enumerator WIDGET_IDLE");
        assertThat(api.selectFirst("dt#c\\.WDG\\.inner\\.field").text()).isEqualTo("int field");
        // what the C domain cannot parse is shown as written, without an anchor
        assertThat(api.select("dt").eachText()).contains("void (*widget_cb)(void *data)");
        assertThat(warnings).anyMatch(w -> w.startsWith("api.rst:29: WARNING: Error in declarator"))
                .anyMatch(w -> w.startsWith("api.rst:47: WARNING: Duplicate C declaration, also defined at api:14."));
    }

    @Test
    void cRolesAndExpressionsResolveInTheirScope() throws IOException {
        Element refs = body("api.html").selectFirst("p:contains(References:)");
        assertThat(refs.select("a").eachAttr("href")).containsExactly("#c.widget_add", "#c.widget", "#c.WIDGET_MAX",
                "#c.widget_count", "#c.widget", "#c.widget_state.WIDGET_IDLE");
        assertThat(refs.select("span.c-expr").first().text()).isEqualTo("widget_count + 1");
        assertThat(refs.select("span.c-texpr").text()).isEqualTo("struct widget*");
        assertThat(body("api.html").selectFirst("p:contains(Inner:)").select("a").eachAttr("href"))
                .containsExactly("#c.WDG.inner", "#c.WDG.inner.field");
    }

    @Test
    void captionsAreNotNumberedWhileNumfigIsOff() throws IOException {
        Element figures = body("figures.html");
        assertThat(figures.select(".caption-number")).isEmpty();
        assertThat(figures.select("figcaption .caption-text").eachText()).containsExactly("A figure \u201ccaption\u201d.",
                "A named figure.");
        assertThat(figures.select("figure").eachAttr("id")).containsExactly("id1", "widget-figure");
        assertThat(figures.selectFirst("table").id()).isEqualTo("id2");
    }

    @Test
    void toctreesExpandChildTocsAsSphinxDoes() throws IOException {
        Element toc = body("index.html").selectFirst(".toctree-wrapper > ul");
        List<String> top = toc.select("> li > a").eachText();
        // a page with two top-level sections gives two entries; its hidden toctree shows nothing
        assertThat(top).containsSequence("First top section", "Second top section").doesNotContain("Hidden child");
        assertThat(toc.select("li:has(> a[href=layout.html]) > ul > li > a").eachText())
                .containsExactly("Layout child");
        // :tocdepth: 1 keeps only the page's title entry
        assertThat(toc.select("li:has(> a[href=tiny.html]) ul")).isEmpty();
        Element chapters = body("chapters.html").selectFirst(".toctree-wrapper");
        assertThat(chapters.select("a").eachText()).containsExactly("1. Chapter one", "1.1. Part of one",
                "1.2. Section of one", "2. Chapter two", "2.1. Section of two", "1. Chapter one",
                "1.1. Part of one", "1.2. Section of one");
        assertThat(warnings).contains("chapters.rst:4: WARNING: duplicated entry found in toctree: chapter-one");
    }

    @Test
    void onlyBlocksKeepTheDocumentsSections() throws IOException {
        Element page = body("conditional.html");
        assertThat(page.select("section > section > h2").eachText()).containsExactly("Section kept", "Section shown",
                "Section after");
        assertThat(page.text()).doesNotContain("Gone");
    }

    @Test
    void citationsResolveAcrossPagesAndMessagesStayOutOfPages() throws IOException {
        Element citing = body("citing.html");
        assertThat(citing.select("p a").eachAttr("href")).containsExactly("#widget2024", "cited.html#elsewhere");
        assertThat(citing.text()).contains("a broken `target`_ stays text").doesNotContain("System Message");
        // Sphinx links the mark to the message it dropped; here the mark is not a link
        assertThat(citing.select("span.problematic").text()).isEqualTo("`target`_");
        assertThat(citing.select("a span.problematic")).isEmpty();
        assertThat(body("cited.html").select("p a").eachAttr("href")).containsExactly("citing.html#widget2024");
    }

    @Test
    void smallerItemsMatchSphinx() throws IOException {
        // the byte-order mark is not part of the title
        assertThat(page("indexing.html").title()).startsWith("Indexing");
        assertThat(body("indexing.html").selectFirst("h1").text()).isEqualTo("Indexing");
        // a sorted glossary sorts "éclair" as an e
        assertThat(body("indexing.html").select("dl.glossary dt").eachText()).containsExactly("alpha", "\u00e9clair",
                "zeta");
        // literalinclude :lineno-match: numbers the lines as in the file
        assertThat(body("extras.html").select(".linenos").eachText()).containsExactly("3", "4");
        assertThat(Files.readString(out.resolve("genindex.html"))).contains("widget_add (C function)");
    }
}
