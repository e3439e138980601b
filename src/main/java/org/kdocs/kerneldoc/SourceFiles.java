package org.kdocs.kerneldoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The C files kernel-doc runs read, each read and parsed once and shared by every run that names
 * it (the kernel's 1,832 kernel-doc directives name 1,230 files). Safe for concurrent use; an
 * entry is read again when the file's size or modification time changes, so a long-lived process
 * (kdocs serve) sees edits. Entries are held softly: under memory pressure the JVM may drop
 * them, and a file is then parsed again when next named.
 */
public final class SourceFiles {
    private static final SourceFiles SHARED = new SourceFiles();

    private static final Pattern EXPORT_SYMBOL = PerlText.rx("^\\s*EXPORT_SYMBOL(_GPL)?\\s*\\(\\s*(\\w+)\\s*\\)\\s*;");
    private static final Pattern EXPORT_SYMBOL_NS = PerlText.rx(
            "^\\s*EXPORT_SYMBOL_NS(_GPL)?\\s*\\(\\s*(\\w+)\\s*,\\s*\\w+\\)\\s*;");

    private record Stamp(long size, FileTime modified) {
    }

    private record Entry<T>(Stamp stamp, SoftReference<T> value) {
        T get() {
            return value.get();
        }
    }

    private final ConcurrentHashMap<Path, Entry<List<Item>>> parsed = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, Entry<List<Item>>> parsedFromLineTwo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Path, Entry<Set<String>>> exports = new ConcurrentHashMap<>();

    /** An empty cache. */
    public SourceFiles() {
    }

    /** The cache a whole process shares. */
    public static SourceFiles shared() {
        return SHARED;
    }

    /** What the file documents, parsed on first use; {@code firstLine} as in {@link CommentScanner#scan}. */
    List<Item> items(Path file, int firstLine) throws IOException {
        return firstLine == 1 ? cached(parsed, file, text -> CommentScanner.scan(text, 1))
                : cached(parsedFromLineTwo, file, text -> CommentScanner.scan(text, 2));
    }

    /** The symbols the file exports with EXPORT_SYMBOL*, in file order (process_export_file). */
    Set<String> exports(Path file) throws IOException {
        return cached(exports, file, SourceFiles::scanExports);
    }

    private static Set<String> scanExports(String text) {
        Set<String> symbols = new LinkedHashSet<>();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf("EXPORT_SYMBOL") < 0) {
                continue;
            }
            Matcher m = EXPORT_SYMBOL.matcher(line);
            if (m.find()) {
                symbols.add(m.group(2));
            }
            m = EXPORT_SYMBOL_NS.matcher(line);
            if (m.find()) {
                symbols.add(m.group(2));
            }
        }
        return Collections.unmodifiableSet(symbols);
    }

    private static <T> T cached(ConcurrentHashMap<Path, Entry<T>> cache, Path file, Function<String, T> read)
            throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Stamp stamp = stamp(key);
        Entry<T> entry = cache.get(key);
        T value = entry != null && entry.stamp().equals(stamp) ? entry.get() : null;
        if (value != null) {
            return value;
        }
        Object[] made = new Object[1];
        try {
            cache.compute(key, (path, old) -> {
                T kept = old != null && old.stamp().equals(stamp) ? old.get() : null;
                if (kept != null) {
                    made[0] = kept;
                    return old;
                }
                try {
                    // bytes as chars: the script reads bytes, and so must every length and tab stop
                    T fresh = read.apply(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                    made[0] = fresh;
                    return new Entry<>(stamp, new SoftReference<>(fresh));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        @SuppressWarnings("unchecked")
        T result = (T) made[0];
        return result;
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(file + ": not a regular file");
        }
        return new Stamp(attributes.size(), attributes.lastModifiedTime());
    }
}
