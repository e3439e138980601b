package org.kdocs.site.ext.kernel.prestep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;
import org.kdocs.tree.Severity;

/** The pre-steps on a small tree laid out like the kernel's, with the rules of its Makefiles. */
class KernelPreStepsTest {
    @TempDir
    Path dir;
    private Path docs;
    private Path build;

    @BeforeEach
    void tree() throws IOException {
        Path linux = dir.resolve("linux");
        docs = linux.resolve("Documentation");
        build = dir.resolve("out");
        Files.createDirectories(docs.resolve("userspace-api/media"));
        Files.createDirectories(docs.resolve("netlink/specs"));
        Files.createDirectories(linux.resolve("include/uapi/linux"));
        Files.writeString(docs.resolve("Makefile"), "YNL_TOOL:=$(srctree)/tools/net/ynl/ynl-gen-rst.py\n");
        Files.writeString(docs.resolve(MediaRules.MAKEFILE), """
                SRC_DIR=$(srctree)/Documentation/userspace-api/media
                PARSER = $(srctree)/Documentation/sphinx/parse-headers.pl
                UAPI = $(srctree)/include/uapi/linux

                $(BUILDDIR)/gadget.h.rst: ${UAPI}/gadget.h ${PARSER} $(SRC_DIR)/gadget.h.rst.exceptions
                \t@$($(quiet)gen_rst)
                """);
        copy("gadget.h", linux.resolve("include/uapi/linux/gadget.h"));
        copy("gadget.h.rst.exceptions", docs.resolve("userspace-api/media/gadget.h.rst.exceptions"));
        copy("gadget.yaml", docs.resolve("netlink/specs/gadget.yaml"));
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.write(target, TestResources.bytes("org/kdocs/site/ext/kernel/prestep/" + resource));
    }

    @Test
    void generatesTheMediaHeaderAndTheNetlinkPagesIntoTheBuildDirectory() throws IOException {
        KernelPreSteps.Result result = KernelPreSteps.run(docs, build);
        assertThat(result.messages()).isEmpty();
        assertThat(Files.readAllBytes(build.resolve("gadget.h.rst")))
                .isEqualTo(ParseHeadersTest.resource("gadget.h.rst").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(result.pages()).extracting(KernelPreSteps.Page::docname)
                .containsExactly("networking/netlink_spec/gadget", "networking/netlink_spec/index");
        assertThat(Files.readString(build.resolve("netlink_spec/index.rst"))).endsWith("   gadget\n");
        assertThat(Files.readString(build.resolve("netlink_spec/gadget.rst")))
                .startsWith(".. SPDX-License-Identifier: GPL-2.0\n");
        assertThat(result.files()).hasSize(3);
        assertThat(docs.resolve("networking")).doesNotExist();
    }

    @Test
    void anUnchangedFileIsNotRewrittenAndAStalePageGoes() throws IOException {
        KernelPreSteps.run(docs, build);
        Path header = build.resolve("gadget.h.rst");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(header, old);
        Files.writeString(build.resolve("netlink_spec/removed.rst"), "stale\n");
        KernelPreSteps.run(docs, build);
        assertThat(Files.getLastModifiedTime(header)).isEqualTo(old);
        assertThat(build.resolve("netlink_spec/removed.rst")).doesNotExist();
    }

    @Test
    void aFileWhoseInputsAreUnchangedIsNotMadeAgainAndAnEditedInputRemakesOnlyItsFile() throws IOException {
        KernelPreSteps.Result first = KernelPreSteps.run(docs, build);
        assertThat(first.made()).hasSize(2);
        KernelPreSteps.Result second = KernelPreSteps.run(docs, build);
        assertThat(second.made()).isEmpty();
        assertThat(second.files()).isEqualTo(first.files());
        assertThat(second.pages()).isEqualTo(first.pages());
        Path spec = docs.resolve("netlink/specs/gadget.yaml");
        String text = Files.readString(spec);
        Files.delete(spec); // a new file: the old one's stat no longer holds
        Files.writeString(spec, text.replaceFirst("doc: ", "doc: Edited. "));
        KernelPreSteps.Result third = KernelPreSteps.run(docs, build);
        assertThat(third.made()).containsExactly(build.toAbsolutePath().normalize().resolve("netlink_spec/gadget.rst"));
        assertThat(Files.readString(build.resolve("netlink_spec/gadget.rst"))).contains("Edited.");
    }

    @Test
    void aBadExceptionsRuleIsReportedAtItsLine() throws IOException {
        Path exceptions = docs.resolve("userspace-api/media/gadget.h.rst.exceptions");
        Files.writeString(exceptions, "# fine\nignore define X\nunknown rule here\n");
        KernelPreSteps.Result result = KernelPreSteps.run(docs, build);
        assertThat(result.messages()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo(exceptions);
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.level()).isEqualTo(Severity.ERROR);
        });
        assertThat(build.resolve("gadget.h.rst")).doesNotExist();
    }

    @Test
    void aMissingHeaderAndABrokenSpecAreReported() throws IOException {
        Files.delete(dir.resolve("linux/include/uapi/linux/gadget.h"));
        Files.writeString(docs.resolve("netlink/specs/broken.yaml"), "name: broken\ndoc: [\n");
        KernelPreSteps.Result result = KernelPreSteps.run(docs, build);
        assertThat(result.messages()).extracting(m -> m.file().getFileName().toString())
                .containsExactlyInAnyOrder("gadget.h", "broken.yaml");
        assertThat(result.pages()).extracting(KernelPreSteps.Page::docname)
                .containsExactly("networking/netlink_spec/gadget", "networking/netlink_spec/index");
    }

    @Test
    void aRuleReachingOutsideTheTreeIsRefused() throws IOException {
        Files.writeString(docs.resolve(MediaRules.MAKEFILE),
                "$(BUILDDIR)/passwd.h.rst: $(srctree)/../../etc/passwd ${PARSER}\n");
        KernelPreSteps.Result result = KernelPreSteps.run(docs, build);
        assertThat(result.messages()).singleElement().satisfies(m -> assertThat(m.text()).contains("refused"));
        assertThat(build.resolve("passwd.h.rst")).doesNotExist();
    }

    @Test
    void aTreeWithoutTheRulesGeneratesNothing() throws IOException {
        Files.delete(docs.resolve(MediaRules.MAKEFILE));
        Files.writeString(docs.resolve("Makefile"), "htmldocs:\n");
        KernelPreSteps.Result result = KernelPreSteps.run(docs, build);
        assertThat(result.files()).isEmpty();
        assertThat(result.messages()).isEmpty();
    }
}
