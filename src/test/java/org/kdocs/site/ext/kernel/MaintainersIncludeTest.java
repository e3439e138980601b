package org.kdocs.site.ext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;

/** maintainers-include on src/test/resources/kernel-maintainers/MAINTAINERS in a tree like linux/. */
class MaintainersIncludeTest {
    private static final Path FIXTURE = TestResources.path("kernel-maintainers/MAINTAINERS");

    @TempDir
    Path dir;
    private Path docs;

    @BeforeEach
    void tree() throws IOException {
        docs = dir.resolve("linux/Documentation");
        for (String sub : List.of("sphinx", "process", "maintainer", "networking")) {
            Files.createDirectories(docs.resolve(sub));
        }
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("index.rst"), "Top\n===\n\n.. toctree::\n\n   process/maintainers\n"
                + "   maintainer/profile\n   networking/vortex\n");
        Files.writeString(docs.resolve("process/maintainers.rst"), ".. maintainers-include::\n");
        Files.writeString(docs.resolve("maintainer/profile.rst"), "Profile\n=======\n\nText.\n");
        Files.writeString(docs.resolve("networking/vortex.rst"), "Vortex\n======\n\nText.\n");
    }

    private List<String> build() {
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).build().run();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(dir + "/", "")).toList();
    }

    private Document page() throws IOException {
        return Jsoup.parse(dir.resolve("out/process/maintainers.html").toFile(), "UTF-8");
    }

    // heading texts without the permalink sign
    private static List<String> headings(Document page, String tag) {
        return page.select("article " + tag).stream().map(h -> h.text().replace("\u00b6", "").strip()).toList();
    }

    private static Element field(Element section, String name) {
        for (Element dt : section.select("dl.field-list > dt")) {
            if (dt.text().replaceAll(":$", "").equals(name)) {
                return dt.nextElementSibling();
            }
        }
        return null;
    }

    @Test
    void thePreambleHeadingsBecomeSectionsAndTheDescriptionsALineBlock() throws IOException {
        Files.copy(FIXTURE, dir.resolve("linux/MAINTAINERS"));
        assertThat(build()).isEmpty();
        Document page = page();
        assertThat(headings(page, "h1")).containsExactly("List of maintainers");
        assertThat(headings(page, "h2"))
                .containsExactly("Descriptions of section entries and preferred order", "Maintainers List");
        Element lines = page.select("div.line-block").first();
        assertThat(lines.text()).contains("M: Mail patches to:", "K: \\b(printk|pr_(info|err))\\b");
        assertThat(lines.select("em").eachText()).contains("Mail", "Reviewer", "Mailing list", "Files");
        assertThat(lines.select("a[href='../maintainer/profile.html']").text()).isEqualTo("maintainer/profile");
        assertThat(page.select("#maintainers")).isNotEmpty();
        assertThat(page.select(".admonition.note").text()).contains("look for the most precise areas");
    }

    @Test
    void eachSubsystemIsASectionWithItsFieldsNamedByThePreamble() throws IOException {
        Files.copy(FIXTURE, dir.resolve("linux/MAINTAINERS"));
        build();
        Document page = page();
        assertThat(headings(page, "h3"))
                .containsExactly("3C59X NETWORK DRIVER", "FROB SUBSYSTEM", "THE REST");
        Element frob = page.select("section#frob-subsystem").first();
        assertThat(frob.select("dl.field-list > dt").eachText().stream().map(t -> t.replaceAll(":$", "")))
                .containsExactly("Mail", "Reviewer", "Status", "Subsystem Profile", "Files", "Regex",
                        "Content regex");
        assertThat(field(frob, "Mail").text())
                .isEqualTo("Ann Author <ann@example.org>, Bob Builder <bob@example.org>");
        assertThat(field(frob, "Files").select("code").eachText())
                .containsExactly("drivers/frob/", "include/linux/frob*.h");
        assertThat(field(frob, "Regex").select("code").text()).isEqualTo("\\bfrob");
        assertThat(field(frob, "Subsystem Profile").select("a").attr("href")).isEqualTo("../maintainer/profile.html");
        Element vortex = page.select("section#c59x-network-driver").first();
        assertThat(field(vortex, "Files").select("a").attr("href")).isEqualTo("../networking/vortex.html");
        assertThat(field(vortex, "Mailing list").select("a").attr("href")).isEqualTo("mailto:netdev@example.org");
    }

    @Test
    void aMissingMaintainersFileIsAWarningAtTheDirective() {
        // the page is then without a title, which Sphinx reports where a toctree lists it
        assertThat(build()).containsExactly("linux/Documentation/process/maintainers.rst:1: WARNING: "
                + "maintainers-include: linux/MAINTAINERS missing", "linux/Documentation/index.rst:4: WARNING: "
                + "toctree contains reference to document 'process/maintainers' that doesn't have a title: no link"
                + " will be generated");
    }

    @Test
    void badMarkupInMaintainersIsReportedAtItsOwnLine() throws IOException {
        Files.writeString(dir.resolve("linux/MAINTAINERS"), "List\n====\n\nMaintainers List\n----------------\n\n"
                + "A DRIVER\nM:\tAnn <ann@example.org>\nS:\t*unclosed emphasis\nP:\tDocumentation/gone.rst\n");
        assertThat(build()).containsExactly(
                "linux/MAINTAINERS:9: WARNING: Inline emphasis start-string without end-string.",
                "linux/MAINTAINERS:10: WARNING: unknown document: '../gone'");
    }
}
