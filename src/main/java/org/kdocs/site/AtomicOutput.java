package org.kdocs.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a site into a fresh sibling directory ({@code OUT.kdocs-tmp-*}) and
 * publishes it file by file (the files it keeps of the previous site, {@link
 * KeptFiles}, stay in place): each file of the new site is renamed over its
 * old version, which the file system does in one step, and only then are the
 * files the new site no longer has removed. So at every instant each page of
 * {@code OUT} is either the whole old page or the whole new one, for a
 * browser reading through {@code kdocs serve} as for a build killed at any
 * point; {@code OUT} itself is never missing. Images, downloads and other
 * files go first, then the pages that show them, then the build cache.
 * Leftovers of a killed build are removed by the next build, which also
 * puts back a previous site that an older kdocs had moved aside.
 */
final class AtomicOutput {
    private static final String TMP = ".kdocs-tmp-";
    private static final String OLD = ".kdocs-old-";

    private AtomicOutput() {
    }

    /** Repairs what an interrupted build left, then creates and returns the staging directory. */
    static Path begin(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        recover(target);
        return Files.createDirectory(parent.resolve(target.getFileName() + TMP + ProcessHandle.current().pid()
                + "-" + System.nanoTime()));
    }

    /** Publishes the finished staging directory as {@code out}, file by file, then removes it. */
    static void commit(Path staging, Path out) throws IOException {
        commit(staging, new KeptFiles(), out, BuildMemory.none());
    }

    /**
     * Publishes the finished staging directory as {@code out}, file by file, with the files of the
     * previous site in {@code kept} left as they are; then removes the staging directory. Returns the
     * size, time and identity of every file the site now has, by absolute path, as the build manifest
     * records them ({@link SourceListing#stat}); null when the site was moved into place whole, or when
     * {@code memory} listed its directories (a rebuild in serve: the stats are taken later, off its path).
     */
    static Map<String, String> commit(Path staging, KeptFiles kept, Path out, BuildMemory memory)
            throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!kept.isEmpty() && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + ": the previous site, which this build keeps files of, went away");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging, target);
            return null;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(target); // a file (or link) where the site goes: it is no site to keep
            move(staging, target);
            return null;
        }
        List<Path> files = new ArrayList<>();
        // paths relative to the site, with '/' (as KeptFiles names them)
        Set<String> directories = new HashSet<>();
        Set<String> published = kept.withDirectories(directories);
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path path : walk.sorted().toList()) {
                Path relative = staging.relativize(path);
                published.add(slashed(relative));
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    directories.add(slashed(relative));
                    Path dir = target.resolve(relative.toString());
                    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                        Files.delete(dir);
                    }
                    Files.createDirectories(dir);
                } else {
                    files.add(relative);
                }
            }
        }
        files.sort(Comparator.comparingInt(AtomicOutput::publishOrder));
        for (Path relative : files) {
            Path to = target.resolve(relative.toString());
            if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(to); // a directory became a file
            }
            move(staging.resolve(relative.toString()), to); // rename(2) replaces the old file in one step
        }
        Map<String, String> site = null;
        if (memory.remembers()) {
            removeUnpublished(target, "", published, directories, memory);
        } else {
            site = removeUnpublished(target, published);
        }
        deleteTree(staging);
        return site;
    }

    // what a page shows before the page, and the cache, which describes the pages, last
    private static int publishOrder(Path relative) {
        if (relative.getName(0).toString().equals(BuildCache.DIR)) {
            return 2;
        }
        return relative.getFileName().toString().endsWith(".html") ? 1 : 0;
    }

    // removes the files and directories of the old site that the new one does not have; the walk that
    // finds them also takes the stat of every file the site keeps (a second walk cost a rebuild 0.1-0.3 s)
    private static Map<String, String> removeUnpublished(Path target, Set<String> published) throws IOException {
        List<Path> stale = new ArrayList<>();
        Map<String, String> site = new TreeMap<>();
        Files.walkFileTree(target, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                if (!dir.equals(target) && !published.contains(slashed(target.relativize(dir)))) {
                    stale.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (published.contains(slashed(target.relativize(file)))) {
                    site.put(file.toString(), SourceListing.stat(a));
                } else {
                    stale.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path path : stale) {
            deleteTree(path);
        }
        return site;
    }

    // as above, each directory's names listed through the memory, and no stat taken: what the new site
    // has there is a directory when it holds one of its files
    private static void removeUnpublished(Path dir, String relative, Set<String> published, Set<String> directories,
                                          BuildMemory memory) throws IOException {
        for (String entry : memory.names(dir)) {
            String name = relative.isEmpty() ? entry : relative + "/" + entry;
            if (!published.contains(name)) {
                deleteTree(dir.resolve(entry));
            } else if (directories.contains(name)) {
                removeUnpublished(dir.resolve(entry), name, published, directories, memory);
            }
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /** Drops an unfinished staging directory. */
    static void abort(Path staging) {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // the next build's recover() removes it
        }
    }

    private static void recover(Path target) throws IOException {
        String base = target.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), base + ".kdocs-*")) {
            for (Path sibling : siblings) {
                String name = sibling.getFileName().toString();
                boolean old = name.startsWith(base + OLD);
                boolean tmp = name.startsWith(base + TMP);
                if (!old && !tmp || ownerAlive(name.substring(base.length() + (old ? OLD : TMP).length()))) {
                    continue;
                }
                if (old && !Files.exists(target)) {
                    move(sibling, target); // an older kdocs was killed between the two moves of its swap
                } else {
                    deleteTree(sibling);
                }
            }
        }
    }

    // a staging directory of a build that is still running is left alone
    private static boolean ownerAlive(String suffix) {
        int dash = suffix.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? suffix : suffix.substring(0, dash));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file or a directory tree; a symbolic link is deleted, never followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
