package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.kdocs.tree.Document;
import org.kdocs.tree.Severity;
import org.kdocs.tree.TreeCodec;

/**
 * The read side of incremental builds, kept in {@code OUT/.kdocs-cache/doctrees/}:
 * each source's document as it was after reading (Sphinx keeps pickled doctrees
 * for the same purpose), with the warnings reading gave, so that a rebuild
 * re-emits them. An entry is used only when the source, every file it noted
 * as a dependency (includes, literalinclude, kernel-doc inputs, ...) and its
 * read key (kdocs build, reader, tags, paths) hash as before, and the entry
 * itself matches its checksum ({@link CheckedFile}). The new cache
 * is written into the staging directory and so moves into place with the
 * site; an entry that cannot be read is ignored and the source read again.
 */
final class BuildCache {
    static final String DIR = ".kdocs-cache";
    private static final int MAGIC = 0x6b434143; // "kCAC"
    // 2: entries end with their SHA-256 (CheckedFile); 3: their ContentDigest;
    // 4: a warning's level is its docutils number
    private static final int VERSION = 4;
    private static final int PASSED_ON = -1; // the level byte of a tool's passed-on message
    private static final String ABSENT = "-";
    // on a file system with whole-second times, a file changed during the build may show a time before its start
    private static final long COARSE_TIME_MARGIN_MILLIS = 2000;
    private static volatile String buildId;

    /** A document taken from the cache, with the warnings its reading gave. */
    record Cached(Document document, List<Warning> warnings) {
    }

    private final Path previous;
    private final Path next;
    private final long started = System.currentTimeMillis();
    private final Map<String, String> dependencyHashes = new ConcurrentHashMap<>();

    /**
     * @param output  the site directory, whose cache is read (unless fresh)
     * @param staging the directory the new site is written to, whose cache is written
     * @param fresh   ignore the previous cache (Sphinx's -E)
     */
    BuildCache(Path output, Path staging, boolean fresh) {
        this.previous = fresh ? null : output.resolve(DIR).resolve("doctrees");
        this.next = staging.resolve(DIR).resolve("doctrees");
    }

    /**
     * A read document (null when reading failed), its warnings, whether it came from the cache, and
     * whether the new cache holds it ({@link #reload} then gives it again).
     */
    record Read(Document document, List<Warning> warnings, boolean cached, boolean kept) {
    }

    /**
     * Reads one source as the site's reading phase does (reader, then Sphinx's
     * post-read steps and code highlighting), or takes it from the cache.
     */
    Read read(SourceDoc doc, DocumentReader reader, java.util.Set<String> tags, Map<String, Object> config) {
        String readerKey = reader.cacheKey();
        String key = readerKey == null ? null : readKey(doc, readerKey, tags, config);
        String sourceHash = key == null ? ABSENT : hashFile(doc.file());
        Cached cached = key == null ? null : load(doc, key, sourceHash);
        if (cached != null) {
            return new Read(cached.document(), cached.warnings(), true, true);
        }
        List<Warning> warnings = new ArrayList<>();
        Document document = reader.read(doc, warnings::add);
        boolean kept = false;
        if (document != null) {
            SphinxPostRead.apply(document, tags, config, doc.file().toString(), warnings::add);
            CodeHighlighting.apply(document);
            if (key != null) {
                kept = store(doc, key, sourceHash, document, warnings);
            }
        }
        return new Read(document, warnings, false, kept);
    }

    /**
     * What reading a source depends on besides files: kdocs itself, the reader, the tags, the
     * config values of ifconfig and the paths as given.
     */
    static String readKey(SourceDoc doc, String readerKey, java.util.Set<String> tags, Map<String, Object> config) {
        return buildId() + "\n" + readerKey + "\n" + doc.key() + "\n" + doc.file() + "\n"
                + Path.of("").toAbsolutePath() + "\n" + new java.util.TreeSet<>(tags) + "\n" + new java.util.TreeMap<>(config);
    }

    /** The hash of a source file's bytes, "-" when it cannot be read. */
    static String hashFile(Path file) {
        try {
            return hash(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            return ABSENT;
        }
    }

    /** The cached document of doc, or null when there is none that is still valid. */
    Cached load(SourceDoc doc, String readKey, String sourceHash) {
        if (previous == null || sourceHash.equals(ABSENT)) {
            return null;
        }
        Path entry = previous.resolve(entryName(doc));
        try (DataInputStream in = CheckedFile.read(entry, MAGIC, VERSION)) {
            if (!in.readUTF().equals(readKey)
                    || !in.readUTF().equals(sourceHash)) {
                return null;
            }
            int dependencies = in.readInt();
            for (int i = 0; i < dependencies; i++) {
                String path = in.readUTF();
                if (!in.readUTF().equals(dependencyHash(path))) {
                    return null;
                }
            }
            List<Warning> warnings = readWarnings(in);
            Document document = TreeCodec.read(in);
            link(entry, next.resolve(entry.getFileName()));
            return new Cached(document, warnings);
        } catch (IOException | RuntimeException e) {
            return null; // missing, corrupt or from another version: read the source again
        }
    }

    /** Keeps a freshly read document; does nothing (and returns false) when it cannot be kept safely. */
    boolean store(SourceDoc doc, String readKey, String sourceHash, Document document, List<Warning> warnings) {
        if (sourceHash.equals(ABSENT)) {
            return false;
        }
        Path entry = next.resolve(entryName(doc));
        try {
            for (String path : document.dependencies()) {
                if (path.equals(Document.UNREPEATABLE)
                        || !path.startsWith(Document.ENVIRONMENT) && changedSinceStart(Path.of(path))) {
                    return false;
                }
            }
            Files.createDirectories(next);
            CheckedFile.write(entry, MAGIC, VERSION, out -> {
                out.writeUTF(readKey);
                out.writeUTF(sourceHash);
                out.writeInt(document.dependencies().size());
                for (String path : document.dependencies()) {
                    out.writeUTF(path);
                    out.writeUTF(dependencyHash(path));
                }
                writeWarnings(out, warnings);
                TreeCodec.write(document, out);
            });
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(entry); // a half-written entry would only be ignored, but need not stay
            } catch (IOException ignored) {
                // the staging directory is complete without it
            }
            return false;
        }
    }

