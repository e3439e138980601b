package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review page over a translation that leaves a paragraph out, adds one, and has a lint finding. */
class ReviewPagesTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void blocksAreAlignedSectionBySectionAndTheGapsAndFindingsShown() throws IOException {
        write("docs/index.rst", "Top\n===\n\n.. toctree::\n\n   a\n");
        write("docs-zh_CN/index.rst", ":Original: docs/index.rst\n\n顶层\n====\n\n.. toctree::\n\n   a\n");
        write("docs/a.rst", """
                Title
                =====

                First paragraph, see :doc:`index`.

                Second paragraph with ``code``.

                .. note:: A note.

                Section
                -------

                ::

                   int x;

                Last paragraph here.
                """);
        write("docs-zh_CN/a.rst", """
                :Original: docs/a.rst

                标题
                ====

                第一段，见 :doc:`index`。

                .. note:: 一条注释。

                原文没有的一段。

                小节
                ----

                ::

                   int x;

                最后一段,这里。
                """);
        SiteBuilder.Result result = SiteBuilder.builder().source(dir.resolve("docs")).source(dir.resolve("docs-zh_CN"))
                .output(dir.resolve("html")).review(true).build().run();
        assertThat(result.warnings()).isEmpty();
        Document page = Jsoup.parse(dir.resolve("html/_review/docs-zh_CN/a.html").toFile(), "UTF-8");
        List<Element> sections = page.select("table.review tbody.review-section");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).select("tr").eachAttr("class")).containsExactly("review-row review-aligned",
                "review-row review-aligned", "review-row review-missing", "review-row review-aligned",
                "review-row review-extra");
        assertThat(sections.get(1).select("tr").eachAttr("class")).containsOnly("review-row review-aligned")
                .hasSize(3);
        Element missing = sections.get(0).select("tr").get(2);
        assertThat(missing.selectFirst("td.review-original").text()).contains("Second paragraph with code.");
        assertThat(missing.selectFirst("td.review-translation").text()).isEqualTo("missing in the translation");
        assertThat(sections.get(0).select("tr").get(4).selectFirst("td.review-translation").text())
                .contains("原文没有的一段。");
        Element last = sections.get(1).select("tr").get(2).selectFirst("td.review-translation");
        assertThat(last.select("li.review-finding").text()).contains("half-width ','").contains("[cjk-punctuation]");
        assertThat(page.select("li.review-finding")).hasSize(1);
        // links keep working from the review page's directory
        assertThat(sections.get(0).select("tr").get(1).selectFirst("td.review-original a").attr("href"))
                .isEqualTo("../../index.html");
        assertThat(sections.get(0).select("tr").get(1).selectFirst("td.review-translation a").attr("href"))
                .isEqualTo("../../docs-zh_CN/index.html");
        assertThat(page.selectFirst("p.review-summary").text()).isEqualTo("6 blocks aligned, 1 missing in the "
                + "translation, 1 only in the translation, 1 lint finding.");
        Document index = Jsoup.parse(dir.resolve("html/_review/index.html").toFile(), "UTF-8");
        assertThat(index.select(".review-index li a").eachAttr("href")).containsExactly("docs-zh_CN/a.html", "docs-zh_CN/index.html");
    }

    @Test
    void markdownPagesAlignBlockByBlockAndTheHeaderFieldsStayApart() throws IOException {
        write("docs/index.rst", "Top\n===\n\n.. toctree::\n\n   a\n");
        write("docs-zh_CN/index.rst", ":Original: docs/index.rst\n\n顶层\n====\n\n.. toctree::\n\n   a\n");
        write("docs/a.md", "# Title\n\nIntro paragraph.\n\n- one\n- two\n\n## Part\n\nRun `kdocs build` twice.\n\n"
                + "Last words.\n");
        write("docs-zh_CN/a.md", "# 标题\n\n:Original: docs/a.md\n\n引言\n段落。\n\n- 一\n- 二\n\n## 部分\n\n"
                + "运行 `kdocs build` 两次。\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(dir.resolve("docs")).source(dir.resolve("docs-zh_CN"))
                .reader(".md", new org.kdocs.markdown.MarkdownReader()).output(dir.resolve("html")).review(true)
                .build().run();
        assertThat(result.warnings()).isEmpty();
        Document page = Jsoup.parse(dir.resolve("html/_review/docs-zh_CN/a.html").toFile(), "UTF-8");
        List<String> rows = page.select("tr.review-row").stream()
                .map(row -> row.className().replace("review-row ", "") + " " + row.selectFirst("td").attr("data-kind")
                        + " " + row.select("td").get(1).attr("data-kind"))
                .toList();
        assertThat(rows).containsExactly("review-aligned title title", "review-extra  field_list",
                "review-aligned paragraph paragraph", "review-aligned bullet_list bullet_list",
                "review-aligned title title", "review-aligned paragraph paragraph", "review-missing paragraph ");
        // the paragraph that shares the inline literal pairs up; the line break between Chinese characters is gone
        assertThat(page.select("tr.review-row").get(5).text()).contains("Run kdocs build twice.").contains("两次");
        assertThat(page.select("tr.review-row").get(2).select("td").get(1).text()).contains("引言段落。");
    }
}
