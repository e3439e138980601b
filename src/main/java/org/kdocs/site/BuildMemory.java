package org.kdocs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a process that builds one site again and again ({@code kdocs serve}) remembers from one build to
 * the next: the digests of the sources and of the files they depend on, and the build's own records
 * (cache entries' heads, {@code pages.rec}, {@code pages.idx}) as it parsed or wrote them. A rebuild after
 * one edit then neither hashes the thousands of files that did not change nor reads and decodes its
 * records again. Nothing is taken on trust: what is remembered of a file is used only while the file has
 * the size, time and identity (inode) it had then, the test by which make and the build manifest judge a
 * file unchanged. A build without memory ({@link #none()}, every CLI build) reads everything from disk.
 */
public final class BuildMemory {
    // a file whose time is this recent when it is hashed may change again within the same tick of its
    // clock, keeping size and time: its digest is not remembered (git's "racily clean" files)
    private static final long RECENT_MILLIS = 100;
    // on a file system with whole-second times, a second's worth more
    private static final long COARSE_RECENT_MILLIS = 2000;
    private static final BuildMemory NONE = new BuildMemory(false);

    /** A file's size, time and identity. */
    private record Stamp(long size, Instant modified, Object identity) {
        static Stamp of(Path file) {
            return of(file, false);
        }

        static Stamp ofDirectory(Path directory) {
            return of(directory, true);
        }

        private static Stamp of(Path path, boolean directory) {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                boolean kind = directory ? a.isDirectory() : a.isRegularFile();
                return kind ? new Stamp(a.size(), a.lastModifiedTime().toInstant(), a.fileKey()) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private record Remembered(Stamp stamp, Object value) {
    }

    private final boolean remembers;
    private final Map<String, Remembered> digests = new ConcurrentHashMap<>();
    private final Map<String, Remembered> records = new ConcurrentHashMap<>();
    private final Map<String, Remembered> directories = new ConcurrentHashMap<>();
    private final Map<String, Remembered> directoryNames = new ConcurrentHashMap<>();
    private Runnable pending;
    private LastSite lastSite;

    /**
     * The site the last build of this process made: its trees, its pages in order with the summary each
     * gave the tables, the tables themselves, and the warnings resolving the site's structure gave. A
     * build whose sources give the tables exactly what they gave then takes it again
     * ({@link PageReading#readAgain}).
     */
    record LastSite(List<SourceTree> trees, List<Page> pages, List<byte[]> summaries, SiteEnvironment env,
                    List<Warning> structureWarnings) {
    }

    private BuildMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory for the builds of one process. */
    public static BuildMemory create() {
        return new BuildMemory(true);
    }

    /** No memory: every build reads everything from disk. */
    static BuildMemory none() {
        return NONE;
    }

    /** Whether this memory remembers anything (every build's but a CLI build's). */
    boolean remembers() {
        return remembers;
    }


    /** Keeps the site a build just published, for the next build to take again. */
    synchronized void lastSite(LastSite site) {
        lastSite = remembers ? site : null;
    }

    /** The site the last build published, if it kept it; a build takes it, and it is gone until the next one keeps its own. */
    synchronized LastSite takeLastSite() {
        LastSite site = lastSite;
        lastSite = null;
        return site;
    }

    /**
     * The digest of a file: remembered when the file is as it was when {@code digest} last took it, else
     * taken now (and remembered, unless the file changed too recently for its time to tell).
     */
    String digest(Path file, Function<Path, String> digest) {
        if (!remembers) {
            return digest.apply(file);
        }
        String key = file.toAbsolutePath().normalize().toString();
        Stamp before = Stamp.of(file);
        Remembered known = digests.get(key);
        if (before != null && known != null && known.stamp().equals(before)) {
            return (String) known.value();
        }
        long now = System.currentTimeMillis();
        String value = digest.apply(file);
        if (before != null && before.equals(Stamp.of(file)) && settled(before, now)) {
            digests.put(key, new Remembered(before, value));
        } else {
            digests.remove(key);
        }
        return value;
    }

    private static boolean settled(Stamp stamp, long now) {
        long modified = stamp.modified().toEpochMilli();
        return modified < now - (modified % 1000 == 0 ? COARSE_RECENT_MILLIS : RECENT_MILLIS);
    }

    /**
     * One entry of a directory, as a walk that follows no link sees it.
     *
     * @param link a symbolic link: what it points to may change while the directory does not
     */
    record Entry(String name, boolean directory, boolean regular, boolean link) {
    }

    /**
     * The entries of a directory: remembered while the directory keeps its size, time and identity
     * (adding, removing or renaming an entry changes its time), else read now. A directory changed too
     * recently for its time to tell is read on every call.
     */
    List<Entry> entries(Path directory) throws IOException {
        return listed(directory, directories, entry -> {
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return new Entry(entry.getFileName().toString(), a.isDirectory(), a.isRegularFile(), a.isSymbolicLink());
        });
    }

    /**
     * The names in a directory, remembered as {@link #entries} are: for a caller that knows what each
     * is (the commit knows the site's directories), and so need not stat the 3,600 cache entries.
     */
    List<String> names(Path directory) throws IOException {
        return listed(directory, directoryNames, entry -> entry.getFileName().toString());
    }

    private interface Lister<T> {
        T of(Path entry) throws IOException;
    }

    private <T> List<T> listed(Path directory, Map<String, Remembered> memo, Lister<T> lister) throws IOException {
        String key = directory.toAbsolutePath().normalize().toString();
        Stamp before = remembers ? Stamp.ofDirectory(directory) : null;
        Remembered known = before == null ? null : memo.get(key);
        if (known != null && known.stamp().equals(before)) {
            @SuppressWarnings("unchecked")
            List<T> listed = (List<T>) known.value();
            return listed;
        }
        long now = System.currentTimeMillis();
        List<T> listed = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> list = Files.newDirectoryStream(directory)) {
            for (Path entry : list) {
                listed.add(lister.of(entry));
            }
        }
        if (before != null && before.equals(Stamp.ofDirectory(directory)) && settled(before, now)) {
            memo.put(key, new Remembered(before, List.copyOf(listed)));
        }
        return listed;
    }

    /** A reader of one of the build's own files. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Path file) throws IOException;
    }

    /**
     * The build's own file at {@code file} as {@code parser} reads it: as remembered when the file is the
     * one remembered (written or parsed by an earlier build of this process), else parsed now.
     */
    <T> T parsed(Path file, Class<T> type, Parser<T> parser) throws IOException {
        if (!remembers) {
            return parser.parse(file);
        }
        String key = file.toAbsolutePath().normalize().toString();
        Stamp stamp = Stamp.of(file);
        Remembered known = records.get(key);
        if (stamp != null && known != null && known.stamp().equals(stamp) && type.isInstance(known.value())) {
            return type.cast(known.value());
        }
        T value = parser.parse(file);
        if (stamp != null && stamp.equals(Stamp.of(file))) {
            records.put(key, new Remembered(stamp, value));
        }
        return value;
    }

    /**
     * Remembers what a build wrote into {@code written}, a file of its staging directory that the commit
     * renames to {@code published}: a rename keeps the size, time and identity that the next build finds.
     */
    void wrote(Path published, Path written, Object value) {
        if (!remembers) {
            return;
        }
        Stamp stamp = Stamp.of(written);
        String key = published.toAbsolutePath().normalize().toString();
        if (stamp == null) {
            records.remove(key);
        } else {
            records.put(key, new Remembered(stamp, value));
        }
    }

    /**
     * Work for the next process (the build manifest) once this build's site is published. Without memory
     * it runs at once. With memory it waits: the next build of this process makes its own and drops it
     * ({@link #dropPending}), and the process runs the last one as it ends ({@link #finishPending}). In
     * serve, the manifest's walks of the tree and the site (some 0.5 s of CPU on the kernel's) then
     * never compete with the rebuild that follows an edit.
     */
    synchronized void afterPublishing(Runnable task) {
        if (remembers) {
            pending = task;
        } else {
            task.run();
        }
    }

    /** Forgets the work the last build left: a build is starting, which leaves its own. */
    synchronized void dropPending() {
        pending = null;
    }

    /** Runs the work the last build left, if any, in this thread: the process is about to end. */
    public synchronized void finishPending() {
        Runnable task = pending;
        pending = null;
        if (task != null) {
            task.run();
        }
    }
}
