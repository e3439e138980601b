package org.kdocs.asciidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.ForeignPages;
import org.kdocs.site.SourceDoc;
import org.kdocs.site.SourceTree;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;
import org.kdocs.tree.Document;
import org.kdocs.tree.NodeType;

/**
 * Man pages, headerless pages, parallel reads and source highlighters
 * (src/test/resources/manpage-set and asciidoc/sample.adoc).
 */
class AsciidocManPagesTest {
    private static final Path SET = TestResources.path("manpage-set");
    private static final AsciidocReader READER = new AsciidocReader();

    private static SourceDoc source(Path dir, String file) {
        String suffix = file.substring(file.lastIndexOf('.'));
        return new SourceDoc(SourceTree.of(dir, true), file.substring(0, file.lastIndexOf('.')), dir.resolve(file), suffix);
    }

    private static Document read(Path dir, String file, List<Warning> warnings) {
        return READER.read(source(dir, file), warnings::add);
    }

    @Test
    void aManPageRecordsItsNameVolumeAndPurposeWithTheLinesJoined() {
        Document page = read(SET, "demo-record.txt", new ArrayList<>());
        assertThat(page.getString(ForeignPages.MAN_NAME)).isEqualTo("demo-record");
        assertThat(page.getString(ForeignPages.MAN_VOLUME)).isEqualTo("1");
        assertThat(page.getString(ForeignPages.MAN_PURPOSE)).isEqualTo("Run a command and record what it did into demo.data");
        assertThat(page.findAll(NodeType.SECTION).get(1).child(0).astext()).as("NAME stays on the page").isEqualTo("NAME");
    }

    @Test
    void pagesWithoutAManTitleOrNameSectionAreNoManPages(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("no-name.adoc"), "= tool(1)\n\n== DESCRIPTION\n\ntool - not a NAME section\n");
        assertThat(read(dir, "no-name.adoc", new ArrayList<>()).getString(ForeignPages.MAN_NAME)).isNull();
        assertThat(read(SET, "overhead.txt", new ArrayList<>()).getString(ForeignPages.MAN_NAME)).isNull();
        assertThat(read(SET, "common-options.txt", new ArrayList<>()).getString(ForeignPages.MAN_NAME)).isNull();
    }

    @Test
    void aHeaderlessPageTakesItsFirstSectionAsItsTitleWithoutRepeatingIt() {
        Document page = read(SET, "overhead.txt", new ArrayList<>());
        List<String> sections = page.findAll(NodeType.SECTION).stream()
                .map(s -> s.ids().get(0) + " " + s.child(0).astext()).toList();
        assertThat(sections).containsExactly("_overhead_calculation Overhead calculation", "_children Children");
        assertThat(page.findAll(NodeType.SECTION).get(1).parent()).isSameAs(page.findAll(NodeType.SECTION).get(0));
    }

    @Test
    void parallelReadsGiveTheSerialResultsAndEachPageOnlyItsOwnWarnings() throws Exception {
        Map<SourceDoc, String> serial = new LinkedHashMap<>();
        Map<SourceDoc, List<String>> serialWarnings = new LinkedHashMap<>();
        List<SourceDoc> sources = new ArrayList<>();
        for (String file : List.of("demo.txt", "demo-record.txt", "demo-report.txt", "common-options.txt", "overhead.txt")) {
            sources.add(source(SET, file));
        }
        sources.add(source(TestResources.path("asciidoc"), "sample.adoc"));
        for (SourceDoc doc : sources) {
            List<Warning> warnings = new ArrayList<>();
            serial.put(doc, READER.read(doc, warnings::add).pformat());
            serialWarnings.put(doc, warnings.stream().map(Warning::format).toList());
        }
        assertThat(serialWarnings.values().stream().mapToInt(List::size).sum()).as("sample.adoc has one").isEqualTo(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (SourceDoc doc : sources) {
                    runs.add(pool.submit(() -> {
                        List<Warning> warnings = new ArrayList<>();
                        assertThat(READER.read(doc, warnings::add).pformat()).isEqualTo(serial.get(doc));
                        assertThat(warnings).extracting(Warning::format).isEqualTo(serialWarnings.get(doc));
                        return null;
                    }));
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sourceHighlightersThatAreGemsStillWork(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rouge.adoc"),
                "= Code\n:source-highlighter: rouge\n\n.Example\n[source,c]\n----\nint x;\n----\n");
        Files.writeString(dir.resolve("coderay.adoc"),
                "= Code\n:source-highlighter: coderay\n\n.Example\n[source,c]\n----\nint x;\n----\n");
        List<Warning> warnings = new ArrayList<>();
        Document rouge = read(dir, "rouge.adoc", warnings);
        Document coderay = read(dir, "coderay.adoc", warnings);
        assertThat(warnings).isEmpty();
        assertThat(rouge.findAll(NodeType.RAW).get(0).astext()).contains("rouge highlight", "<span class=\"kt\">int</span>");
        assertThat(coderay.findAll(NodeType.RAW).get(0).astext()).contains("CodeRay", "<span class=\"predefined-type\">int</span>");
    }

    @Test
    void asciidoctorsLibIsFoundInAsciidoctorjsJarByTheVersionItRecords() throws IOException {
        java.util.Properties versions = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/asciidoctorj-version.properties")) {
            versions.load(in);
        }
        assertThat(versions.getProperty("version.asciidoctor")).matches("[0-9]+\\.[0-9.]+");
        assertThat(AsciidoctorStartup.asciidoctorLib()).contains(
                "uri:classloader:/gems/asciidoctor-" + versions.getProperty("version.asciidoctor") + "/lib");
    }

    @Test
    void theJarHoldingAsciidoctorIsIndexedOnAThreadOfItsOwnAndALibOutsideAJarIsLeftAlone() throws InterruptedException {
        assertThat(AsciidoctorStartup.indexJarEarly("uri:classloader:/no/such/lib")).isEmpty();
        Thread indexer = AsciidoctorStartup.indexJarEarly(AsciidoctorStartup.asciidoctorLib().orElseThrow()).orElseThrow();
        assertThat(indexer.getName()).isEqualTo("kdocs-jar-index");
        assertThat(indexer.isDaemon()).isTrue();
        indexer.join(60_000);
        assertThat(indexer.isAlive()).isFalse();
    }
}
