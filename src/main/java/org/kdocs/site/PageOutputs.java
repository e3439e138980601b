package org.kdocs.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write side of incremental builds: a page whose HTML has the fingerprint
 * recorded for its file in the previous site, and whose file is still the one
 * written then (same size and time), is not written again: the previous file
 * stays, so that it keeps its identity. The
 * fingerprint is the digest of the HTML itself: rendering a page costs about what
 * encoding its resolved doctree for a digest did, and a fresh build renders every
 * page anyway. A page's source copy, and the copy of a file a page shows, is
 * kept when the file has the digest the copy was recorded with, and other files
 * (search index, static files) when their bytes are unchanged. Files kept stay
 * where they are ({@link KeptFiles}). The record is {@code OUT/.kdocs-cache/pages.idx}.
 */
final class PageOutputs {
    private static final String INDEX = "pages.idx";
    private static final int WRITE_PIECE = 8192;

    private record Entry(String fingerprint, long size, long modified) {
    }

    private final Path previousSite;
    private final KeptFiles kept;
    private final Map<String, Entry> previous;
    private final BuildMemory memory;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /**
     * @param fresh ignore the previous site: every file is written
     * @param kept  where the previous site's files that stay as they are go
     */
    PageOutputs(Path output, boolean fresh, KeptFiles kept, BuildMemory memory) {
        this.kept = kept;
        this.memory = memory;
        this.previousSite = fresh ? null : output.toAbsolutePath().normalize();
        this.previous = previousSite == null ? Map.of() : loadIndex(previousSite.resolve(BuildCache.DIR).resolve(INDEX));
    }

    private Map<String, Entry> loadIndex(Path index) {
        try {
            return memory.parsed(index, Index.class, PageOutputs::readIndex).entries();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // no usable record: every page is written
        }
    }

    // the record of a site's files, as a build's memory holds it
    private record Index(Map<String, Entry> entries) {
    }

    private static Index readIndex(Path index) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 4);
            if (f.length == 4) {
                entries.put(f[3], new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        return new Index(Map.copyOf(entries));
    }

    /** The fingerprint of a page: the digest of its HTML. */
    static String fingerprint(byte[] html) {
        return fingerprint(html, 0, html.length);
    }

    private static String fingerprint(byte[] content, int offset, int length) {
        ContentDigest digest = new ContentDigest();
        digest.update(content, offset, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Keeps the previous file of this page when its fingerprint is unchanged; false when it must be written. */
    boolean reuse(String path, String fingerprint) {
        Entry old = previous.get(path);
        // a file changed since it was written is written again
        if (fingerprint == null || old == null || !old.fingerprint().equals(fingerprint) || !intact(path)) {
            return false;
        }
        kept.keep(path);
        current.put(path, old);
        return true;
    }

    /** Whether the previous site holds the page's file as the previous build wrote it. */
    boolean intact(String path) {
        Entry old = previous.get(path);
        if (old == null) {
            return false;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(previousSite.resolve(path), BasicFileAttributes.class);
            return a.isRegularFile() && a.size() == old.size() && a.lastModifiedTime().toMillis() == old.modified();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Keeps the previous file of this page as it is; false when it changed since it was written. */
    boolean keep(String path) {
        Entry old = previous.get(path);
        return old != null && reuse(path, old.fingerprint());
    }

    /**
     * Keeps the previous site's file at {@code path} where it is, when it has one: a file named by its
     * content (a converted figure), which this build would copy as it is. False when there is none.
     */
    boolean keepPrevious(String path) {
        if (previousSite == null || !Files.isRegularFile(previousSite.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        kept.keep(path);
        return true;
    }

    /** Records the page file now in staging under its fingerprint. */
    void written(String path, String fingerprint, Path staging) throws IOException {
        if (fingerprint == null || path.contains("\t") || path.contains("\n")) {
            return;
        }
        BasicFileAttributes a = Files.readAttributes(staging.resolve(path), BasicFileAttributes.class);
        current.put(path, new Entry(fingerprint, a.size(), a.lastModifiedTime().toMillis()));
    }

    /** The bytes of a file to copy, read only when they are needed. */
    @FunctionalInterface
    interface Content {
        byte[] read() throws IOException;
    }

    /**
     * Copies a file into the site (a page's source, an image or download a page shows), unless the previous
     * site holds the copy as it was written, of a file of the same digest as this one now ({@code sourceHash};
     * a page's, taken when the page was read): that copy is kept, and neither file is read.
     */
    void copySource(Path staging, String path, String sourceHash, Content source) throws IOException {
        Entry old = previous.get(path);
        if (old != null && old.fingerprint().equals(sourceHash) && intact(path)) {
            kept.keep(path);
            current.put(path, old);
            return;
        }
        writeOrKeep(staging, path, source.read());
    }

    /**
     * Writes a generated file, or keeps the previous site's when it was recorded with the same
     * fingerprint and is still as written (the old file is not read).
     */
    void writeOrKeep(Path staging, String path, byte[] content) throws IOException {
        writeOrKeep(staging, path, content, 0, content.length);
    }

    /** {@link #writeOrKeep(Path, String, byte[])} of {@code content[offset .. offset + length)}. */
    void writeOrKeep(Path staging, String path, byte[] content, int offset, int length) throws IOException {
        String fingerprint = fingerprint(content, offset, length);
        if (reuse(path, fingerprint)) {
            return;
        }
        Path target = staging.resolve(path);
        Files.createDirectories(target.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(target)) {
            // in pieces, as Files.write does: a channel copies each write into a temporary direct buffer
            // of its size, which the thread then keeps
            for (int at = offset, end = offset + length; at < end; at += WRITE_PIECE) {
                out.write(content, at, Math.min(WRITE_PIECE, end - at));
            }
        }
        written(path, fingerprint, staging);
    }

    void writeOrKeep(Path staging, String path, String text) throws IOException {
        writeOrKeep(staging, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Copies a resource into the site, or keeps the previous copy when it is unchanged. */
    void copyOrKeep(InputStream resource, Path staging, String path) throws IOException {
        writeOrKeep(staging, path, resource.readAllBytes());
    }

    /** Writes the record of this build's pages into the staging site's cache, which will be {@code output}'s. */
    void save(Path staging, Path output) throws IOException {
        Path index = staging.resolve(BuildCache.DIR).resolve(INDEX);
        Files.createDirectories(index.getParent());
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
            Entry v = e.getValue();
            out.append(v.fingerprint()).append('\t').append(v.size()).append('\t').append(v.modified()).append('\t')
                    .append(e.getKey()).append('\n');
        }
        Files.writeString(index, out, StandardCharsets.UTF_8);
        memory.wrote(output.resolve(BuildCache.DIR).resolve(INDEX), index, new Index(Map.copyOf(current)));
    }
}
