package org.kdocs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file gate: real paths decide, not the spelling of a name (issue 17, item 1). */
class ConfinementTest {
    @TempDir
    Path dir;
    Path tree;
    Path secret;

    @BeforeEach
    void tree() throws IOException {
        tree = Files.createDirectories(dir.resolve("tree"));
        secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(tree.resolve("page.rst"), "page");
    }

    @Test
    void readsAFileOfTheTree() throws IOException {
        assertThat(new String(Confinement.within(tree).read(tree.resolve("page.rst")))).isEqualTo("page");
    }

    @Test
    void refusesALinkInTheTreeThatPointsOutOfIt() throws IOException {
        Path link = Files.createSymbolicLink(tree.resolve("passwd.rst"), secret);
        assertThatThrownBy(() -> Confinement.within(tree).read(link)).isInstanceOfSatisfying(Confinement.Refused.class,
                r -> assertThat(r.outside()).isTrue());
        assertThat(Confinement.within(tree).admits(link)).isFalse();
        assertThat(Confinement.none().admits(link)).isTrue();
    }

    @Test
    void refusesAPathThroughALinkedDirectory() throws IOException {
        Files.createSymbolicLink(tree.resolve("up"), dir);
        assertThatThrownBy(() -> Confinement.within(tree).read(tree.resolve("up/secret.txt")))
                .isInstanceOf(Confinement.Refused.class);
        assertThat(Confinement.within(tree).encloses(tree.resolve("up/new.rst"))).isFalse();
        assertThat(Confinement.within(tree).encloses(tree.resolve("sub/new.rst"))).isTrue();
    }

    @Test
    void refusesDotDotOutOfTheTreeWhetherOrNotTheFileExists() {
        assertThatThrownBy(() -> Confinement.within(tree).check(tree.resolve("../secret.txt")))
                .isInstanceOf(Confinement.Refused.class);
        assertThatThrownBy(() -> Confinement.within(tree).check(tree.resolve("../missing.txt")))
                .isInstanceOf(Confinement.Refused.class);
        assertThat(Confinement.within(tree).encloses(tree.resolve("../x.rst"))).isFalse();
    }

    @Test
    void acceptsALinkBetweenTwoFilesOfTheTreeAndATreeThatIsItselfALink() throws IOException {
        Path alias = Files.createSymbolicLink(tree.resolve("alias.rst"), tree.resolve("page.rst"));
        assertThat(new String(Confinement.within(tree).read(alias))).isEqualTo("page");
        Path linkedTree = Files.createSymbolicLink(dir.resolve("linked"), tree);
        assertThat(new String(Confinement.within(linkedTree).read(linkedTree.resolve("page.rst")))).isEqualTo("page");
    }

    @Test
    void readsOnlyRegularFiles() throws Exception {
        Path fifo = tree.resolve("pipe.rst");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        // reading a FIFO nobody writes would block the build for ever
        assertThatThrownBy(() -> Confinement.within(tree).read(fifo)).isInstanceOfSatisfying(Confinement.Refused.class,
                r -> assertThat(r.outside()).isFalse());
        assertThatThrownBy(() -> Confinement.within(tree).read(tree)).isInstanceOf(Confinement.Refused.class);
        assertThatThrownBy(() -> Confinement.within(tree).read(tree.resolve("none.rst")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
