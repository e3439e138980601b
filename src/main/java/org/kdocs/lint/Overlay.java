package org.kdocs.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The files a lint run sees: the disk, with the files a patch creates or
 * changes laid over it (their rebuilt text, by absolute path). Without a
 * tree ({@code disk} false) only the patch's own files are known, so a rule
 * must not conclude that anything else is missing.
 */
public record Overlay(Map<Path, String> files, boolean disk) {
    /** The disk alone, as when linting a tree. */
    public static final Overlay DISK = new Overlay(Map.of(), true);

    public Overlay {
        files = Map.copyOf(files);
    }

    /** True when the file exists in the patch or, with a tree, on disk. */
    public boolean isFile(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return files.containsKey(p) || disk && Files.isRegularFile(p);
    }

    /** True when the directory exists on disk or holds a file of the patch. */
    public boolean isDirectory(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return disk && Files.isDirectory(p) || files.keySet().stream().anyMatch(f -> f.startsWith(p) && !f.equals(p));
    }

    /** The text of a file the patch creates or changes. */
    public Optional<String> patched(Path path) {
        return Optional.ofNullable(files.get(path.toAbsolutePath().normalize()));
    }
}
