package org.kdocs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way tests reach their data: files under {@code src/test/resources},
 * read in place (Maven runs tests from the project directory), so a test sees
 * the file a reader edits, and directories (site fixtures) work the same way as
 * single files. A missing resource fails with its path, not with a null stream.
 */
public final class TestResources {
    /** The directory every name below is relative to. */
    public static final Path ROOT = Path.of("src/test/resources");

    private TestResources() {
    }

    /** The resource at {@code relative} (a file or a directory), which must exist. */
    public static Path path(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        return path;
    }

    /** The resource's text, UTF-8. */
    public static String read(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource's bytes. */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource's lines, UTF-8. */
    public static List<String> lines(String relative) {
        try {
            return Files.readAllLines(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The base names (without {@code suffix}) of the files in directory {@code dir}
     * whose names end in {@code suffix}, sorted: the examples of an example directory.
     */
    public static List<String> names(String dir, String suffix) {
        try (Stream<Path> files = Files.list(path(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
