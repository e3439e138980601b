package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a rebuild, a page that comes out as before and shows files (images, downloads, kfigure's DOT
 * and SVG figures) has its files claimed and copied again from its record, without its doctree
 * being loaded; when the record would not give what processing the page gives now (an earlier
 * page took a name, a DOT file changed, the page's HTML file changed), the page is loaded and
 * processed. Either way the site and warnings are those of a fresh build. (A page read anew is
 * loaded too: its doctree is let go after reading.)
 */
class ReplayedFilesTest {
    private static final String TEXT_PAGE = "Alpha\n=====\n\nFirst page.\n";

    @TempDir
    Path dir;
    Path src;
    Path out;

    // a kernel-like tree (conf.py and sphinx/), so that kfigure converts its figures
    @BeforeEach
    void writeSources() throws IOException {
        src = dir.resolve("linux/Documentation");
        out = dir.resolve("html");
        Files.createDirectories(src.resolve("sphinx"));
        write("conf.py", "project = 'fixture'\n");
        write("index.rst", "Home\n====\n\n.. toctree::\n\n   alpha\n   beta\n   gamma\n");
        write("alpha.rst", TEXT_PAGE);
        write("beta.rst", "Beta\n====\n\n.. image:: pics/pic.png\n\nGet :download:`the data <files/data.txt>`.\n");
        write("pics/pic.png", "first picture");
        write("files/data.txt", "some data");
        write("gamma.rst", "Gamma\n=====\n\n.. kernel-figure:: graph.dot\n\n   A graph.\n\n"
                + ".. kernel-render:: DOT\n\n   digraph { x -> y }\n\n"
                + ".. kernel-render:: SVG\n\n   <svg xmlns=\"http://www.w3.org/2000/svg\"/>\n\n"
                + ".. image:: pics/pic.png\n");
        write("graph.dot", "digraph G { a -> b; }\n");
    }

    // by copy and rename, as an editor saves: the previous file is never changed in place
    private void write(String name, String text) throws IOException {
        Path file = src.resolve(name);
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private SiteBuilder.Result build(Path output, boolean fresh) {
        SiteBuilder.Result result = SiteBuilder.builder().source(src).output(output).jobs(2).fresh(fresh).build().run();
        assertThat(result.failed()).as(result.warnings().toString()).isFalse();
        return result;
    }

    // the rebuild gives the site and warnings of a fresh build of the same sources
    private SiteBuilder.Result rebuildAsFresh() throws IOException {
        SiteBuilder.Result rebuilt = build(out, false);
        Path fresh = dir.resolve("fresh");
        SiteBuilder.Result freshResult = build(fresh, true);
        assertThat(rebuilt.warnings()).isEqualTo(freshResult.warnings());
        IncrementalBuildTest.assertSameSite(out, fresh);
        return rebuilt;
    }

    private String html(String page) throws IOException {
        return Files.readString(out.resolve(page));
    }

    @Test
    void editingATextPageLoadsNoPageThatShowsFiles() throws IOException {
        SiteBuilder.Result first = build(out, false);
        assertThat(first.warnings()).isEmpty();
        Map<String, Object> images = fileKeys(out.resolve("_images"));
        assertThat(images).containsKey("pic.png").hasSize(4); // and graph-*.svg, DOT-*.svg, SVG-*.svg
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.resolved()).isEqualTo(1);
        assertThat(rebuilt.reparsed()).isEqualTo(1);
        assertThat(rebuilt.loaded()).isEqualTo(1);
        assertThat(html("beta.html")).contains("_images/pic.png").contains("_downloads/");
        assertThat(out.resolve("_images/pic.png")).hasContent("first picture");
        // the copies of unchanged files, and figures converted from unchanged sources, are the previous
        // site's files, kept where they are
        assertThat(fileKeys(out.resolve("_images"))).isEqualTo(images);
    }

    @Test
    void aCopyChangedInTheSiteIsCopiedAgain() throws IOException {
        build(out, false);
        Files.writeString(out.resolve("_images/pic.png"), "changed in the site");
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        rebuildAsFresh();
        assertThat(out.resolve("_images/pic.png")).hasContent("first picture");
    }

    private static Map<String, Object> fileKeys(Path directory) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                keys.put(file.getFileName().toString(), Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }

    @Test
    void aChangedImageFileIsCopiedAgainWithoutLoadingThePage() throws IOException {
        build(out, false);
        write("pics/pic.png", "second picture");
        write("files/data.txt", "other data");
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        // an image's name in _images/ does not depend on its content: only the copy changes
        assertThat(rebuilt.loaded()).isEqualTo(rebuilt.reparsed()).isEqualTo(1);
        assertThat(out.resolve("_images/pic.png")).hasContent("second picture");
    }

    @Test
    void aPageShowingFilesIsLoadedWhenAnEarlierPageTakesTheNameOfItsImage() throws IOException {
        // alpha shows files from the start: the image it adds gives the site's tables nothing new
        write("other/one.png", "one picture");
        write("alpha.rst", TEXT_PAGE + "\n.. image:: other/one.png\n");
        build(out, false);
        write("other/pic.png", "another picture");
        write("alpha.rst", TEXT_PAGE + "\n.. image:: other/one.png\n\n.. image:: other/pic.png\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.resolved()).isEqualTo(3);
        // beta and gamma, whose pic.png is now pic1.png
        assertThat(rebuilt.loaded()).isEqualTo(3);
        assertThat(html("alpha.html")).contains("_images/pic.png");
        assertThat(html("beta.html")).contains("_images/pic1.png");
    }

    @Test
    void aPageWhoseDotFileChangedIsLoadedAndShowsTheNewGraph() throws IOException {
        build(out, false);
        write("graph.dot", "digraph G { a -> c; }\n");
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.loaded()).isEqualTo(2);
        assertThat(html("gamma.html")).contains("_images/graph-" + Digests.hex("SHA-1",
                "digraph G { a -> c; }\n".getBytes(StandardCharsets.UTF_8)) + ".svg");
    }

    @Test
    void anEditedPageShowingFilesIsReadAgainAndThePagesAfterItReplayTheirs() throws IOException {
        build(out, false);
        write("beta.rst", "Beta\n====\n\nEdited.\n\n.. image:: pics/pic.png\n\n"
                + "Get :download:`the data <files/data.txt>`.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.reparsed()).isEqualTo(1);
        assertThat(rebuilt.loaded()).isEqualTo(1);
        assertThat(html("beta.html")).contains("Edited.");
    }

    @Test
    void aPageShowingFilesWhoseHtmlFileChangedIsLoadedAndWrittenAgain() throws IOException {
        build(out, false);
        Files.writeString(out.resolve("gamma.html"), "damaged");
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.loaded()).isEqualTo(2);
        assertThat(html("gamma.html")).contains("_images/DOT-");
    }

    @Test
    void aRecordThatGaveWarningsIsNotReplayed() throws IOException {
        write("beta.rst", "Beta\n====\n\n.. image:: pics/nowhere.png\n");
        SiteBuilder.Result first = build(out, false);
        assertThat(first.warnings()).hasSize(1);
        write("alpha.rst", TEXT_PAGE + "\nEdited.\n");
        SiteBuilder.Result rebuilt = rebuildAsFresh();
        assertThat(rebuilt.loaded()).isEqualTo(2);
        assertThat(rebuilt.warnings()).isEqualTo(first.warnings());
    }
}
