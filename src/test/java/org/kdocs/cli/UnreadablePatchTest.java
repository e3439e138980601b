package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kdocs lint --patch} on patches it cannot read, or that name files
 * outside {@code --tree}: a clear message at the line, exit 2 for the first,
 * and never a read outside the tree for the second (issue 17, items 3, 8, 9).
 */
class UnreadablePatchTest {
    @TempDir
    Path dir;

    private static CommandRun lint(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "lint";
        System.arraycopy(args, 0, command, 1, args.length);
        return CommandRun.of(command);
    }

    private Path patch(String hunkHeader) throws IOException {
        return Files.writeString(dir.resolve("p.patch"), "diff --git a/docs-zh_CN/a.rst b/docs-zh_CN/a.rst\n"
                + "--- a/docs-zh_CN/a.rst\n+++ b/docs-zh_CN/a.rst\n" + hunkHeader + "\n+中文,中文\n");
    }

    @Test
    void hunkNumbersOutOfRangeAreAMessageAtTheirLineAndExitTwo() throws IOException {
        CommandRun run = lint("--patch", patch("@@ -99999999999,1 +1,99999999999 @@").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("p.patch")
                + ":4:1: error: hunk header numbers out of range: @@ -99999999999,1 +1,99999999999 @@ [patch]\n")
                .doesNotContain("internal error").doesNotContain("Exception");
    }

    @Test
    void aFileNameWithANulCharacterIsAMessageAtItsHeaderAndExitTwo() throws IOException {
        // found by the patch fuzz target: Path.of() refused the name with an uncaught exception
        Path patch = Files.writeString(dir.resolve("p.patch"), "diff --git a/docs/a\0.rst b/docs/a\0.rst\n"
                + "--- a/docs/a\0.rst\n+++ b/docs/a\0.rst\n@@ -0,0 +1 @@\n+text\n");
        CommandRun run = lint("--patch", patch.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(patch + ":1:1: error: file name with a NUL character [patch]\n");
    }

    @Test
    void aFileHeaderWithoutAFileNameIsAMessageAtItsHeaderAndExitTwo() throws IOException {
        // found by the patch fuzz target: "+++ " and a tab left no name, and an index error followed
        Path patch = Files.writeString(dir.resolve("p.patch"), "diff --git a/docs-zh_CN/a.rst b/docs-zh_CN/a.rst\n"
                + "--- a/docs-zh_CN/a.rst\n+++ \t2026-12-04\n@@ -0,0 +1 @@\n+中文,中文\n");
        CommandRun run = lint("--patch", patch.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(patch + ":1:1: error: file header without a file name [patch]\n");
    }

    @Test
    void aMalformedHunkHeaderIsAMessageAtItsLineAndExitTwo() throws IOException {
        CommandRun run = lint("--patch", patch("@@ --5,-3 +-1,-1 @@").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("p.patch")
                + ":4:1: error: malformed hunk header: @@ --5,-3 +-1,-1 @@ [patch]\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPathThatClimbsOutOfTheTreeIsNeverRead() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.rst"), "password=hunter2\n");
        String hunk = "@@ -1 +1 @@\n-password=hunter2\n+中文,中文\n";
        Path right = Files.writeString(dir.resolve("right.patch"), "diff --git a/../outside/secret.rst "
                + "b/../outside/secret.rst\n--- a/../outside/secret.rst\n+++ b/../outside/secret.rst\n" + hunk);
        Path wrong = Files.writeString(dir.resolve("wrong.patch"), Files.readString(right)
                .replace("-password=hunter2", "-password=letmein"));
        CommandRun rightGuess = lint("--patch", right.toString(), "--tree", tree.toString());
        CommandRun wrongGuess = lint("--patch", wrong.toString(), "--tree", tree.toString());
        // the answer must not depend on what the file says (issue 17, item 3: the exit status was an oracle)
        assertThat(rightGuess.exit()).as("exit status of the right guess against the wrong one")
                .isEqualTo(wrongGuess.exit());
        assertThat(rightGuess.out().replace("right.patch", "X")).isEqualTo(wrongGuess.out().replace("wrong.patch", "X"));
        assertThat(rightGuess.exit()).isEqualTo(1);
        assertThat(rightGuess.out()).contains(":1:1: error: path outside --tree, file not read: ../outside/secret.rst")
                .doesNotContain("does not apply");
    }

    @Test
    void aPathThroughALinkOutOfTheTreeIsNeverRead() throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.rst"), "password=hunter2\n");
        Files.createSymbolicLink(tree.resolve("docs"), outside);
        Path patch = Files.writeString(dir.resolve("p.patch"), "diff --git a/docs/secret.rst b/docs/secret.rst\n"
                + "--- a/docs/secret.rst\n+++ b/docs/secret.rst\n@@ -1 +1 @@\n-password=letmein\n+x\n");
        CommandRun run = lint("--patch", patch.toString(), "--tree", tree.toString());
        assertThat(run.out()).contains("error: path outside --tree, file not read: docs/secret.rst")
                .doesNotContain("does not apply");
    }
}
