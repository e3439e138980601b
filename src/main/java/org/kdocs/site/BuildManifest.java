package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.kdocs.tree.Severity;

/**
 * The no-change fast path of incremental builds, {@code OUT/.kdocs-cache/manifest}:
 * what the last build was given (its settings, and the size, time and file
 * identity of every file it read: everything below each source directory and
 * every dependency its documents noted, kept as one digest with the names of
 * the files beyond the sources), what it printed after the pre-steps, and the
 * digest of the same data for every file of the site it left. A build whose
 * settings and inputs are all as recorded, and whose site is untouched,
 * prints the recorded warnings and ends there: the site it would write is
 * the one already in place. Only file metadata is read, as {@code make}
 * and Sphinx judge a source by its time; no content is hashed.
 */
final class BuildManifest {
    static final String NAME = "manifest";
    private static final int MAGIC = 0x6b4d414e; // "kMAN"
    // 2: the stats of the inputs and of the site as two digests
    private static final int VERSION = 2;
    // on a file system with whole-second times, a file changed during the build may show a time before its start
    private static final long COARSE_TIME_MARGIN_MILLIS = 2000;

    /** What the last build printed after its pre-steps, and how many pages it wrote. */
    record Replay(List<Warning> warnings, int pages) {
    }

    private BuildManifest() {
    }

    /**
     * The recorded build when its key, its input files and its site are all unchanged;
     * null otherwise (or when there is no usable manifest).
     *
     * @param sources what is below the source directories now
     * @param outside paths below the source directories that are not inputs (the site, the build directory)
     */
    static Replay unchanged(Path output, String key, SourceListing sources, List<Path> outside) {
        Path file = output.resolve(BuildCache.DIR).resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = CheckedFile.read(file, MAGIC, VERSION)) {
            if (!in.readUTF().equals(key)) {
                return null;
            }
            int pages = in.readInt();
            int count = in.readInt();
            List<Warning> warnings = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String location = in.readUTF();
                int line = in.readInt();
                String level = in.readUTF();
                warnings.add(new Warning(location, line, level.isEmpty() ? null : Severity.valueOf(level), new String(in.readNBytes(in.readInt()),
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            List<String> beyondSources = readStrings(in);
            String inputs = in.readUTF();
            String site = in.readUTF();
            if (!inputs.equals(digest(inputStats(sources, outside, beyondSources, Long.MAX_VALUE)))
                    || !site.equals(digest(siteStats(output)))) {
                return null;
            }
            return new Replay(warnings, pages);
        } catch (IOException | RuntimeException e) {
            return null; // damaged or of another version: build as usual
        }
    }

    /**
     * Records a finished build, once its site is in place; records nothing when an input changed
     * while the build ran (its output may predate the change). The sources are recorded as the build
     * found them when it started: one changed since differs from its record, and the next build reads it.
     *
     * @param sources      what was below the source directories when the build started
     * @param dependencies every file the documents noted as read, beyond the source directories
     * @param started      when the build started (epoch milliseconds)
     * @param published    the stat of every file of the site as the commit left it, by absolute path;
     *                     null: the site is walked for them
     */
    static void save(Path output, String key, SourceListing sources, List<Path> outside,
                     Collection<String> dependencies, List<Warning> warnings, int pages, long started,
                     Map<String, String> published) {
        Path file = output.resolve(BuildCache.DIR).resolve(NAME);
        try {
            Map<String, String> inputs = inputStats(sources, outside, dependencies, started);
            if (inputs == null) {
                return;
            }
            Map<String, String> site = published != null ? withoutManifest(output, new TreeMap<>(published))
                    : siteStats(output);
            Path temp = file.resolveSibling(NAME + ".tmp");
            Files.createDirectories(file.getParent());
            CheckedFile.write(temp, MAGIC, VERSION, out -> {
                out.writeUTF(key);
                out.writeInt(pages);
                out.writeInt(warnings.size());
                for (Warning w : warnings) {
                    out.writeUTF(w.location());
                    out.writeInt(w.line());
                    out.writeUTF(w.passedOn() ? "" : w.level().name());
                    byte[] message = w.message().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.writeInt(message.length);
                    out.write(message);
                }
                // the files beyond the sources by name, to be looked at again; all of them by one digest
                Map<String, String> listed = sources.inputStats();
                writeStrings(out, inputs.keySet().stream().filter(path -> !listed.containsKey(path)).toList());
                out.writeUTF(digest(inputs));
                out.writeUTF(digest(site));
            });
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file); // no manifest: the next build takes the usual path
            } catch (IOException ignored) {
                // nothing more to do: a manifest that does not match is never used
            }
        }
    }

