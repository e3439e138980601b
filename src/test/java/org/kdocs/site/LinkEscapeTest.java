package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in a source tree that point out of it: no file they lead to
 * is read, whatever markup names it, and the build says so at the line
 * (issue 17, items 1 and 2: one test per way of naming a file).
 */
class LinkEscapeTest {
    private static final String SECRET = "secret-text-17";

    @TempDir
    Path dir;
    Path secret;
    Path out;

    @BeforeEach
    void secret() throws IOException {
        secret = Files.writeString(dir.resolve("outside.txt"), SECRET + "\n");
        Files.writeString(dir.resolve("outside.csv"), "a," + SECRET + "\n");
        Files.writeString(dir.resolve("outside.png"), SECRET);
        out = dir.resolve("out");
    }

    private Path docs(String index) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), index);
        return docs;
    }

    private List<String> build(Path docs, Trust trust) {
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).jobs(1).trust(trust).build().run();
        assertThat(result.failed()).isFalse();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    private String siteText() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(f).append('\n').append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    @Test
    void imagesFiguresAndDownloadsThatLinkOutOfTheTreeAreNotCopiedInAnUntrustedBuild() throws IOException {
        Path docs = docs("T\n=\n\n.. image:: pic.png\n\n.. figure:: fig.png\n\n   Caption.\n\n"
                + "Get :download:`this <data.txt>`.\n");
        Files.createSymbolicLink(docs.resolve("pic.png"), dir.resolve("outside.png"));
        Files.createSymbolicLink(docs.resolve("fig.png"), dir.resolve("outside.png"));
        Files.createSymbolicLink(docs.resolve("data.txt"), secret);
        assertThat(build(docs, Trust.UNTRUSTED)).containsExactly(
                "index.rst:4: WARNING: image file outside the source tree not copied (untrusted build)",
                "index.rst:6: WARNING: image file outside the source tree not copied (untrusted build)",
                "index.rst:10: WARNING: download file outside the source tree not copied (untrusted build)");
        assertThat(siteText()).doesNotContain(SECRET);
    }

    @Test
    void aSourceFileThatLinksOutOfTheTreeBecomesNoPage() throws IOException {
        Path docs = docs("T\n=\n\n.. toctree::\n   :glob:\n\n   *\n");
        Files.createSymbolicLink(docs.resolve("passwd.rst"), secret);
        Files.writeString(docs.resolve("real.rst"), "Real\n====\n");
        Files.createSymbolicLink(docs.resolve("alias.rst"), docs.resolve("real.rst"));
        assertThat(build(docs, Trust.FULL))
                .containsExactly("passwd.rst: WARNING: source file is a link to outside the source tree; skipped");
        assertThat(out.resolve("passwd.html")).doesNotExist();
        assertThat(out.resolve("_sources/passwd.rst.txt")).doesNotExist();
        assertThat(out.resolve("alias.html")).exists();
        assertThat(siteText()).doesNotContain(SECRET);
    }

    // docutils makes a refused path SEVERE, which stops the page (the kernel's halt_level): the build fails
    private String refused(String markup, String name, Path target) throws IOException {
        Path docs = docs("T\n=\n\n" + markup + "\n");
        Files.deleteIfExists(docs.resolve(name));
        Files.createSymbolicLink(docs.resolve(name), target);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).jobs(1).build().run();
        assertThat(result.failed()).isTrue();
        if (Files.exists(out)) {
            assertThat(siteText()).doesNotContain(SECRET);
        }
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", ""))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void includeDoesNotFollowALinkOutOfTheTree() throws IOException {
        assertThat(refused(".. include:: inc.txt", "inc.txt", secret))
                .startsWith("index.rst:4: CRITICAL: Problems with \"include\" directive path:")
                .contains("is outside the include root");
    }

    @Test
    void csvTableFileDoesNotFollowALinkOutOfTheTree() throws IOException {
        assertThat(refused(".. csv-table::\n   :file: table.csv", "table.csv", dir.resolve("outside.csv")))
                .contains("Problems with \"csv-table\" directive path").contains("is outside the include root");
    }

    @Test
    void rawFileDoesNotFollowALinkOutOfTheTree() throws IOException {
        assertThat(refused(".. raw:: html\n   :file: raw.html", "raw.html", secret))
                .contains("Problems with \"raw\" directive path").contains("is outside the include root");
    }

    @Test
    void literalincludeDoesNotFollowALinkOutOfTheTree() throws IOException {
        Path docs = docs("T\n=\n\n.. literalinclude:: code.c\n");
        Files.createSymbolicLink(docs.resolve("code.c"), secret);
        assertThat(build(docs, Trust.FULL)).singleElement().satisfies(w -> assertThat(w)
                .startsWith("index.rst:4: WARNING: Include file").contains("refused").contains("is outside"));
        assertThat(siteText()).doesNotContain(SECRET);
    }

    @Test
    void literalincludeOfAnAbsolutePathOutsideTheTreeIsRefused() throws IOException {
        Path docs = docs("T\n=\n\n.. literalinclude:: " + secret + "\n\n.. literalinclude:: ../outside.txt\n");
        assertThat(build(docs, Trust.FULL)).hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("WARNING: Include file").contains("is outside"));
        assertThat(siteText()).doesNotContain(SECRET);
    }

    @Test
    void kernelIncludeDoesNotFollowALinkOutOfTheKernelTree() throws IOException {
        Path linux = Files.createDirectories(dir.resolve("linux"));
        Path docs = Files.createDirectories(linux.resolve("Documentation"));
        Files.createDirectories(docs.resolve("sphinx"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. kernel-include:: ../include/uapi.h\n   :literal:\n");
        Files.createDirectories(linux.resolve("include"));
        Files.createSymbolicLink(linux.resolve("include/uapi.h"), secret);
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).jobs(1).build().run();
        assertThat(result.failed()).isTrue();
        assertThat(result.warnings()).extracting(Warning::message)
                .anySatisfy(m -> assertThat(m).contains("is outside the include root"));
        assertThat(out).doesNotExist();
    }
}
