package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * re-emits them, and the page's summary ({@link PageSummary}), so that a rebuild
 * need not load the doctree of a page it does not write again. An entry is used
 * only when the source, every file it noted as a dependency (includes,
 * literalinclude, kernel-doc inputs, ...) and its read key (kdocs build, reader,
 * tags, paths) hash as before, and the entry itself matches its checksums
 * ({@link CheckedFile}): its head (keys, warnings, summary) is read and checked
 * alone, its doctree only when it is needed. New entries are written into the
 * staging directory and so move into place with the site, and entries still
 * valid stay where they are ({@link KeptFiles}); an entry that cannot be read
 * is ignored and the source read again.
 */
final class BuildCache {
    static final String DIR = ".kdocs-cache";
    private static final int MAGIC = 0x6b434143; // "kCAC"
    // 2: entries end with their SHA-256 (CheckedFile); 3: their ContentDigest;
    // 4: a warning's level is its docutils number; 5: a head with the page's summary, the doctree apart
    private static final int VERSION = 5;
    private static final int PASSED_ON = -1; // the level byte of a tool's passed-on message
    private static final String ABSENT = "-";
    // on a file system with whole-second times, a file changed during the build may show a time before its start
    private static final long COARSE_TIME_MARGIN_MILLIS = 2000;
    private static volatile String buildId;
    private static final ThreadLocal<byte[]> HASH_BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    /** How a source is read: its reader, the tags {@code only} tests, and the config values ifconfig sees. */
    record Reading(DocumentReader reader, java.util.Set<String> tags, Map<String, Object> config) {
    }

