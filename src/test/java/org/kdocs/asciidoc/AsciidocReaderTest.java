package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;

/** One AsciiDoc file read into the site's document tree (src/test/resources/asciidoc/sample.adoc). */
class AsciidocReaderTest {
    private static final Path DIR = Path.of("src/test/resources/asciidoc");
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
}
