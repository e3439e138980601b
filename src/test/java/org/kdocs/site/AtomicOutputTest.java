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
import org.kdocs.testing.TestResources;

/** The output directory always holds a whole site, whatever happens to a build (issue 17, item 10). */
class AtomicOutputTest {
    private static final Path FIXTURE_DOCS = TestResources.path("site-fixture/docs");

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

    @Test
    void commitLeavesTheKeptFilesInPlaceAndRemovesTheOthersTheNewSiteLacks() throws IOException {
        commitsKeptFilesAndRemovesStaleOnes(BuildMemory.none());
    }

    @Test
    void aCommitThatListsTheSiteThroughAMemoryRemovesWhatItsDirectoriesNowHold() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path out = dir.resolve("html");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/early.html"), "listed once");
        Files.setLastModifiedTime(out.resolve("sub"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        memory.entries(out.resolve("sub")); // remembered: writing the files below changes the directory's time
        commitsKeptFilesAndRemovesStaleOnes(memory);
        assertThat(out.resolve("sub/early.html")).doesNotExist();
    }

    private void commitsKeptFilesAndRemovesStaleOnes(BuildMemory memory) throws IOException {
        Path out = dir.resolve("html");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/kept.html"), "kept");
        Files.writeString(out.resolve("sub/stale.html"), "stale");
        Files.writeString(out.resolve("index.html"), "old");
        Object keptIdentity = Files.readAttributes(out.resolve("sub/kept.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        KeptFiles kept = new KeptFiles();
        kept.keep("sub/kept.html");
        Path staging = AtomicOutput.begin(out);
        Files.writeString(staging.resolve("index.html"), "new");
        AtomicOutput.commit(staging, kept, out, memory);
        assertThat(Files.readString(out.resolve("sub/kept.html"))).isEqualTo("kept");
        assertThat(Files.readAttributes(out.resolve("sub/kept.html"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(keptIdentity);
        assertThat(out.resolve("sub/stale.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(siblings()).containsExactly("html");
    }

    @Test
    void commitRefusesToPublishWhenThePreviousSiteItKeepsFilesOfWentAway() throws IOException {
        Path out = dir.resolve("html");
        Files.createDirectories(out);
        KeptFiles kept = new KeptFiles();
        kept.keep("index.html");
        Path staging = AtomicOutput.begin(out);
        Files.writeString(staging.resolve("other.html"), "new");
        AtomicOutput.deleteTree(out);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicOutput.commit(staging, kept, out, BuildMemory.none()))
                .isInstanceOf(IOException.class).hasMessageContaining("went away");
    }

    /** Publishes a first site of {@code pages} pages and a page the later sites lack; returns OUT. */
    private Path publish(int pages, String version) throws IOException {
        Path out = dir.resolve("html");
        Path first = AtomicOutput.begin(out);
        writePages(first, pages, version);
        Files.writeString(first.resolve("gone.html"), "old page that the new site lacks");
        AtomicOutput.commit(first, out);
        return out;
    }

    private static void writePages(Path dir, int pages, String version) throws IOException {
        for (int i = 0; i < pages; i++) {
            Files.writeString(dir.resolve("page" + i + ".html"), version + " " + i);
        }
    }

    @Test
    void whileSitesArePublishedEveryPageReadsWholeAndTheDirectoryIsNeverMissing() throws Exception {
        int pages = 20;
        Path out = publish(pages, "version-0");
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                for (int i = 0; i < pages; i++) {
                    try {
                        String page = Files.readString(out.resolve("page" + i + ".html"));
                        if (!page.matches("version-\\d+ " + i)) {
                            seen.add("page" + i + ": " + page);
                        }
                    } catch (IOException e) {
                        seen.add("page" + i + ": " + e);
                    }
                }
                if (!Files.isDirectory(out)) {
                    seen.add("no output directory");
                }
            }
        });
        reader.start();
        try {
            for (int round = 1; round <= 200; round++) {
                Path staging = AtomicOutput.begin(out);
                writePages(staging, pages, "version-" + round);
                AtomicOutput.commit(staging, out);
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertThat(seen).isEmpty();
        assertThat(Files.readString(out.resolve("page3.html"))).isEqualTo("version-200 3");
    }

    @Test
    void aCommitKilledHalfwayLeavesEveryPageOldOrNewAndTheNextBuildFinishesIt() throws Exception {
        int pages = 3000;
        Path out = publish(pages, "old");
        Process commit = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitMain.class.getName(), out.toString(),
                String.valueOf(pages)).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(commit.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("COMMITTING");
            Thread.sleep(20);
            commit.destroyForcibly();
            commit.waitFor();
        }
        assertThat(out).isDirectory();
        for (int i = 0; i < pages; i++) {
            assertThat(Files.readString(out.resolve("page" + i + ".html"))).matches("(old " + i + "|new " + i
                    + " round \\d+)");
        }
        Path staging = AtomicOutput.begin(out);
        writePages(staging, pages, "next");
        AtomicOutput.commit(staging, out);
        assertThat(siblings()).containsExactly("html");
        assertThat(out.resolve("gone.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("page7.html"))).isEqualTo("next 7");
    }
}
