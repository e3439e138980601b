package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceListingTest {
    @TempDir
    Path dir;

    private Path write(String name) throws IOException {
        Path file = dir.resolve("docs").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, name);
        return file;
    }

    @Test
    void discoveryFindsEveryRegularFileAndTheManifestOnlyTheInputs() throws IOException {
        Path docs = dir.resolve("docs");
        Path index = write("index.rst");
        Path page = write("sub/page.rst");
        Path built = write("out/page.html");
        Path link = docs.resolve("linked.rst");
        Files.createSymbolicLink(link, index);
        SourceListing listing = SourceListing.walk(List.of(docs), List.of(docs.resolve("out").toAbsolutePath()), BuildMemory.none());

        Set<Path> links = new HashSet<>();
        assertThat(listing.regularFiles(docs, links)).containsExactly(index, link, built, page);
        assertThat(links).containsExactly(link);
        assertThat(listing.inputStats().keySet()).containsExactly(index.toAbsolutePath().toString(),
                link.toAbsolutePath().toString(), page.toAbsolutePath().toString());
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeShowsInItsStat() throws IOException {
        Path docs = dir.resolve("docs");
        Path index = write("index.rst");
        String before = SourceListing.walk(List.of(docs), List.of(), BuildMemory.none()).inputStats().get(index.toAbsolutePath().toString());
        Path other = write("other.rst");
        Files.writeString(other, "index.rst");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(index));
        Files.move(other, index, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String after = SourceListing.walk(List.of(docs), List.of(), BuildMemory.none()).inputStats().get(index.toAbsolutePath().toString());
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aListingThroughAMemoryFindsWhatAWalkFindsAndSeesANewFile() throws IOException {
        Path docs = dir.resolve("docs");
        write("index.rst");
        write("sub/page.rst");
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(docs, past); // settled: their listings are remembered
        Files.setLastModifiedTime(docs.resolve("sub"), past);
        BuildMemory memory = BuildMemory.create();
        for (int round = 0; round < 2; round++) {
            SourceListing walked = SourceListing.walk(List.of(docs), List.of(), BuildMemory.none());
            SourceListing listed = SourceListing.walk(List.of(docs), List.of(), memory);
            assertThat(listed.regularFiles(docs, new HashSet<>())).isEqualTo(walked.regularFiles(docs, new HashSet<>()));
            assertThat(listed.inputStats()).isEqualTo(walked.inputStats());
            write("sub/new" + round + ".rst");
        }
        assertThat(SourceListing.walk(List.of(docs), List.of(), memory).regularFiles(docs, new HashSet<>()))
                .contains(docs.resolve("sub/new1.rst"));
    }
}
