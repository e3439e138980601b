package org.kdocs.site.ext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;

/** The kernel's directives and roles, built from small fixtures laid out like linux/Documentation. */
class KernelDirectivesTest {
    @TempDir
    Path dir;

    private Path docs() throws IOException {
        Path docs = dir.resolve("linux/Documentation");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        return docs;
    }

    private List<String> build(Path docs, String index) throws IOException {
        Files.writeString(docs.resolve("index.rst"), index);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).build().run();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    private Document page() throws IOException {
        return Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
    }

    @Test
    void flatTableSpansColumnsAndRowsWithCspanAndRspan() throws IOException {
        List<String> warnings = build(docs(), "T\n=\n\n.. flat-table:: Spans\n   :header-rows: 1\n\n"
                + "   * - a\n     - b\n     - c\n\n"
                + "   * - :rspan:`1` tall\n     - :cspan:`1` wide\n\n"
                + "   * - x\n     - y\n");
        assertThat(warnings).isEmpty();
        Document page = page();
        assertThat(page.select("table caption .caption-text").text()).isEqualTo("Spans");
        // the kernel's conf.py leaves numfig off: no number
        assertThat(page.select("table caption .caption-number")).isEmpty();
        assertThat(page.select("thead th").eachText()).containsExactly("a", "b", "c");
        assertThat(page.select("td[rowspan=2]").text()).isEqualTo("tall");
        assertThat(page.select("td[colspan=2]").eachText()).containsExactly("wide");
        assertThat(page.select("tbody tr").get(1).select("td").eachText()).containsExactly("x", "y");
    }

    @Test
    void aFlatTableTitleMayHoldInlineMarkup() throws IOException {
        // as docutils' make_title parses it (userspace-api/media/v4l/vidioc-enumstd.rst: a :ref: in the title)
        assertThat(build(docs(), ".. _spec:\n\nT\n=\n\n.. flat-table:: Based on :ref:`spec` and *this*\n\n"
                + "   * - a\n")).isEmpty();
        assertThat(page().select("table caption .caption-text").text()).isEqualTo("Based on T and this");
        assertThat(page().select("table caption a").attr("href")).isEqualTo("#spec");
        assertThat(page().select("table caption em").text()).isEqualTo("this");
    }

    @Test
    void aShortRowsLastCellIsStretchedUnlessFillCellsIsSet() throws IOException {
        Path docs = docs();
        build(docs, "T\n=\n\n.. flat-table::\n\n   * - a\n     - b\n     - c\n\n   * - only\n");
        assertThat(page().select("td[colspan=3]").text()).isEqualTo("only");
        build(docs, "T\n=\n\n.. flat-table::\n   :fill-cells:\n\n   * - a\n     - b\n     - c\n\n   * - only\n");
        assertThat(page().select("tbody tr").get(1).select("td")).hasSize(3);
        assertThat(page().select("td[colspan]")).isEmpty();
    }

    @Test
    void flatTableWithoutATwoLevelListIsAnError() throws IOException {
        assertThat(build(docs(), "T\n=\n\n.. flat-table::\n\n   * a\n   * b\n"))
                .containsExactly("index.rst:4: ERROR: Error parsing content block for the \"flat-table\" directive:"
                        + " two-level bullet list expected, but row 1 does not contain a second-level bullet list.");
    }

    @Test
    void aTreeWithoutConfPyAndSphinxFolderDoesNotKnowFlatTable() throws IOException {
        Path docs = dir.resolve("plain");
        Files.createDirectories(docs);
        assertThat(build(docs, "T\n=\n\n.. flat-table::\n\n   * - a\n"))
                .containsExactly("index.rst:4: ERROR: Unknown directive type \"flat-table\".");
    }

    @Test
    void kernelIncludeExpandsBuilddirAndRefusesEtc() throws IOException {
        Path docs = docs();
        // BUILDDIR is the build directory beside the output, where the pre-steps write
        Files.createDirectories(dir.resolve("out.kdocs-build"));
        Files.writeString(dir.resolve("out.kdocs-build/part.h.rst"), "Included from the build directory.\n");
        Files.writeString(dir.resolve("secret.txt"), "secret\n");
        assertThat(build(docs, "T\n=\n\n.. kernel-include:: $BUILDDIR/part.h.rst\n")).isEmpty();
        assertThat(page().select("article p").text()).contains("Included from the build directory.");
        assertThat(build(docs, "T\n=\n\n.. kernel-include:: $BUILDDIR/../secret.txt\n")).singleElement()
                .asString().contains("outside the include root");
        assertThat(build(docs, "T\n=\n\n.. kernel-include:: /etc/passwd\n")).singleElement().asString()
                .contains("prohibited path: /etc/passwd");
    }

