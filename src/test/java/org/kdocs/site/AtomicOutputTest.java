package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output directory always holds a whole site, whatever happens to a build. */
class AtomicOutputTest {
    private static final Path FIXTURE_DOCS = Path.of("src/test/resources/site-fixture/docs");

    @TempDir
    Path dir;

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledBuildLeavesThePreviousSiteAndTheNextBuildSucceeds() throws Exception {
        Path out = dir.resolve("html");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "previous site");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowBuildMain.class.getName(),
                FIXTURE_DOCS.toString(), out.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(build.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("WRITING"));
            assertThat(line).isEqualTo("WRITING");
            build.destroyForcibly();
            build.waitFor();
        }
        assertThat(Files.readString(out.resolve("previous.html"))).isEqualTo("previous site");
        assertThat(siblings()).anyMatch(name -> name.startsWith("html.kdocs-tmp-"));

        SiteBuilder.Result result = SiteBuilder.builder().source(FIXTURE_DOCS).output(out).build().run();
        assertThat(result.failed()).isFalse();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("previous.html")).doesNotExist();
        assertThat(siblings()).containsExactly("html");
    }

    @Test
    void aSwapInterruptedBetweenItsTwoMovesIsUndoneByTheNextBuild() throws IOException {
        Path old = dir.resolve("html.kdocs-old-999999999-1");
        Files.createDirectories(old);
        Files.writeString(old.resolve("index.html"), "previous site");
        Path staging = AtomicOutput.begin(dir.resolve("html"));
        assertThat(Files.readString(dir.resolve("html/index.html"))).isEqualTo("previous site");
        AtomicOutput.abort(staging);
        assertThat(siblings()).containsExactly("html");
    }

    @Test
    void commitReplacesTheWholeDirectory() throws IOException {
        Path out = dir.resolve("html");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "stale");
        Path staging = AtomicOutput.begin(out);
        Files.writeString(staging.resolve("index.html"), "new");
        AtomicOutput.commit(staging, out);
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(siblings()).containsExactly("html");
    }
}
