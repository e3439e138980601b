package org.kdocs.site.ext.sphinx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;

/** Sphinx's math directive: one block however many paragraphs, :nowrap: and :label: accepted. */
class MathDirectiveTest {
    @TempDir
    Path dir;

    @Test
    void nowrapAndLabelAreSphinxOptionsAndTheContentStaysOneBlock() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Maths\n=====\n\n.. math::\n   :nowrap:\n   :label: euler\n\n"
                + "   \\begin{align}\n   e^{i\\pi} + 1 = 0\n\n   x = y\n   \\end{align}\n", StandardCharsets.UTF_8);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1).build().run();
        assertThat(result.warnings()).isEmpty();
        Document page = Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
        assertThat(page.select(".math")).hasSize(1);
        assertThat(page.select("#equation-euler")).hasSize(1);
        assertThat(page.select(".math").text()).contains("e^{i\\pi} + 1 = 0").contains("x = y");
    }

    @Test
    void anUnknownOptionIsStillAnError() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Maths\n=====\n\n.. math::\n   :numbered:\n\n   x\n",
                StandardCharsets.UTF_8);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1).build().run();
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("unknown option: \"numbered\"");
        });
    }
}