    /** The document of doc as this build read it (or took it from the previous cache), from the new cache. */
    Document reload(SourceDoc doc) throws IOException {
        try (DataInputStream in = CheckedFile.read(next.resolve(entryName(doc)), MAGIC, VERSION)) {
            in.readUTF(); // read key
            in.readUTF(); // source hash
            int dependencies = in.readInt();
            for (int i = 0; i < dependencies; i++) {
                in.readUTF();
                in.readUTF();
            }
            readWarnings(in);
            return TreeCodec.read(in);
        }
    }

    // a dependency changed since the build started may have changed after it was read: its hash would lie
    private boolean changedSinceStart(Path path) {
        try {
            long modified = Files.getLastModifiedTime(path).toMillis();
            return modified >= started - (modified % 1000 == 0 ? COARSE_TIME_MARGIN_MILLIS : 0);
        } catch (IOException | RuntimeException e) {
            return false; // an absent file is hashed as absent
        }
    }

    private static String entryName(SourceDoc doc) {
        return hash(doc.key().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".bin";
    }

    // a file by its bytes, a directory by the names, sizes and times of the files below it, "-" when absent;
    // an environment variable by its value
    private String dependencyHash(String path) {
        return dependencyHashes.computeIfAbsent(path, p -> {
            if (p.startsWith(Document.ENVIRONMENT)) {
                String value = System.getenv(p.substring(Document.ENVIRONMENT.length()));
                return value == null ? ABSENT : "env:" + hash(value.getBytes(StandardCharsets.UTF_8));
            }
            Path file = Path.of(p);
            if (Files.isDirectory(file)) {
                StringBuilder listing = new StringBuilder();
                try (Stream<Path> walk = Files.walk(file)) {
                    for (Path f : walk.sorted().toList()) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        listing.append(file.relativize(f)).append('\t').append(a.size()).append('\t')
                                .append(a.lastModifiedTime().toMillis()).append('\n');
                    }
                } catch (IOException | RuntimeException e) {
                    return ABSENT;
                }
                return "dir:" + hash(listing.toString().getBytes(StandardCharsets.UTF_8));
            }
            return hashFile(file);
        });
    }

    /** Hard-links (or, where links are not possible, copies) a file of the previous site into the new one. */
    static void link(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    static String hash(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(new ContentDigest().digest(bytes));
    }

    /**
     * Identifies this build of kdocs: the jar's (or class directory's) files by
     * name, size and time, so that a new kdocs never uses an older one's cache.
     */
    static String buildId() {
        String id = buildId;
        if (id == null) {
            StringBuilder listing = new StringBuilder();
            try {
                Path code = Path.of(SiteBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                try (Stream<Path> walk = Files.walk(code)) {
                    for (Path f : walk.sorted().toList()) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        listing.append(code.relativize(f)).append('\t').append(a.size()).append('\t')
                                .append(a.lastModifiedTime().toMillis()).append('\n');
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                listing.append("unknown build ").append(System.nanoTime()); // then no cache entry ever matches
            }
            id = hash(listing.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            buildId = id;
        }
        return id;
    }

    /** Writes warnings as the cache's files hold them; {@link #readWarnings} reads them back. */
    static void writeWarnings(DataOutputStream out, List<Warning> warnings) throws IOException {
        out.writeInt(warnings.size());
        for (Warning w : warnings) {
            out.writeUTF(w.location());
            out.writeInt(w.line());
            out.writeByte(w.passedOn() ? PASSED_ON : w.level().level());
            writeLong(out, w.message());
        }
    }

    static List<Warning> readWarnings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            warnings.add(new Warning(in.readUTF(), in.readInt(), readSeverity(in), readLong(in)));
        }
        return warnings;
    }

    // writeUTF holds at most 64 KiB; messages and the cache's other texts may be longer
    static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Severity readSeverity(DataInputStream in) throws IOException {
        byte level = in.readByte();
        return level == PASSED_ON ? null : Severity.ofLevel(level);
    }

    static String readLong(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("bad length");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
