package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMemoryTest {
    @TempDir
    Path dir;

    private final AtomicInteger taken = new AtomicInteger();
    private final Function<Path, String> digest = file -> {
        taken.incrementAndGet();
        return BuildCache.hashFile(file);
    };

    // a file last changed long enough ago for its time to tell every later change
    private Path settledFile(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    @Test
    void aFileAsItWasIsNotHashedAgain() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path file = settledFile("a.rst", "Alpha\n");
        String first = memory.digest(file, digest);
        assertThat(memory.digest(file, digest)).isEqualTo(first);
        assertThat(taken).hasValue(1);
    }

    @Test
    void aChangedFileIsHashedAgain() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path file = settledFile("a.rst", "Alpha\n");
        String first = memory.digest(file, digest);
        Files.writeString(file, "Beta!\n"); // same size, a new time
        String second = memory.digest(file, digest);
        assertThat(second).isNotEqualTo(first).isEqualTo(BuildCache.hashFile(file));
        assertThat(taken).hasValue(2);
    }

    @Test
    void aFileReplacedWithTheSameSizeAndTimeIsHashedAgain() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path file = settledFile("a.rst", "Alpha\n");
        memory.digest(file, digest);
        FileTime time = Files.getLastModifiedTime(file);
        Path other = settledFile("b.rst", "Gamma\n");
        Files.setLastModifiedTime(other, time);
        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING); // another inode
        assertThat(memory.digest(file, digest)).isEqualTo(BuildCache.hashFile(file));
        assertThat(taken).hasValue(2);
    }

    @Test
    void aFileChangedJustNowIsNotRemembered() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path file = dir.resolve("a.rst");
        Files.writeString(file, "Alpha\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        memory.digest(file, digest);
        memory.digest(file, digest);
        assertThat(taken).hasValue(2);
    }

    @Test
    void withoutMemoryEveryFileIsHashed() throws IOException {
        Path file = settledFile("a.rst", "Alpha\n");
        BuildMemory.none().digest(file, digest);
        BuildMemory.none().digest(file, digest);
        assertThat(taken).hasValue(2);
    }

    @Test
    void aRecordWrittenInStagingIsRememberedWhereTheCommitMovesIt() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path written = dir.resolve("staging.rec");
        Path published = dir.resolve("pages.rec");
        Files.writeString(written, "record");
        memory.wrote(published, written, "as written");
        Files.move(written, published, StandardCopyOption.ATOMIC_MOVE);
        assertThat(memory.parsed(published, String.class, f -> "parsed")).isEqualTo("as written");
    }

    @Test
    void aRecordChangedSinceIsParsedAgain() throws IOException {
        BuildMemory memory = BuildMemory.create();
        Path file = dir.resolve("pages.rec");
        Files.writeString(file, "record");
        assertThat(memory.parsed(file, String.class, f -> "first")).isEqualTo("first");
        assertThat(memory.parsed(file, String.class, f -> "second")).isEqualTo("first");
        Files.writeString(file, "another record");
        assertThat(memory.parsed(file, String.class, f -> "third")).isEqualTo("third");
    }

    @Test
    void workAfterPublishingWaitsUntilTheProcessEndsAndANewBuildDropsIt() {
        BuildMemory memory = BuildMemory.create();
        AtomicInteger done = new AtomicInteger();
        memory.afterPublishing(done::incrementAndGet);
        assertThat(done).hasValue(0);
        memory.dropPending(); // a build starts: it leaves its own
        memory.finishPending();
        assertThat(done).hasValue(0);
        memory.afterPublishing(done::incrementAndGet);
        memory.finishPending();
        memory.finishPending();
        assertThat(done).hasValue(1);
    }

    @Test
    void withoutMemoryWorkAfterPublishingRunsAtOnce() {
        AtomicInteger done = new AtomicInteger();
        BuildMemory.none().afterPublishing(done::incrementAndGet);
        assertThat(done).hasValue(1);
    }
}