    private final Path previous;
    private final Path next;
    // where this build's entries will be once its site is published
    private final Path published;
    private final BuildMemory memory;
    private final KeptFiles kept;
    private final java.util.function.Function<SourceDoc, Reading> readings;
    private final long started = System.currentTimeMillis();
    private final Map<String, String> dependencyHashes = new ConcurrentHashMap<>();
    // by the identity of the Reading: the build gives the same one to the sources read alike
    private final Map<Reading, String> settingsKeys = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());

    /**
     * @param output   the site directory, whose cache is read (unless fresh)
     * @param staging  the directory the new site is written to, whose new entries are written
     * @param fresh    ignore the previous cache (Sphinx's -E)
     * @param kept     where the entries the new cache keeps of the previous one go
     * @param memory   what the builds of this process remember of files (digests, entries' heads)
     * @param readings how each source is read
     */
    BuildCache(Path output, Path staging, boolean fresh, KeptFiles kept, BuildMemory memory,
               java.util.function.Function<SourceDoc, Reading> readings) {
        this.kept = kept;
        this.memory = memory;
        this.published = output.resolve(DIR).resolve("doctrees");
        this.readings = readings;
        this.previous = fresh ? null : output.resolve(DIR).resolve("doctrees");
        this.next = staging.resolve(DIR).resolve("doctrees");
    }

    /**
     * A source as read, or as taken from the cache: its document (null when reading failed, or when
     * the cache gave its summary instead: {@link #reload} then gives the document), the warnings
     * reading gave, whether it came from the cache, the summary the cache kept with it, if any, and
     * the digest of the source's bytes ("-" when unknown). A freshly read document is kept in the new
     * cache by {@link #keep}.
     */
    record Read(Document document, List<Warning> warnings, boolean cached, byte[] summary, String sourceHash,
                Entry toKeep) {
    }

    // what the new cache is to keep of a freshly read document: everything but its summary
    private record Entry(String readKey, String sourceHash, List<String> dependencies, List<String> hashes,
                         List<Warning> warnings, byte[] tree) {
    }

    // an entry's head: what its source was read with and from, the warnings reading gave, the page's summary
    private record Head(String readKey, String sourceHash, List<String> dependencies, List<String> hashes,
                        List<Warning> warnings, byte[] summary) {
    }

    /**
     * Reads one source as the site's reading phase does (reader, then Sphinx's post-read steps and code
     * highlighting), or takes it from the cache: only its summary when the cache has one.
     */
    Read read(SourceDoc doc) {
        Reading reading = readings.apply(doc);
        String key = readKey(doc, reading);
        String sourceHash = key == null ? ABSENT : memory.digest(doc.file(), BuildCache::hashFile);
        Read cached = key == null ? null : load(doc, key, sourceHash);
        if (cached != null) {
            return cached;
        }
        List<Warning> warnings = new ArrayList<>();
        Document document = readSource(doc, reading, warnings);
        Entry toKeep = document != null && key != null ? entry(key, sourceHash, document, warnings) : null;
        return new Read(document, warnings, false, null, sourceHash, toKeep);
    }

    private static Document readSource(SourceDoc doc, Reading reading, List<Warning> warnings) {
        Document document = reading.reader().read(doc, warnings::add);
        if (document != null) {
            SphinxPostRead.apply(document, reading.tags(), reading.config(), doc.file().toString(), warnings::add);
            CodeHighlighting.apply(document);
        }
        return document;
    }

    /**
     * The digest of what reading a source depends on besides files: kdocs itself, the reader, the tags,
     * the config values of ifconfig and the paths as given; null when the reader cannot be keyed. The
     * part that all sources read alike share is taken once per {@link Reading}.
     */
    private String readKey(SourceDoc doc, Reading reading) {
        String settings = settingsKeys.computeIfAbsent(reading, r -> r.reader().cacheKey() == null ? ABSENT
                : hash((buildId() + "\n" + r.reader().cacheKey() + "\n" + Path.of("").toAbsolutePath() + "\n"
                + new java.util.TreeSet<>(r.tags()) + "\n" + new java.util.TreeMap<>(r.config()))
                .getBytes(StandardCharsets.UTF_8)));
        if (settings.equals(ABSENT)) {
            return null;
        }
        return hash((settings + "\n" + doc.key() + "\n" + doc.file()).getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a source file's bytes, "-" when it cannot be read. */
    static String hashFile(Path file) {
        // streamed through one buffer per thread: a rebuild hashes every source and every C file kernel-doc
        // read (some 80 MB of the kernel's), and whole-file arrays were a tenth of its allocation
        byte[] buffer = HASH_BUFFER.get();
        ContentDigest digest = new ContentDigest();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException e) {
            return ABSENT;
        }
    }

    /**
     * The cached entry of doc, or null when there is none that is still valid; the new cache keeps it
     * ({@link KeptFiles}). Only the entry's head is read when it has a summary; otherwise the document too.
     */
    private Read load(SourceDoc doc, String readKey, String sourceHash) {
        if (previous == null || sourceHash.equals(ABSENT)) {
            return null;
        }
        Path entry = previous.resolve(entryName(doc));
        try {
            Head head = memory.parsed(entry, Head.class, BuildCache::readHead);
            if (!head.readKey().equals(readKey) || !head.sourceHash().equals(sourceHash)) {
                return null;
            }
            for (int i = 0; i < head.dependencies().size(); i++) {
                if (!head.hashes().get(i).equals(dependencyHash(head.dependencies().get(i)))) {
                    return null;
                }
            }
            Document document = head.summary() == null ? readTree(entry) : null;
            kept.keep(keptPath(doc));
            return new Read(document, head.warnings(), true, head.summary(), sourceHash, null);
        } catch (IOException | RuntimeException e) {
            return null; // missing, corrupt or from another version: read the source again
        }
    }

    private static Head readHead(Path entry) throws IOException {
        try (DataInputStream in = CheckedFile.readHead(entry, MAGIC, VERSION)) {
            String readKey = in.readUTF();
            String sourceHash = in.readUTF();
            int count = in.readInt();
            List<String> dependencies = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                dependencies.add(in.readUTF());
                hashes.add(in.readUTF());
            }
            List<Warning> warnings = readWarnings(in);
            int summaryLength = in.readInt();
            byte[] summary = summaryLength < 0 ? null : in.readNBytes(summaryLength);
            return new Head(readKey, sourceHash, List.copyOf(dependencies), List.copyOf(hashes),
                    List.copyOf(warnings), summary);
        }
    }

    // a freshly read document as the new cache is to keep it; null when it cannot be kept safely
    private Entry entry(String readKey, String sourceHash, Document document, List<Warning> warnings) {
        if (sourceHash.equals(ABSENT)) {
            return null;
        }
        List<String> hashes = new ArrayList<>();
        for (String path : document.dependencies()) {
            if (path.equals(Document.UNREPEATABLE)
                    || !path.startsWith(Document.ENVIRONMENT) && changedSinceStart(Path.of(path))) {
                return null;
            }
            hashes.add(dependencyHash(path));
        }
        try {
            return new Entry(readKey, sourceHash, List.copyOf(document.dependencies()), hashes, List.copyOf(warnings),
                    TreeCodec.encode(document));
        } catch (IOException | RuntimeException e) {
            return null; // a value the cache cannot hold: the source is read again next time
        }
    }

    /**
     * Keeps a freshly read document in the new cache with its {@code summary} (null: none, and the next
     * build loads the document itself). Returns whether the new cache holds the document, which it
     * always does for one taken from the cache; false when it cannot be kept.
     */
    boolean keep(SourceDoc doc, Read read, byte[] summary) {
        if (read.cached()) {
            return true;
        }
        Entry kept = read.toKeep();
        if (kept == null) {
            return false;
        }
        Path entry = next.resolve(entryName(doc));
        try {
            Files.createDirectories(next);
            CheckedFile.writeParts(entry, MAGIC, VERSION, out -> {
                out.writeUTF(kept.readKey());
                out.writeUTF(kept.sourceHash());
                out.writeInt(kept.dependencies().size());
                for (int i = 0; i < kept.dependencies().size(); i++) {
                    out.writeUTF(kept.dependencies().get(i));
                    out.writeUTF(kept.hashes().get(i));
                }
                writeWarnings(out, kept.warnings());
                out.writeInt(summary == null ? -1 : summary.length);
                if (summary != null) {
                    out.write(summary);
                }
            }, kept.tree());
            memory.wrote(published.resolve(entryName(doc)), entry, new Head(kept.readKey(), kept.sourceHash(),
                    kept.dependencies(), kept.hashes(), kept.warnings(), summary));
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

    /**
     * The document of doc as this build read it, or took it from the previous cache, from its entry.
     * A doctree found damaged only now (its entry's head was sound) is read from its source again, which
     * {@link #read} found unchanged, and its entry dropped, so that the next build reads it too.
     */
    Document reload(SourceDoc doc) throws IOException {
        boolean fromPrevious = kept.kept(keptPath(doc));
        Path entry = (fromPrevious ? previous : next).resolve(entryName(doc));
        try {
            return readTree(entry);
        } catch (IOException | RuntimeException damaged) {
            if (fromPrevious) {
                kept.drop(keptPath(doc));
            } else {
                Files.deleteIfExists(entry);
            }
            // its warnings came with the entry's head
            Document document = readSource(doc, readings.apply(doc), new ArrayList<>());
            if (document == null) {
                throw new IOException(doc.file() + ": its cached doctree is damaged and it cannot be read again");
            }
            return document;
        }
    }

    private static Document readTree(Path entry) throws IOException {
        try (DataInputStream in = CheckedFile.readBody(entry, MAGIC, VERSION)) {
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

    // the entry of doc as the site names a file it keeps
    private static String keptPath(SourceDoc doc) {
        return DIR + "/doctrees/" + entryName(doc);
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
            return memory.digest(file, BuildCache::hashFile);
        });
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
