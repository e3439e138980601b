package org.kdocs.site.ext.kernel.prestep;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which inputs each generated file of the pre-steps was made from, kept in
 * {@code BUILDDIR/.kdocs-stamps}, as {@code make} keeps a target whose
 * prerequisites are older: the size, time and file identity of the inputs
 * and of the made file, and the pre-step code itself. A file whose stamp
 * still holds is not made again; a step that failed leaves no stamp.
 */
final class PreStepStamps {
    private static final String NAME = ".kdocs-stamps";
    private static volatile String codeId;

    private final Path file;
    private final Map<String, String> previous = new TreeMap<>();
    private final Map<String, String> current = new TreeMap<>();
    private final List<Path> made = new java.util.ArrayList<>();

    private PreStepStamps(Path build) {
        this.file = build.resolve(NAME);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    previous.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            previous.clear(); // no usable stamps: every file is made again
        }
    }

    static PreStepStamps load(Path build) {
        return new PreStepStamps(build);
    }

    /** The state of a step's inputs, taken before they are read (a change while the step runs then shows). */
    static String inputs(List<Path> inputs) {
        StringBuilder s = new StringBuilder(codeId());
        for (Path input : inputs) {
            s.append(' ').append(input == null ? "none" : stat(input));
        }
        return s.toString();
    }

    /** Whether {@code target} was made from inputs in this very state and is still as it was made. */
    boolean upToDate(Path target, String inputs) {
        String stamp = inputs + " " + stat(target);
        if (!stamp.equals(previous.get(target.toString()))) {
            return false;
        }
        current.put(target.toString(), stamp);
        return true;
    }

    /** Records that {@code target} was just made from inputs in the state {@code inputs}. */
    void made(Path target, String inputs) {
        current.put(target.toString(), inputs + " " + stat(target));
        made.add(target);
    }

    /** The files recorded by {@link #made} so far. */
    List<Path> made() {
        return List.copyOf(made);
    }

    /** Writes the stamps of this run (only those of files made or kept in it). */
    void save() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(current).forEach((target, stamp) -> out.append(target).append('\t').append(stamp).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(NAME + ".tmp");
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // stale stamps name file states that no longer exist: they never hold
            }
        }
    }

    private static String stat(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            Instant t = a.lastModifiedTime().toInstant();
            return a.size() + ":" + t.getEpochSecond() + ":" + t.getNano() + ":" + a.fileKey();
        } catch (IOException | RuntimeException e) {
            return "-";
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    // the jar (or this package's class files) by size and time: new pre-step code makes every file again
    private static String codeId() {
        String id = codeId;
        if (id == null) {
            StringBuilder s = new StringBuilder();
            try {
                Path code = Path.of(PreStepStamps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path classes = Files.isDirectory(code)
                        ? code.resolve(PreStepStamps.class.getPackageName().replace('.', '/')) : code;
                try (Stream<Path> files = Files.isDirectory(classes) ? Files.list(classes) : Stream.of(classes)) {
                    files.sorted().forEach(f -> s.append(f.getFileName()).append('=').append(stat(f)).append(';'));
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                s.append("unknown ").append(System.nanoTime()); // then no stamp ever holds
            }
            id = sha256(s.toString());
            codeId = id;
        }
        return id;
    }
}
