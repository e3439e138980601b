package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * The literate tests in the site, built from src/test/resources/site-spec-fixture:
 * a passing example, one whose expected output is wrong, and a spec-table
 * with one right and one wrong row.
 */
class SpecSiteTest {
    private static final Path DOCS = TestResources.path("site-spec-fixture/docs");

    @TempDir
    static Path out;
    static SiteBuilder.Result result;
    static SiteChecks site;

    @BeforeAll
    static void build() throws IOException {
        result = SiteBuilder.builder().source(DOCS).output(out.resolve("html")).jobs(2).build().run();
        site = new SiteChecks(out.resolve("html"));
    }

    private static Element example(String name) {
        Elements found = site.page("index.html").select("div.spec-example[data-spec-name=" + name + "]");
        assertThat(found).hasSize(1);
        return found.first();
    }

    @Test
    void eachExampleHasAPassOrFailBadge() {
        assertThat(example("fork-cow-write").select("span.spec-badge").text()).isEqualTo("PASS");
        assertThat(example("fork-cow-write").hasClass("spec-pass")).isTrue();
        assertThat(example("wrong-count").select("span.spec-badge").text()).isEqualTo("FAIL");
        assertThat(example("wrong-count").hasClass("spec-fail")).isTrue();
    }

    @Test
    void theCodeIsShownAsACBlock() {
        Element code = example("wrong-count").selectFirst("pre.literal-block");
        assertThat(code.attr("data-language")).isEqualTo("c");
        assertThat(code.text()).contains("pr_info(\"count=%d\\n\", 1 + 1);");
    }

    @Test
    void theActualOutputIsCollapsibleBeneathTheCode() {
        Element details = example("wrong-count").selectFirst("details.spec-actual");
        assertThat(details).isNotNull();
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.selectFirst("summary").text()).isEqualTo("Actual output (1 run)");
        assertThat(details.selectFirst("pre").text()).contains("count=2");
        Element passing = example("fork-cow-write").selectFirst("details.spec-actual pre");
        assertThat(passing.text()).contains("anon_map_count=2").contains("kernel BUG at mm/page_table_check.c");
    }

    @Test
    void aFailingExampleShowsItsDiffAndAPassingOneNoMessage() {
        assertThat(example("wrong-count").selectFirst("pre.spec-message").text())
                .contains("-count=3").contains("+count=2");
        assertThat(example("fork-cow-write").select("pre.spec-message")).isEmpty();
    }

    @Test
    void theExpectedOutputIsLabelled() {
        Element expected = site.page("index.html").selectFirst("div.spec-expected-output[data-spec-name=wrong-count]");
        assertThat(expected.selectFirst("p.spec-expected-label").text()).isEqualTo("Expected output");
        assertThat(expected.selectFirst("pre").text()).isEqualTo("count=3");
    }

    @Test
    void aSpecTableMarksEachRowAndFailsAsAWhole() {
        Element table = site.page("table.html").selectFirst("div.spec-table[data-spec-name=double-mapping]");
        assertThat(table.select("span.spec-badge").first().text()).isEqualTo("FAIL");
        assertThat(table.select("tbody tr").eachAttr("class")).containsExactly("spec-row-pass", "spec-row-fail");
        assertThat(table.selectFirst("pre.spec-message").text())
                .isEqualTo("double-mapping[2]: the table says Prohibit, the model gives Allow for [Named, Named, Any]");
    }

    @Test
    void theReportListsEveryExampleAndRowWithItsResult() {
        Document report = site.page("spec-report.html");
        assertThat(report.select("p.spec-summary").text()).isEqualTo("4 examples: 2 passed, 2 failed.");
        assertThat(report.select("table.spec-report thead th").eachText())
                .containsExactly("Location", "Name", "Model", "Status", "Runs", "Failures", "Signatures");
        List<List<String>> rows = report.select("table.spec-report tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        String index = DOCS.resolve("index.rst").toString();
        String table = DOCS.resolve("table.rst").toString();
        assertThat(rows).containsExactly(
                List.of(index + ":10", "fork-cow-write", "page-table-check", "PASS", "1", "1",
                        "dmesg.kernel_BUG_at_mm/page_table_check.c: 1"),
                List.of(index + ":36", "wrong-count", "page-table-check", "FAIL", "1", "0", ""),
                List.of(table + ":9", "double-mapping[1]", "page-table-check", "PASS", "1", "0", ""),
                List.of(table + ":10", "double-mapping[2]", "page-table-check", "FAIL", "1", "1", ""));
    }

    @Test
    void reportLinksLeadToTheExamplesEvenWhenASectionHasTheSameIdAndEveryPageLinksToTheReport() {
        assertThat(site.brokenLinks()).isEmpty();
        Document report = site.page("spec-report.html");
        assertThat(report.select("table.spec-report a").eachAttr("href"))
                .containsExactly("index.html#spec-fork-cow-write", "index.html#spec-wrong-count",
                        "table.html#spec-double-mapping-2", "table.html#spec-double-mapping-2");
        assertThat(site.page("table.html").select("section#spec-double-mapping h2").text())
                .startsWith("Spec double mapping");
        assertThat(site.page("table.html").select("a.spec-report-link").attr("href")).isEqualTo("spec-report.html");
        assertThat(site.page("index.html").select("a.spec-report-link")).hasSize(1);
    }

    @Test
    void eachFailureIsASphinxStyleWarningAtItsLine() {
        assertThat(result.failed()).isFalse();
        assertThat(result.warnings()).extracting(Warning::format).hasSize(2);
        assertThat(result.warnings().get(0).format()).startsWith(DOCS.resolve("index.rst")
                + ":36: WARNING: spec example wrong-count failed: output differs from "
                + DOCS.resolve("index.rst") + ":48:");
        assertThat(result.warnings().get(1).format()).isEqualTo(DOCS.resolve("table.rst")
                + ":10: WARNING: spec example double-mapping[2] failed: the table says Prohibit, the model gives "
                + "Allow for [Named, Named, Any]");
    }
}
