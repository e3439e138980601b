package org.kdocs.site.ext.sphinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;

/** The glossary's own line format, as Sphinx reads it (the kernel's media glossary is the model). */
class GlossaryTest {
    @TempDir
    Path dir;

    private SiteBuilder.Result build(String glossary) throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Terms\n=====\n\n.. glossary::\n\n" + glossary
                + "\nSee :term:`data unit` and :term:`Device Node`.\n", StandardCharsets.UTF_8);
        return SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1).build().run();
    }

    private Document page() throws IOException {
        return Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
    }

    @Test
    void aBlankLineMayStandBetweenATermAndItsTabIndentedDefinition() throws IOException {
        SiteBuilder.Result result = build("    Data Unit\n\n\tUnit of data moved by a bus.\n\n"
                + "    Device Node\n\tA character device node.\n\n\tSecond paragraph.\n");
        assertThat(result.warnings()).isEmpty();
        Document page = page();
        assertThat(page.select("dl.glossary dt").eachAttr("id")).containsExactly("term-Data-Unit", "term-Device-Node");
        assertThat(page.select("dl.glossary dd").get(1).select("p")).hasSize(2);
        assertThat(page.select("a[href=#term-Data-Unit]")).hasSize(1);
        assertThat(page.select("a[href=#term-Device-Node]")).hasSize(1);
    }

    // ids as Sphinx 5.3 gives them to these terms (its make_id keeps capitals, dots and
    // underscores; a term with no usable character gets the next serial number)
    @Test
    void termIdsAreSphinxIdentifiers() throws IOException {
        build("   Data Unit\n      A.\n\n   \u65e5\u672c\u8a9e\n      B.\n\n   v1.2_x\n      C.\n\n"
                + "   \u00c6r\u00f8 term\n      D.\n\n   Device Node\n      E.\n");
        assertThat(page().select("dl.glossary dt").eachAttr("id"))
                .containsExactly("term-Data-Unit", "term-0", "term-v1.2_x", "term-ro-term", "term-Device-Node");
    }

    @Test
    void consecutiveTermLinesNameOneEntry() throws IOException {
        build("   Data Unit\n   Device Node\n      Both names, one meaning.\n");
        Document page = page();
        assertThat(page.select("dl.glossary > dt")).hasSize(2);
        assertThat(page.select("dl.glossary > dd")).hasSize(1);
    }

    @Test
    void misformattedGlossariesWarnAtTheirLine() throws IOException {
        SiteBuilder.Result result = build("   Data Unit\n\n   Device Node\n      Text.\n   Other\n      More.\n");
        List<String> messages = result.warnings().stream().map(w -> w.line() + " " + w.message()).toList();
        assertThat(messages).containsExactly("8 glossary terms must not be separated by empty lines",
                "10 glossary term must be preceded by empty line");
    }
}