    @Test
    void kernelIncludeNotesTheVariablesItExpandsSoThatTheBuildCacheKeysOnThem() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("part.rst"), "Part.\n");
        Path index = docs.resolve("index.rst");
        Files.writeString(index, "T\n=\n\n.. kernel-include:: ${BUILDDIR}/../part.rst\n");
        org.kdocs.site.SourceTree tree = org.kdocs.site.SourceTree.of(docs, true);
        List<Warning> warnings = new java.util.ArrayList<>();
        org.kdocs.tree.Document read = new org.kdocs.site.RstReader().read(
                new org.kdocs.site.SourceDoc(tree, "index", index, ".rst"), warnings::add);
        assertThat(read).as(warnings.toString()).isNotNull();
        assertThat(read.dependencies()).contains(org.kdocs.tree.Document.environmentDependency("BUILDDIR"));
    }

    @Test
    void kernelRenderShowsTheRenderedGraphInACaptionedFigure() throws IOException {
        assertThat(build(docs(), "T\n=\n\n.. kernel-render:: DOT\n   :alt: graph\n   :caption: A graph\n\n"
                + "   digraph { a -> b }\n")).isEmpty();
        assertThat(page().select("figure img").attr("alt")).isEqualTo("graph");
        assertThat(page().select("figure img").attr("src")).startsWith("_images/DOT-").endsWith(".svg");
        assertThat(page().select("figcaption, p.caption").text()).contains("A graph");
    }

    @Test
    void kernelRenderWarnsAboutAnUnknownLanguage() throws IOException {
        assertThat(build(docs(), "T\n=\n\n.. kernel-render:: PNG\n\n   data\n"))
                .containsExactly("index.rst:4: WARNING: kernel-render: \"PNG\" unknown markup language");
    }

    @Test
    void kernelRenderWithoutContentIsIgnoredWithAWarning() throws IOException {
        assertThat(build(docs(), "T\n=\n\n.. kernel-render:: DOT\n\nText.\n"))
                .containsExactly("index.rst:4: WARNING: Ignoring \"kernel-render\" directive without content.");
    }

    @Test
    void kernelFigureIsAFigureAndRefusesRemoteImages() throws IOException {
        Path docs = docs();
        Files.write(docs.resolve("pic.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
        assertThat(build(docs, "T\n=\n\n.. kernel-figure:: pic.svg\n   :alt: picture\n\n   The caption.\n"))
                .isEmpty();
        assertThat(page().select("img[alt=picture]")).hasSize(1);
        assertThat(build(docs, "T\n=\n\n.. kernel-figure:: https://example.org/x.svg\n")).singleElement()
                .asString().contains("remote images not supported");
    }

    private Path source(String path, String text) throws IOException {
        Path file = dir.resolve("linux").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static final String PROBE = "/**\n * probe() - find the device\n * @dev: the device\n *\n"
            + " * Return: zero.\n */\nint probe(struct device *dev, int flags)\n{\n}\nEXPORT_SYMBOL(probe);\n\n"
            + "/**\n * helper() - not exported\n */\nstatic void helper(void)\n{\n}\n";

    @Test
    void kernelDocDocumentsTheFunctionAndPassesItsWarningsOnAsItWordsThem() throws IOException {
        Path docs = docs();
        Path c = source("drivers/x.c", PROBE);
        assertThat(build(docs, "T\n=\n\n.. kernel-doc:: drivers/x.c\n   :identifiers: probe\n")).containsExactly(
                c + ":8: warning: Function parameter or struct member 'flags' not described in 'probe'");
        assertThat(page().select("dl.c dt").text()).contains("probe");
        assertThat(page().select("article p").eachText()).contains("find the device", "zero.");
        assertThat(page().select("article").text()).doesNotContain("not exported");
    }

    @Test
    void kernelDocExportReadsExportSymbolFromTheFilesItNames() throws IOException {
        Path docs = docs();
        source("drivers/x.h", "/**\n * probe() - find the device\n * @dev: the device\n */\nint probe(struct device *dev);\n"
                + "/**\n * helper() - not exported\n */\nvoid helper(void);\n");
        source("drivers/x.c", PROBE);
        build(docs, "T\n=\n\n.. kernel-doc:: drivers/x.h\n   :export: drivers/*.c\n");
        assertThat(page().select("article").text()).contains("find the device").doesNotContain("not exported");
        build(docs, "T\n=\n\n.. kernel-doc:: drivers/x.h\n   :internal: drivers/*.c\n");
        assertThat(page().select("article").text()).doesNotContain("find the device").contains("not exported");
    }

    @Test
    void aRebuildReadsThePageAgainWhenTheCFileChanged() throws IOException {
        Path docs = docs();
        Path c = source("drivers/x.c", PROBE);
        String index = "T\n=\n\n.. kernel-doc:: drivers/x.c\n";
        build(docs, index);
        assertThat(page().select("article").text()).contains("find the device");
        build(docs, index);
        Files.writeString(c, PROBE.replace("find the device", "locate the device"));
        build(docs, index);
        assertThat(page().select("article").text()).contains("locate the device");
    }

    @Test
    void markupProblemsInACommentAreReportedAtItsLineInTheCFile() throws IOException {
        Path docs = docs();
        Path c = source("drivers/x.c", "/**\n * probe() - find the device\n *\n * A *broken emphasis.\n */\n"
                + "int probe(void);\n");
        assertThat(build(docs, "T\n=\n\n.. kernel-doc:: drivers/x.c\n")).containsExactly(
                "index:4: " + c + ":4: WARNING: Inline emphasis start-string without end-string.");
    }

    @Test
    void aFunctionDocumentedTwiceIsADuplicateAtItsLinesInTheCFiles() throws IOException {
        // as Sphinx 5.3 words it for drm_format_info in gpu/drm-kms: the directive's page and line,
        // then the C file and line of the second comment; the first one's C line after "also defined at"
        Path docs = docs();
        source("drivers/x.h", "\n\n/**\n * probe() - find the device\n * @dev: the device\n */\nint probe(struct device *dev);\n");
        Path c = source("drivers/x.c", PROBE);
        List<String> warnings = build(docs, "T\n=\n\n.. kernel-doc:: drivers/x.h\n\n.. kernel-doc:: drivers/x.c\n"
                + "   :identifiers: probe\n");
        assertThat(warnings).contains("index:6: " + c + ":7: WARNING: Duplicate C declaration, also defined at index:7.\n"
                + "Declaration is '.. c:function:: int probe (struct device *dev, int flags)'.");
    }

    @Test
    void whenKernelDocFailsThePageSaysKernelDocMissing() throws IOException {
        Path docs = docs();
        List<String> warnings = build(docs, "T\n=\n\n.. kernel-doc:: drivers/none.c\n");
        Path none = dir.resolve("linux/drivers/none.c");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).isEqualTo("Error: Cannot open file " + none);
        assertThat(warnings.get(1)).startsWith("index.rst:4: WARNING: kernel-doc '").endsWith(none
                + "' failed with return code 1");
        assertThat(page().select(".admonition.error p").eachText()).contains("kernel-doc missing");
    }

    @Test
    void kernelFeatAndKernelAbiMakeTheirTablesFromTheTree() throws IOException {
        Path docs = docs();
        source("Documentation/features/core/thing/arch-support.txt", "#\n# Feature name:          thing\n"
                + "#         Kconfig:       HAVE_THING\n#         description:   arch supports things\n#\n"
                + "    -----------------------\n    |         arch |status|\n    -----------------------\n"
                + "    |         x86: |  ok  |\n    |        arm64: | TODO |\n    -----------------------\n");
        source("Documentation/ABI/testing/sysfs-thing", "What:\t\t/sys/kernel/thing\nDate:\t\tJanuary 2024\n"
                + "Description:\n\t\tShows the thing.\n");
        // each directive makes a whole page: the tables bring their own titles
        assertThat(build(docs, ".. kernel-feat:: features x86\n")).isEmpty();
        assertThat(page().select("h1").text()).contains("Feature status on x86 architecture");
        assertThat(page().select("table td").eachText()).contains("HAVE_THING", "ok", "arch supports things");
        assertThat(build(docs, "ABI\n===\n\n.. kernel-abi:: ABI/testing\n   :rst:\n")).isEmpty();
        assertThat(page().select("article").text()).contains("/sys/kernel/thing", "Shows the thing.");
    }

    @Test
    void onlySubprojectHoldsForABookBelowDocumentationButNotForTheWholeTree() throws IOException {
        Path docs = docs();
        String index = "T\n=\n\n.. only:: subproject and html\n\n   Book index.\n";
        build(docs, index);
        assertThat(page().select("article p").text()).doesNotContain("Book index.");
        Path book = docs.resolve("process");
        Files.createDirectories(book);
        build(book, index);
        assertThat(page().select("article p").text()).contains("Book index.");
    }

    @Test
    void aTargetBesideARowsCellListStaysReferenceable() throws IOException {
        assertThat(build(docs(), "T\n=\n\n.. flat-table::\n\n   * .. _row-label:\n\n     - cell\n     - two\n\n"
                + "See :ref:`row-label <row-label>`.\n")).isEmpty();
        assertThat(page().select("td#row-label, td span#row-label, td [id=row-label]")).isNotEmpty();
    }

    @Test
    void footnotesWithTheSameNameInTwoDocumentsAreNotDuplicateLabels() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("other.rst"), ":orphan:\n\nO\n=\n\nNote [#f1]_.\n\n.. [#f1] Other.\n");
        assertThat(build(docs, "T\n=\n\nNote [#f1]_.\n\n.. [#f1] First.\n")).isEmpty();
    }
}
