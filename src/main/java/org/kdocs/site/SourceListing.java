package org.kdocs.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files below the source directories, found by one walk as a build starts. Discovery takes the
 * sources from it, and the build manifest the size, time and identity of every input, both to tell
 * whether anything changed and to record the build. On the kernel's tree (10,800 entries) a walk
 * costs 0.1 to 0.4 s, and a build used to walk it three times.
 */
final class SourceListing {
    /**
     * One file below a source directory.
     *
     * @param path    as the walk from the directory as given found it
     * @param key     its absolute, normalized path, as the manifest names it
     * @param regular a regular file, or a link to one (discovery's sources)
     * @param link    a symbolic link (the walk follows none)
     * @param stat    its size, time and identity, as the manifest records them; null: taken when asked
     * @param input   false below a directory that is not an input (the site, the build directory)
     */
    record Found(Path path, String key, boolean regular, boolean link, String stat, boolean input) {
    }

    private final Map<Path, List<Found>> byDirectory;

    private SourceListing(Map<Path, List<Found>> byDirectory) {
        this.byDirectory = byDirectory;
    }

    /**
     * Walks each directory once, following no link. With a memory that remembers, the directories
     * are listed through it ({@link BuildMemory#entries}): a rebuild in serve stats the tree's 700
     * directories instead of its 10,800 entries, and takes a file's stat only when the manifest asks.
     *
     * @param outside absolute, normalized directories whose files are not inputs
     */
    static SourceListing walk(List<Path> directories, List<Path> outside, BuildMemory memory) throws IOException {
        Map<Path, List<Found>> byDirectory = new LinkedHashMap<>();
        for (Path directory : directories) {
            List<Found> found = byDirectory.computeIfAbsent(directory, d -> new ArrayList<>());
            if (!Files.isDirectory(directory)) {
                continue;
            }
            if (memory.remembers()) {
                Path normal = directory.toAbsolutePath().normalize();
                walkListed(directory, normal, normal.toString(), outside, true, memory, found);
                found.sort(java.util.Comparator.comparing(Found::path));
            } else {
                walk(directory, outside, found);
            }
        }
        return new SourceListing(byDirectory);
    }

    private static void walkListed(Path dir, Path normal, String key, List<Path> outside, boolean input,
                                   BuildMemory memory, List<Found> found) throws IOException {
        boolean inputs = input && outside.stream().noneMatch(normal::startsWith);
        for (BuildMemory.Entry entry : memory.entries(dir)) {
            Path path = dir.resolve(entry.name());
            String entryKey = key + "/" + entry.name();
            if (entry.directory()) {
                walkListed(path, normal.resolve(entry.name()), entryKey, outside, inputs, memory, found);
            } else {
                boolean regular = entry.regular() || entry.link() && Files.isRegularFile(path);
                found.add(new Found(path, entryKey, regular, entry.link(), null, inputs));
            }
        }
    }

    private static void walk(Path directory, List<Path> outside, List<Found> found) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        // a walk's paths are the directory's and then names: the absolute path is the rest after a new start
        String start = absolute.toString().equals("/") ? "" : absolute.toString();
        int given = directory.toString().length();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            private final java.util.ArrayDeque<Boolean> inputs = new java.util.ArrayDeque<>();

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                Path normal = absolute.resolve(directory.relativize(dir).toString()).normalize();
                boolean input = (inputs.isEmpty() || inputs.peek()) && outside.stream().noneMatch(normal::startsWith);
                inputs.push(input);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                inputs.pop();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                boolean regular = a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(file);
                String rest = file.toString().substring(given);
                String key = start + (rest.startsWith("/") ? rest : "/" + rest);
                found.add(new Found(file, key, regular, a.isSymbolicLink(), stat(a), inputs.peek()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw e;
            }
        });
        found.sort(java.util.Comparator.comparing(Found::path));
    }

    /** The regular files below {@code directory} (one the listing walked), sorted; the links among them go into {@code links}. */
    List<Path> regularFiles(Path directory, Set<Path> links) {
        List<Path> files = new ArrayList<>();
        for (Found f : byDirectory.getOrDefault(directory, List.of())) {
            if (f.regular()) {
                files.add(f.path());
                if (f.link()) {
                    links.add(f.path());
                }
            }
        }
        return files;
    }

    /**
     * The size, time and identity of every input file, by absolute path; a source directory that is
     * not one is "-".
     */
    Map<String, String> inputStats() {
        Map<String, String> stats = new TreeMap<>();
        for (Map.Entry<Path, List<Found>> e : byDirectory.entrySet()) {
            Path directory = e.getKey();
            if (!Files.isDirectory(directory)) {
                stats.put(directory.toAbsolutePath().normalize().toString(), "-");
                continue;
            }
            for (Found f : e.getValue()) {
                if (f.input()) {
                    stats.put(f.key(), f.stat() != null ? f.stat() : statNow(f.path()));
                }
            }
        }
        return stats;
    }

    private static String statNow(Path file) {
        try {
            return stat(Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    // size, time to the nanosecond and file identity (inode): a file replaced by another shows
    static String stat(BasicFileAttributes a) {
        Instant t = a.lastModifiedTime().toInstant();
        return a.size() + " " + t.getEpochSecond() + " " + t.getNano() + " " + a.fileKey();
    }
}
