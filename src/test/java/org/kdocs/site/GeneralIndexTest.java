package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index directives are collected into genindex.html, whose links land on the directive's place. */
class GeneralIndexTest {
    @TempDir
    Path dir;

    @Test
    void indexTermsAreListedByLetterAndLinkToTheirTarget() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\n.. index:: KCSAN, watchpoint\n\n:ref:`genindex`\n\n"
                + "Text.\n\n.. index::\n   single: page table; check\n   pair: userfaultfd; ioctl\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("html")).build().run();
        assertThat(result.warnings()).isEmpty();
        Document index = Jsoup.parse(dir.resolve("html/genindex.html").toFile(), "UTF-8");
        assertThat(index.select("article h2").eachText()).containsExactly("I", "K", "P", "U", "W");
        assertThat(index.select("ul.genindex-entries li").eachText())
                .contains("KCSAN Title", "page table check Title", "check Title", "userfaultfd ioctl Title",
                        "ioctl userfaultfd Title");
        Document home = Jsoup.parse(dir.resolve("html/index.html").toFile(), "UTF-8");
        assertThat(home.select("article a[href=genindex.html]").text()).isEqualTo("Index");
        Element link = index.selectFirst("li:contains(watchpoint) a");
        String[] target = link.attr("href").split("#");
        Document page = Jsoup.parse(dir.resolve("html").resolve(target[0]).toFile(), "UTF-8");
        assertThat(page.getElementById(target[1])).isNotNull();
    }

    @Test
    void envvarDirectivesAndRolesAreIndexedAsSphinxsStdDomainDoes() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\n.. envvar:: KDOCS_HOME\n\n   Where.\n\n"
                + ".. envvar:: QUIET\n   :noindexentry:\n\nSet :envvar:`KDOCS_HOME` first.\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("html")).build().run();
        assertThat(result.warnings()).isEmpty();
        Document index = Jsoup.parse(dir.resolve("html/genindex.html").toFile(), "UTF-8");
        Element variables = index.selectFirst("ul.genindex-entries > li:contains(environment variable)");
        assertThat(variables).isNotNull();
        // the directive and the role both list the variable below "environment variable"; :noindexentry: does not
        assertThat(variables.select("ul > li").eachText()).containsExactly("KDOCS_HOME Title Title");
        assertThat(index.select("ul.genindex-entries > li").eachText()).contains("KDOCS_HOME Title")
                .noneMatch(t -> t.startsWith("QUIET"));
        Document page = Jsoup.parse(dir.resolve("html/index.html").toFile(), "UTF-8");
        for (Element link : variables.select("a")) {
            String[] target = link.attr("href").split("#");
            assertThat(target[0]).isEqualTo("index.html");
            assertThat(page.getElementById(target[1])).as(link.attr("href")).isNotNull();
        }
        assertThat(variables.select("a").eachAttr("href")).contains("index.html#envvar-KDOCS_HOME");
    }

    @Test
    void entryLinesAreTypedTheWaySphinxReadsThem() {
        assertThat(org.kdocs.site.ext.sphinx.IndexDirective.entries("single: a; b")).containsExactly("single: a; b");
        assertThat(org.kdocs.site.ext.sphinx.IndexDirective.entries("!pair: a; b")).containsExactly("!pair: a; b");
        assertThat(org.kdocs.site.ext.sphinx.IndexDirective.entries("double: a; b")).containsExactly("pair: a; b");
        assertThat(org.kdocs.site.ext.sphinx.IndexDirective.entries("module: sys"))
                .containsExactly("pair: module; sys");
        // the shorthand: comma-separated single entries, each main when it starts with "!"
        assertThat(org.kdocs.site.ext.sphinx.IndexDirective.entries("!x, y")).containsExactly("!single: x",
                "single: y");
    }

    @Test
    void pairTripleAndSeeEntriesAreListedAsSphinxListsThem(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), """
                Widgets
                =======

                .. index::
                   pair: widget; lock
                   triple: alpha; beta; gamma
                   see: gadget; widget
                   seealso: device; widget

                The :index:`sprocket` and :index:`a cog <single: cog; small>` turn.
                """);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("html")).build().run();
        assertThat(result.warnings()).isEmpty();
        Document index = Jsoup.parse(dir.resolve("html/genindex.html").toFile(), "UTF-8");
        List<String> entries = index.select("ul.genindex-entries > li").eachText();
        assertThat(entries).contains("widget lock Widgets", "lock widget Widgets",
                "alpha beta gamma Widgets", "beta gamma, alpha Widgets", "gamma alpha beta Widgets",
                "gadget see widget", "device see also widget", "sprocket Widgets", "cog small Widgets");
        Document page = Jsoup.parse(dir.resolve("html/index.html").toFile(), "UTF-8");
        assertThat(page.select("article p").text()).isEqualTo("The sprocket and a cog turn.");
        // the directive's target and the roles' targets count on as Sphinx's "index-N"
        assertThat(page.select("article [id^=index-]").eachAttr("id")).containsExactly("index-0", "index-1",
                "index-2");
    }
}
