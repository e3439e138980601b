package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;

/** The project's own docs/ and docs-zh_CN/ build into a sound site. */
class ProjectDocsSiteTest {
    @TempDir
    static Path out;
    static SiteBuilder.Result result;
    static SiteChecks site;

    @BeforeAll
    static void build() throws IOException {
        result = SiteBuilder.builder().source(Path.of("docs")).source(Path.of("docs-zh_CN"))
                .reader(".adoc", new AsciidocReader()).reader(".md", new MarkdownReader())
                .output(out.resolve("html")).build().run();
        site = new SiteChecks(out.resolve("html"));
    }

    @Test
    void theDocsBuildWithoutWarnings() {
        assertThat(result.warnings()).extracting(Warning::format).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Test
    void everyPageHasATitleAndNavigation() {
        assertThat(site.pages()).hasSizeGreaterThan(4);
        for (Map.Entry<Path, Document> page : site.pages().entrySet()) {
            assertThat(page.getValue().title()).as(page.getKey().toString()).isNotBlank();
            assertThat(page.getValue().select("nav.sidebar li a")).as(page.getKey().toString()).isNotEmpty();
        }
    }

    @Test
    void everyPageWithACounterpartHasTheLanguageSwitch() throws IOException {
        int pairs = 0;
        for (Map.Entry<Path, Document> page : site.pages().entrySet()) {
            Path relative = out.resolve("html").relativize(page.getKey());
            if (relative.startsWith("_sources") || relative.toString().equals("search.html")) {
                continue;
            }
            boolean chinese = relative.startsWith("docs-zh_CN");
            Path inTree = chinese ? relative.subpath(1, relative.getNameCount()) : relative;
            String docname = inTree.toString().replaceAll("\\.html$", "");
            // a page and its counterpart share the document name, whatever the format of each
            boolean exists = sourceExists(Path.of(chinese ? "docs" : "docs-zh_CN"), docname)
                    && sourceExists(Path.of(chinese ? "docs-zh_CN" : "docs"), docname);
            assertThat(page.getValue().select("nav.language-switch a").isEmpty())
                    .as(relative.toString()).isEqualTo(!exists);
            if (exists) {
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThanOrEqualTo(4);
    }

    private static boolean sourceExists(Path tree, String docname) {
        return Stream.of(".rst", ".adoc", ".md").anyMatch(suffix -> Files.exists(tree.resolve(docname + suffix)));
    }

    @Test
    void everyFormatOfTheManualHasItsTranslation() {
        for (String page : List.of("faq.html", "changelog.html", "man/kdocs-spec.html", "user-guide/spec.html")) {
            assertThat(site.page(page).select("nav.language-switch a[hreflang=zh-CN]").attr("href")).as(page)
                    .isEqualTo("../".repeat(page.split("/").length - 1) + "docs-zh_CN/" + page);
        }
    }

    @Test
    void theSearchIndexContainsChineseWords() throws IOException {
        JsonNode terms = new ObjectMapper().readTree(out.resolve("html/searchindex.json").toFile()).get("terms");
        assertThat(terms.has("网站")).isTrue();
        assertThat(terms.has("导航")).isTrue();
        assertThat(terms.has("翻译")).isTrue();
        assertThat(terms.has("kdocs")).isTrue();
    }
}