    /** Removes the manifest: the site is about to change. */
    static void forget(Path output) throws IOException {
        Files.deleteIfExists(output.resolve(BuildCache.DIR).resolve(NAME));
    }

    // every file below the source directories, and the dependencies; null when one changed after notBefore
    private static Map<String, String> inputStats(SourceListing sources, List<Path> outside,
                                                  Collection<String> dependencies, long notBefore)
            throws IOException {
        Map<String, String> stats = sources.inputStats();
        for (String dependency : dependencies) {
            if (dependency.equals(org.kdocs.tree.Document.UNREPEATABLE)) {
                return null;
            }
            if (dependency.startsWith(org.kdocs.tree.Document.ENVIRONMENT)) {
                // a variable by its value (no spaces: it is never taken for a file's time)
                String value = System.getenv(dependency.substring(org.kdocs.tree.Document.ENVIRONMENT.length()));
                stats.put(dependency, value == null ? "unset" : "value:" + BuildCache.hash(
                        value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                continue;
            }
            Path path = Path.of(dependency).toAbsolutePath().normalize();
            if (!stats.containsKey(path.toString())) {
                if (Files.isDirectory(path)) {
                    walk(path, outside, stats);
                    stats.put(path.toString(), "dir");
                } else {
                    stats.put(path.toString(), stat(path));
                }
            }
        }
        if (notBefore != Long.MAX_VALUE) {
            for (String stat : stats.values()) {
                long modified = modifiedMillis(stat);
                if (modified >= notBefore - (modified % 1000 == 0 ? COARSE_TIME_MARGIN_MILLIS : 0)) {
                    return null;
                }
            }
        }
        return stats;
    }

    private static void walk(Path dir, List<Path> outside, Map<String, String> stats) throws IOException {
        if (!Files.isDirectory(dir)) {
            stats.put(dir.toString(), "-");
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                for (Path skip : outside) {
                    if (d.startsWith(skip)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                stats.put(f.toString(), SourceListing.stat(a));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    // every file of the site but the manifest
    private static Map<String, String> siteStats(Path output) throws IOException {
        Map<String, String> stats = new TreeMap<>();
        walk(output.toAbsolutePath().normalize(), List.of(), stats);
        return withoutManifest(output, stats);
    }

    private static Map<String, String> withoutManifest(Path output, Map<String, String> stats) {
        Path self = output.toAbsolutePath().normalize().resolve(BuildCache.DIR).resolve(NAME);
        stats.remove(self.toString());
        stats.remove(self.resolveSibling(NAME + ".tmp").toString());
        return stats;
    }

    private static String stat(Path path) {
        try {
            return SourceListing.stat(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    private static long modifiedMillis(String stat) {
        String[] f = stat.split(" ");
        return f.length < 3 ? Long.MIN_VALUE : Long.parseLong(f[1]) * 1000 + Long.parseLong(f[2]) / 1_000_000;
    }

    // the digest of files' stats in path order: the manifest keeps this, not the 22,000 stats of the kernel's
    // tree and site (2.5 MB, whose reading was most of the no-change check)
    private static String digest(Map<String, String> stats) {
        ContentDigest digest = new ContentDigest();
        for (Map.Entry<String, String> e : (stats instanceof TreeMap<String, String> sorted ? sorted
                : new TreeMap<>(stats)).entrySet()) {
            digest.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("bad count " + count);
        }
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
