package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines begin Asciidoctor's start before picocli parses them. */
class AsciidocPrestartTest {
    @TempDir
    Path dir;
    private String perf;
    private String rst;
    private String out;

    @BeforeEach
    void trees() throws IOException {
        Path perfDocs = Files.createDirectories(dir.resolve("perf"));
        Files.writeString(perfDocs.resolve("asciidoc.conf"), "");
        Path rstDocs = Files.createDirectories(dir.resolve("rst"));
        Files.writeString(rstDocs.resolve("index.rst"), "Title\n=====\n");
        perf = perfDocs.toString();
        rst = rstDocs.toString();
        out = dir.resolve("out").toString();
    }

    @Test
    void aBuildOfAnAsciidocTreeIntoAFreshOutputBeginsTheStart() {
        assertThat(AsciidocPrestart.wanted("build", "-q", "-o", out, perf)).isTrue();
        assertThat(AsciidocPrestart.wanted("build", rst, "--output=" + out, perf, "-j", "2")).isTrue();
    }

    @Test
    void otherCommandsAndTreesWithoutAsciidocDoNot() {
        assertThat(AsciidocPrestart.wanted()).isFalse();
        assertThat(AsciidocPrestart.wanted("lint", perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("serve", "-o", out, perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("build", "-o", out, rst)).isFalse();
        // the value of an option is no source directory
        assertThat(AsciidocPrestart.wanted("build", "-o", perf, rst)).isFalse();
    }

    @Test
    void untrustedSourcesAndHelpDoNot() {
        assertThat(AsciidocPrestart.wanted("build", "--untrusted", "-o", out, perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("build", "-h", perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("build", "--version", perf)).isFalse();
    }

    @Test
    void anOutputWithABuildCacheBeginsItOnlyWhenEverySourceIsReadAgain() throws IOException {
        Files.createDirectories(dir.resolve("out/.kdocs-cache"));
        assertThat(AsciidocPrestart.wanted("build", "-o", out, perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("build", "-o" + out, perf)).isFalse();
        assertThat(AsciidocPrestart.wanted("build", "-E", "-o", out, perf)).isTrue();
        assertThat(AsciidocPrestart.wanted("build", "-qE", "-o", out, perf)).isTrue();
        assertThat(AsciidocPrestart.wanted("build", "--fresh", "-o=" + out, perf)).isTrue();
    }
}
