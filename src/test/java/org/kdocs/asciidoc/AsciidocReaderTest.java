package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/** One AsciiDoc file read into the site's document tree (src/test/resources/asciidoc/sample.adoc). */
class AsciidocReaderTest {
    private static final Path DIR = TestResources.path("asciidoc");
    private static final List<Warning> WARNINGS = new ArrayList<>();
    private static Document document;
    private static AsciidocReader reader;

    @BeforeAll
    static void read() {
        reader = new AsciidocReader();
        assertThat(reader.started()).isFalse();
        SourceDoc source = new SourceDoc(SourceTree.of(DIR, true), "sample", DIR.resolve("sample.adoc"), ".adoc");
        document = reader.read(source, WARNINGS::add);
    }

    @Test
    void theFirstReadStartsAsciidoctor() {
        assertThat(reader.started()).isTrue();
    }

    @Test
    void theTitleAndSectionsBecomeNestedSectionsWithAsciidoctorsIds() {
        List<String> titles = new ArrayList<>();
        for (Element section : document.findAll(NodeType.SECTION)) {
            titles.add(section.ids().get(0) + " " + section.child(0).astext());
        }
        assertThat(titles).containsExactly("sample-page Sample page", "_too_deep Too deep", "_second Second");
    }

    @Test
    void linkperfLinksToTheCommandsPageAndShowsTheSection() {
        String html = document.findAll(NodeType.RAW).get(0).astext();
        assertThat(html).contains("<a href=\"perf-trace.html\" class=\"linkperf\">perf-trace(1)</a>")
                .contains("<a href=\"perf-report.html\" class=\"linkperf\">perf-report</a>");
    }

    @Test
    void asciidoctorWarningsBecomeBuildWarningsWithTheirLine() {
        assertThat(WARNINGS).extracting(Warning::format).containsExactly(
                DIR.resolve("sample.adoc") + ":6: WARNING: section title out of sequence: expected level 1, got level 2");
    }

    @Test
    void includesReadFilesOfTheTreeButFollowNoLinkOutOfIt(@TempDir Path dir) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("secret.adoc"), "secret-text-17\n");
        Files.createSymbolicLink(docs.resolve("escape.adoc"), dir.resolve("secret.adoc"));
        Files.createDirectories(docs.resolve("parts"));
        Files.writeString(docs.resolve("parts/part.adoc"), "before\n// tag::keep[]\nkept-text\n// end::keep[]\nafter\n");
        Files.writeString(docs.resolve("page.adoc"), "= Page\n\ninclude::escape.adoc[]\n\n"
                + "include::parts/part.adoc[tag=keep]\n\ninclude::../secret.adoc[]\n");
        List<Warning> warnings = new ArrayList<>();
        Document page = reader.read(new SourceDoc(SourceTree.of(docs, true), "page", docs.resolve("page.adoc"),
                ".adoc"), warnings::add);
        String html = String.join("\n", page.findAll(NodeType.RAW).stream().map(Element::astext).toList());
        assertThat(html).contains("kept-text").doesNotContain("before").doesNotContain("secret-text-17");
        assertThat(warnings).extracting(Warning::format).containsExactly(
                docs.resolve("page.adoc") + ":3: WARNING: include file outside the source tree not read: escape.adoc",
                docs.resolve("page.adoc") + ":7: WARNING: include file outside the source tree not read: ../secret.adoc");
    }

    @Test
    void anIncludeCycleStopsAtTheDepthLimit(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.adoc"), "a-line\n\ninclude::b.adoc[]\n");
        Files.writeString(dir.resolve("b.adoc"), "b-line\n\ninclude::a.adoc[]\n");
        List<Warning> warnings = new ArrayList<>();
        Document page = reader.read(new SourceDoc(SourceTree.of(dir, true), "a", dir.resolve("a.adoc"), ".adoc"),
                warnings::add);
        assertThat(page).isNotNull();
        assertThat(warnings).extracting(Warning::message).containsExactly("maximum include depth of 64 exceeded");
    }
}
