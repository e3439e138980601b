package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asciidoctor.Asciidoctor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;
import org.kdocs.tree.Document;

/** Starting Asciidoctor before the first read, and which source trees surely need it. */
class AsciidocEarlyStartTest {
    private static final Path DIR = TestResources.path("asciidoc");

    @Test
    void startEarlyStartsAsciidoctorOnItsOwnThreadAndTheReadUsesThatInstance() throws InterruptedException {
        List<String> starters = new CopyOnWriteArrayList<>();
        AsciidocReader reader = new AsciidocReader(() -> {
            starters.add(Thread.currentThread().getName());
            return AsciidocReader.standardInstance();
        });
        reader.startEarly();
        for (int waited = 0; !reader.started() && waited < 1200; waited++) {
            Thread.sleep(100);
        }
        assertThat(reader.started()).isTrue();

        List<Warning> warnings = new ArrayList<>();
        SourceDoc source = new SourceDoc(SourceTree.of(DIR, true), "sample", DIR.resolve("sample.adoc"), ".adoc");
        Document document = reader.read(source, warnings::add);

        assertThat(document).isNotNull();
        assertThat(starters).containsExactly("kdocs-asciidoctor-start");
    }

    @Test
    void aStartThatFailedIsTriedAgainByTheFirstReadAndReportedThere() throws InterruptedException {
        List<String> starters = new CopyOnWriteArrayList<>();
        AsciidocReader reader = new AsciidocReader(() -> {
            starters.add(Thread.currentThread().getName());
            throw new IllegalStateException("no JRuby here");
        });
        reader.startEarly();
        for (int waited = 0; starters.isEmpty() && waited < 1200; waited++) {
            Thread.sleep(100);
        }
        Thread.sleep(100);

        List<Warning> warnings = new ArrayList<>();
        SourceDoc source = new SourceDoc(SourceTree.of(DIR, true), "sample", DIR.resolve("sample.adoc"), ".adoc");
        assertThat(reader.read(source, warnings::add)).isNull();

        assertThat(starters).containsExactly("kdocs-asciidoctor-start", Thread.currentThread().getName());
        assertThat(warnings).extracting(Warning::format).singleElement().asString()
                .endsWith("sample.adoc: CRITICAL: AsciiDoc conversion failed: no JRuby here");
    }

    @Test
    void aStartBegunBeforeAnyReaderIsTakenByTheFirstStartOnly() throws Exception {
        java.util.concurrent.Future<Asciidoctor> begun = AsciidoctorStartup.startInBackground();
        assertThat(AsciidoctorStartup.startInBackground()).isSameAs(begun);

        Asciidoctor first = AsciidoctorStartup.start();
        assertThat(first).isSameAs(begun.get());
        // the next start is a new instance: a reader adds its own include processor and log handler
        Asciidoctor second = AsciidoctorStartup.start();
        assertThat(second).isNotSameAs(first);
        assertThat(second.convert("linkperf:perf-top[1]", org.asciidoctor.Options.builder().build()))
                .contains("perf-top.html");
    }

    @Test
    void aTreeWithTheAsciidocMarkerOrAnAdocFileAtItsTopReadsAsciidoc(@TempDir Path dir) throws IOException {
        Path marked = Files.createDirectories(dir.resolve("perf"));
        Files.writeString(marked.resolve("asciidoc.conf"), "");
        Path adoc = Files.createDirectories(dir.resolve("book"));
        Files.writeString(adoc.resolve("index.adoc"), "= Book\n");
        Path rst = Files.createDirectories(dir.resolve("rst"));
        Files.writeString(rst.resolve("index.rst"), "Title\n=====\n");
        Files.createDirectories(rst.resolve("deeper"));
        Files.writeString(rst.resolve("deeper/page.adoc"), "= Page\n");

        assertThat(AsciidocReader.readsAsciidoc(List.of(marked))).isTrue();
        assertThat(AsciidocReader.readsAsciidoc(List.of(rst, adoc))).isTrue();
        assertThat(AsciidocReader.readsAsciidoc(List.of(rst))).isFalse();
        assertThat(AsciidocReader.readsAsciidoc(List.of(dir.resolve("missing")))).isFalse();
    }
}
