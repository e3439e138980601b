package org.kdocs.site.ext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.SiteExtensions;
import org.kdocs.site.Warning;
import org.kdocs.site.ext.sphinx.SphinxExtension;

/**
 * kfigure.py's HTML mode on a kernel-like tree: DOT files and kernel-render blocks become SVG
 * files made by Graphviz (scripts/ensure-graphviz installs it before the tests run).
 */
class KernelFiguresTest {
    private static final String GRAPH = "digraph G { a -> b; }\n";

    @TempDir
    Path dir;

    private Path docs() throws IOException {
        Path docs = dir.resolve("linux/Documentation");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("graph.dot"), GRAPH);
        return docs;
    }

    private List<String> build(Path docs, String index, String dot) throws IOException {
        Files.writeString(docs.resolve("index.rst"), index);
        // the installed extensions, with this dot for kfigure
        SiteExtensions extensions = SiteExtensions.of(List.of(new SphinxExtension(), new KernelExtension(dot)));
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out"))
                .extensions(extensions).build().run();
        assertThat(result.failed()).isFalse();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    private Document page() throws IOException {
        return Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
    }

    // the root element of the SVG file an <img> points to, parsed as XML
    private String svgRoot(Element img) throws Exception {
        Path file = dir.resolve("out").resolve(img.attr("src")).normalize();
        assertThat(file).isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getTagName();
    }

    private Path failingDot() throws IOException {
        Path script = dir.resolve("bin/dot");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho 'syntax error in line 1' >&2\nexit 3\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        return script;
    }

    @Test
    void aDotFileInAKernelFigureBecomesAnSvgNamedByItsContent() throws Exception {
        Path docs = docs();
        assertThat(build(docs, "T\n=\n\n.. kernel-figure:: graph.dot\n   :alt: a graph\n\n   The caption.\n",
                "dot")).isEmpty();
        Element img = page().selectFirst("figure img");
        assertThat(img.attr("src")).isEqualTo("_images/graph-" + sha1(GRAPH) + ".svg");
        assertThat(img.attr("alt")).isEqualTo("a graph");
        assertThat(svgRoot(img)).isEqualTo("svg");
        assertThat(page().select("figcaption").text()).contains("The caption.");
    }

    @Test
    void kernelRenderTurnsDotAndSvgContentIntoImageFiles() throws Exception {
        Path docs = docs();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\" "
                + "height=\"5\"/></svg>";
        assertThat(build(docs, "T\n=\n\n.. kernel-render:: DOT\n   :alt: rendered\n   :caption: **Rendered** graph.\n\n"
                + "   digraph { x -> y }\n\n.. kernel-render:: SVG\n\n   " + svg + "\n", "dot")).isEmpty();
        List<Element> images = page().select("article img");
        assertThat(images).hasSize(2);
        assertThat(images.get(0).attr("src")).isEqualTo("_images/DOT-" + sha1("digraph { x -> y }") + ".svg");
        assertThat(images.get(0).attr("alt")).isEqualTo("rendered");
        assertThat(svgRoot(images.get(0))).isEqualTo("svg");
        // kfigure parses the caption: its inline markup is rendered
        assertThat(page().select("figure figcaption").text()).contains("Rendered graph.");
        assertThat(page().select("figure figcaption strong").text()).isEqualTo("Rendered");
        assertThat(images.get(1).attr("src")).isEqualTo("_images/SVG-" + sha1(svg) + ".svg");
        assertThat(images.get(1).attr("alt")).isEmpty();
        assertThat(images.get(1).className()).isEmpty();
        assertThat(Files.readString(dir.resolve("out").resolve(images.get(1).attr("src")))).isEqualTo(svg);
        assertThat(page().select("article pre")).isEmpty();
    }

    @Test
    void anSvgKernelImageIsCopiedAsItIs() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("pic.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        assertThat(build(docs, "T\n=\n\n.. kernel-image:: pic.svg\n", "dot")).isEmpty();
        assertThat(page().selectFirst("article img").attr("src")).isEqualTo("_images/pic.svg");
        assertThat(Files.readString(dir.resolve("out/_images/pic.svg"))).contains("<svg");
    }

    @Test
    void withoutDotKfigureWarnsOnceAndShowsTheDotSourceAsLiteralBlocks() throws IOException {
        Path docs = docs();
        assertThat(build(docs, "T\n=\n\n.. kernel-figure:: graph.dot\n\n   Caption.\n\n"
                + ".. kernel-render:: DOT\n\n   digraph { x -> y }\n", dir.resolve("no/dot").toString()))
                .containsExactly("WARNING: dot(1) not found, for better output quality install graphviz from "
                        + "https://www.graphviz.org");
        assertThat(page().select("article img")).isEmpty();
        assertThat(page().select("figure pre").text()).isEqualTo(GRAPH.strip());
        assertThat(page().select("article pre").eachText()).contains("digraph { x -> y }");
    }

    @Test
    void aFailingDotRunIsAWarningWithFileAndLineAndFallsBackToTheSource() throws IOException {
        Path docs = docs();
        Path dot = failingDot();
        List<String> warnings = build(docs, "T\n=\n\nText.\n\n.. kernel-image:: graph.dot\n\n"
                + ".. kernel-render:: DOT\n\n   digraph { x -> y }\n", dot.toString());
        assertThat(warnings).containsExactly(
                "index.rst:6: WARNING: Error #3 when calling: " + dot + " -Tsvg " + docs.resolve("graph.dot")
                        .toString().replace(docs + "/", "") + " (syntax error in line 1)",
                "index.rst:8: WARNING: Error #3 when calling: " + dot + " -Tsvg (syntax error in line 1)");
        assertThat(page().select("article img")).isEmpty();
        assertThat(page().select("article pre").eachText()).containsExactly(GRAPH.strip(), "digraph { x -> y }");
        assertThat(dir.resolve("out/_images")).doesNotExist();
    }

    @Test
    void aRebuildReusesTheSvgOfThePreviousBuildInsteadOfRunningDot() throws Exception {
        Path docs = docs();
        String index = "T\n=\n\n.. kernel-figure:: graph.dot\n\n   Caption.\n";
        assertThat(build(docs, index, "dot")).isEmpty();
        // a dot that would fail: the unchanged graph must not need it
        assertThat(build(docs, index, failingDot().toString())).isEmpty();
        assertThat(svgRoot(page().selectFirst("figure img"))).isEqualTo("svg");
        Files.writeString(docs.resolve("graph.dot"), "digraph G { a -> c; }\n");
        assertThat(build(docs, index, failingDot().toString())).singleElement().asString()
                .contains("WARNING: Error #3 when calling:");
    }

    // Sphinx 5.3 with kfigure: kernel_figure is not enumerable, but the figure inside it is, so a
    // captioned kernel-figure or kernel-render gets an automatic id like a plain figure, and a
    // number when numfig is on
    @Test
    void captionedKernelFiguresAreEnumerableFiguresWithIdsAndNumbers() throws Exception {
        Path docs = docs();
        String index = "T\n=\n\n.. kernel-figure:: graph.dot\n\n   First.\n\n.. figure:: graph.dot\n\n   Second.\n\n"
                + ".. kernel-render:: DOT\n   :caption: Third.\n\n   digraph { x -> y }\n\n"
                + ".. kernel-image:: graph.dot\n";
        assertThat(build(docs, index, "dot")).isEmpty();
        assertThat(page().select("article figure").eachAttr("id")).containsExactly("id1", "id2", "id3");
        assertThat(page().select(".caption-number")).isEmpty();

        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\nnumfig = True\n");
        assertThat(build(docs, index, "dot")).isEmpty();
        assertThat(page().select("article figure .caption-number").eachText())
                .containsExactly("Fig. 1", "Fig. 2", "Fig. 3");
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
