package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images copied into _images/ and :download: files into _downloads/, checked on a built site. */
class AssetsTest {
    @TempDir
    Path dir;

    private Path docs() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("sub"));
        Files.createDirectories(docs.resolve("other"));
        Files.writeString(docs.resolve("pic.png"), "top");
        Files.writeString(docs.resolve("sub/pic.png"), "sub");
        Files.writeString(docs.resolve("other/pic.png"), "other");
        Files.writeString(docs.resolve("sub/data.txt"), "payload\n");
        return docs;
    }

    private List<String> build(Path docs) {
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1).build().run();
        assertThat(result.failed()).isFalse();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).toFile(), "UTF-8");
    }

    // the file an <img src> or <a href> of the page at pagePath points to
    private Path target(String pagePath, String link) {
        return dir.resolve("out").resolve(pagePath).getParent().resolve(link).normalize();
    }

    @Test
    void imagesAreCopiedIntoImagesAndTheirSrcResolvesFromEveryPage() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. toctree::\n\n   sub/page\n\n.. image:: pic.png\n");
        Files.writeString(docs.resolve("sub/page.rst"), "S\n=\n\n.. image:: ../pic.png\n   :alt: again\n");
        assertThat(build(docs)).isEmpty();
        Element top = page("index.html").selectFirst("article img");
        assertThat(top.attr("src")).isEqualTo("_images/pic.png");
        assertThat(top.attr("alt")).isEqualTo("_images/pic.png");
        Element sub = page("sub/page.html").selectFirst("article img");
        assertThat(sub.attr("src")).isEqualTo("../_images/pic.png");
        assertThat(Files.readString(target("sub/page.html", sub.attr("src")))).isEqualTo("top");
        assertThat(Files.readString(target("index.html", top.attr("src")))).isEqualTo("top");
    }

    @Test
    void imagesWithTheSameNameAreRenamedInPageOrder() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. image:: pic.png\n\n.. image:: sub/pic.png\n\n"
                + ".. figure:: /other/pic.png\n\n   Caption.\n\n.. image:: pic.png\n");
        assertThat(build(docs)).isEmpty();
        List<String> srcs = page("index.html").select("article img").eachAttr("src");
        assertThat(srcs).containsExactly("_images/pic.png", "_images/pic1.png", "_images/pic2.png",
                "_images/pic.png");
        assertThat(Files.readString(target("index.html", srcs.get(1)))).isEqualTo("sub");
        assertThat(Files.readString(target("index.html", srcs.get(2)))).isEqualTo("other");
        try (var files = Files.list(dir.resolve("out/_images"))) {
            assertThat(files.count()).isEqualTo(3);
        }
    }

    @Test
    void aMissingImageWarnsWithFileAndLineAndKeepsItsSourcePath() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. toctree::\n\n   sub/page\n");
        Files.writeString(docs.resolve("sub/page.rst"), "S\n=\n\nText.\n\n.. image:: nothere.png\n   :alt: x\n");
        assertThat(build(docs)).containsExactly("sub/page.rst:6: WARNING: image file not readable: sub/nothere.png");
        assertThat(page("sub/page.html").selectFirst("article img").attr("src")).isEqualTo("sub/nothere.png");
        assertThat(dir.resolve("out/_images")).doesNotExist();
    }

    @Test
    void aGlobPicksSvgBeforePngAndWarnsWhenNothingMatches() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("sub/g.png"), "png");
        Files.writeString(docs.resolve("sub/g.svg"), "svg");
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. image:: sub/g.*\n\n.. image:: none.*\n");
        assertThat(build(docs)).containsExactly(
                "index.rst:6: WARNING: a suitable image for html builder not found: none.*");
        assertThat(page("index.html").select("article img").eachAttr("src"))
                .containsExactly("_images/g.svg", "none.*");
        assertThat(Files.readString(dir.resolve("out/_images/g.svg"))).isEqualTo("svg");
    }

    @Test
    void remoteAndDataImagesAreLeftAlone() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. image:: https://example.org/x.png\n\n"
                + ".. image:: data:image/png;base64,AAAA\n");
        assertThat(build(docs)).isEmpty();
        assertThat(page("index.html").select("article img").eachAttr("src"))
                .containsExactly("https://example.org/x.png", "data:image/png;base64,AAAA");
    }

    @Test
    void aTranslationsImagesShareImagesAndLinkFromItsDirectory() throws IOException {
        Path docs = docs();
        Path zh = dir.resolve("docs-zh_CN");
        Files.createDirectories(zh);
        Files.writeString(zh.resolve("pic.png"), "zh");
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. image:: pic.png\n");
        Files.writeString(zh.resolve("index.rst"), "T\n=\n\n.. image:: pic.png\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).source(zh).output(dir.resolve("out")).jobs(1)
                .build().run();
        assertThat(result.warnings()).isEmpty();
        String src = page("docs-zh_CN/index.html").selectFirst("article img").attr("src");
        assertThat(src).isEqualTo("../_images/pic1.png");
        assertThat(Files.readString(target("docs-zh_CN/index.html", src))).isEqualTo("zh");
    }

    @Test
    void aResizedImageLinksToItsFullSizeFile() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. image:: pic.png\n   :width: 50%\n\n"
                + ".. image:: sub/pic.png\n   :width: 10px\n   :class: no-scaled-link\n");
        assertThat(build(docs)).isEmpty();
        Element link = page("index.html").selectFirst("a.image-reference");
        assertThat(link.className()).isEqualTo("reference internal image-reference");
        assertThat(link.attr("href")).isEqualTo("_images/pic.png");
        assertThat(link.select("img").attr("src")).isEqualTo("_images/pic.png");
        assertThat(page("index.html").select("a.image-reference")).hasSize(1);
    }

    @Test
    void aDownloadIsCopiedUnderTheMd5OfItsPathAndLinked() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. toctree::\n\n   sub/page\n\n"
                + "Get :download:`sub/data.txt`.\n");
        Files.writeString(docs.resolve("sub/page.rst"), "S\n=\n\nGet :download:`the data <data.txt>`.\n");
        assertThat(build(docs)).isEmpty();
        String expected = "_downloads/" + md5("sub/data.txt") + "/data.txt";
        Element top = page("index.html").selectFirst("a.download");
        assertThat(top.className()).isEqualTo("reference download internal");
        assertThat(top.hasAttr("download")).isTrue();
        assertThat(top.attr("href")).isEqualTo(expected);
        Element code = top.selectFirst("code");
        assertThat(code.className()).isEqualTo("xref download docutils literal notranslate");
        assertThat(code.select("span.pre").text()).isEqualTo("sub/data.txt");
        Element sub = page("sub/page.html").selectFirst("a.download");
        assertThat(sub.attr("href")).isEqualTo("../" + expected);
        assertThat(sub.text()).isEqualTo("the data");
        assertThat(Files.readString(target("sub/page.html", sub.attr("href")))).isEqualTo("payload\n");
    }

    @Test
    void aMissingDownloadWarnsAndIsNotLinked() throws IOException {
        Path docs = docs();
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\nText.\n\nGet :download:`gone.txt` now.\n");
        // the message names the full path (made relative here, as for the location)
        assertThat(build(docs)).containsExactly("index.rst:6: WARNING: download file not readable: gone.txt");
        assertThat(page("index.html").select("a.download")).isEmpty();
        assertThat(page("index.html").select("code.download").text()).isEqualTo("gone.txt");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
