package org.kdocs.site.ext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;
import org.kdocs.testing.TestResources;

/**
 * A build of a tree laid out like the kernel's runs the pre-steps of make htmldocs itself: the
 * media header that kernel-include reads from $BUILDDIR and the netlink pages, which become pages
 * of the site at networking/netlink_spec/ while their files stay out of the source tree.
 */
class KernelGeneratedTest {
    private static final String FIXTURES = "org/kdocs/site/ext/kernel/prestep/";
    @TempDir
    Path dir;
    private Path docs;
    private Path out;

    @BeforeEach
    void tree() throws IOException {
        Path linux = dir.resolve("linux");
        docs = linux.resolve("Documentation");
        out = dir.resolve("html");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.createDirectories(docs.resolve("userspace-api/media"));
        Files.createDirectories(docs.resolve("netlink/specs"));
        Files.createDirectories(docs.resolve("networking/netlink_spec"));
        Files.createDirectories(linux.resolve("include/uapi/linux"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("Makefile"), "YNL_TOOL:=$(srctree)/tools/net/ynl/ynl-gen-rst.py\n");
        Files.writeString(docs.resolve("userspace-api/media/Makefile"), """
                SRC_DIR=$(srctree)/Documentation/userspace-api/media
                PARSER = $(srctree)/Documentation/sphinx/parse-headers.pl
                UAPI = $(srctree)/include/uapi/linux

                $(BUILDDIR)/gadget.h.rst: ${UAPI}/gadget.h ${PARSER} $(SRC_DIR)/gadget.h.rst.exceptions
                """);
        copy("gadget.h", linux.resolve("include/uapi/linux/gadget.h"));
        copy("gadget.h.rst.exceptions", docs.resolve("userspace-api/media/gadget.h.rst.exceptions"));
        copy("gadget.yaml", docs.resolve("netlink/specs/gadget.yaml"));
        Files.writeString(docs.resolve("networking/netlink_spec/readme.txt"), "Filled by the build.\n");
        Files.writeString(docs.resolve("index.rst"), """
                Kernel
                ======

                .. toctree::

                   userspace-api/media/gadget
                   networking/netlink_spec/index
                """);
        Files.writeString(docs.resolve("userspace-api/media/gadget.rst"), """
                Gadget API
                ==========

                .. kernel-include:: $BUILDDIR/gadget.h.rst
                """);
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.write(target, TestResources.bytes(FIXTURES + resource));
    }

    private SiteBuilder.Result build() {
        return SiteBuilder.builder().source(docs).output(out).build().run();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theMediaHeaderAndTheNetlinkPagesAreGeneratedAndRead() throws IOException {
        List<Path> sourceFiles = files(dir.resolve("linux"));
        SiteBuilder.Result result = build();
        // the fixtures' own markup gives warnings (labels the header points at are not defined), none of them
        // about a missing file or document
        assertThat(result.warnings()).extracting(Warning::message)
                .noneMatch(m -> m.contains("directive") || m.contains("document") || m.contains("toctree"));
        assertThat(out.resolve("networking/netlink_spec/gadget.html")).isRegularFile();
        assertThat(out.resolve("networking/netlink_spec/index.html")).isRegularFile();
        assertThat(Jsoup.parse(out.resolve("userspace-api/media/gadget.html").toFile(), "UTF-8")
                .select("pre").text()).contains("GADGET_IOC_GET");
        assertThat(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").select("a").eachAttr("href"))
                .contains("networking/netlink_spec/gadget.html");
        assertThat(files(dir.resolve("linux"))).isEqualTo(sourceFiles);
        assertThat(dir.resolve("html.kdocs-build/gadget.h.rst")).isRegularFile();
    }

    @Test
    void aSecondBuildRereadsNothing() {
        SiteBuilder.Result first = build();
        SiteBuilder.Result again = build();
        assertThat(again.warnings()).isEqualTo(first.warnings());
        assertThat(again.reparsed()).isZero();
        assertThat(again.rewritten()).isZero();
    }

    @Test
    void theFirstBuildAlreadyLetsTheNextOneTakeTheNoChangePath() {
        build();
        List<String> progress = new java.util.ArrayList<>();
        SiteBuilder.Result again = SiteBuilder.builder().source(docs).output(out).progress(progress::add).build().run();
        assertThat(again.failed()).isFalse();
        // the pre-steps wrote their files during the first build, before it read them: no reason to distrust it
        assertThat(progress).anyMatch(line -> line.startsWith("no source changed"));
    }

    @Test
    void anEditedSpecChangesItsPage() throws IOException {
        build();
        Path spec = docs.resolve("netlink/specs/gadget.yaml");
        Files.writeString(spec, Files.readString(spec).replace("Configures gadgets.", "Renames gadgets."));
        SiteBuilder.Result again = build();
        assertThat(again.reparsed()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("networking/netlink_spec/gadget.html"))).contains("Renames gadgets.");
    }
}
