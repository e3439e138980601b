package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kdocs serve's refusals and options; serving itself is LiveSiteTest's. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingSourceDirectoryFailsWithTwo() {
        assertThat(Main.execute("serve", "--no-open", "-q", "-p", "0", "-o", dir.resolve("out").toString(),
                dir.resolve("nope").toString())).isEqualTo(2);
    }

    @Test
    void aPortInUseFailsWithTwoInsteadOfHanging() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Main.execute("serve", "--no-open", "-q", "-p", String.valueOf(taken.getLocalPort()),
                    "-o", dir.resolve("out").toString(), docs.toString())).isEqualTo(2);
        }
        assertThat(Main.execute("serve", "--no-open", "-p", "70000", docs.toString())).isEqualTo(2);
    }

    @Test
    void withWABuildWithWarningsCountsAsFailedAndOthersAreUnchanged() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nSee :ref:`nowhere`.\n");
        org.kdocs.site.SiteBuilder.Result warned = org.kdocs.site.SiteBuilder.builder().source(docs)
                .output(dir.resolve("out")).build().run();
        assertThat(warned.failed()).isFalse();
        assertThat(warned.warnings()).isNotEmpty();
        org.kdocs.site.SiteBuilder.Result strict = ServeCommand.strict(warned, true);
        assertThat(strict.failed()).isTrue();
        assertThat(strict.warnings()).isEqualTo(warned.warnings());
        assertThat(ServeCommand.strict(warned, false).failed()).isFalse();
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nClean.\n");
        org.kdocs.site.SiteBuilder.Result clean = org.kdocs.site.SiteBuilder.builder().source(docs)
                .output(dir.resolve("out")).build().run();
        assertThat(ServeCommand.strict(clean, true).failed()).isFalse();
    }
}
