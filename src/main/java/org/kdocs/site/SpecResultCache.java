package org.kdocs.site;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecResult;

/**
 * Passing spec examples of the previous build, kept in
 * {@code OUT/.kdocs-cache/spec-results}: an example that is the same in
 * every respect (file, line, model, options, seed, code, expected output)
 * and was checked by the same kdocs build passed then and is not run
 * again. Failing examples are always run again, so that a failure is
 * reported from a real run. The file is checksummed ({@link CheckedFile}).
 */
final class SpecResultCache {
    private static final String FILE = "spec-results";
    private static final int MAGIC = 0x6b535052; // "kSPR"
    private static final int VERSION = 3; // 2: checksummed (CheckedFile); 3: with a ContentDigest

    private record Passed(int runs, int failures, Map<String, Integer> signatures, String output) {
    }

    private final Map<String, Passed> previous = new HashMap<>();
    private final Map<String, Passed> current = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    /** An empty cache, for a build that keeps none. */
    SpecResultCache() {
    }

    SpecResultCache(Path output, boolean fresh) {
        if (!fresh) {
            load(output.resolve(BuildCache.DIR).resolve(FILE));
        }
    }

    // SHA-256, not the cache's CRCs: a result must never be taken for an example crafted to collide
    private static String key(SpecExample example) {
        return Digests.hex("SHA-256", (BuildCache.buildId() + "\n" + example).getBytes(StandardCharsets.UTF_8));
    }

    /** The previous passing result of this very example, or null when it must run. */
    SpecResult lookup(SpecExample example) {
        String key = key(example);
        Passed passed = previous.get(key);
        if (passed == null) {
            return null;
        }
        current.put(key, passed);
        reused.incrementAndGet();
        return new SpecResult(example, SpecResult.Status.PASS, passed.runs(), passed.failures(),
                passed.signatures(), "", passed.output());
    }

    /** How many results this build took from the cache. */
    int reused() {
        return reused.get();
    }

    /** Keeps a result of this build when it passed. */
    void remember(SpecResult result) {
        if (result.passed()) {
            current.put(key(result.example()), new Passed(result.runs(), result.failures(),
                    new LinkedHashMap<>(result.signatures()), result.output()));
        }
    }

    private void load(Path file) {
        try (DataInputStream in = CheckedFile.read(file, MAGIC, VERSION)) {
            int count = in.readInt();
            Map<String, Passed> read = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int runs = in.readInt();
                int failures = in.readInt();
                int signatureCount = in.readInt();
                Map<String, Integer> signatures = new LinkedHashMap<>();
                for (int j = 0; j < signatureCount; j++) {
                    signatures.put(in.readUTF(), in.readInt());
                }
                int length = in.readInt();
                if (length < 0 || length > 1 << 26) {
                    return;
                }
                byte[] output = in.readNBytes(length);
                if (output.length != length) {
                    return;
                }
                read.put(key, new Passed(runs, failures, signatures, new String(output, StandardCharsets.UTF_8)));
            }
            previous.putAll(read);
        } catch (IOException | RuntimeException e) {
            previous.clear(); // unreadable: every example runs
        }
    }

    /** Writes the passing results of this build into the staging site's cache. */
    void save(Path staging) throws IOException {
        Path file = staging.resolve(BuildCache.DIR).resolve(FILE);
        Files.createDirectories(file.getParent());
        CheckedFile.write(file, MAGIC, VERSION, out -> {
            Map<String, Passed> sorted = new TreeMap<>(current);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Passed> e : sorted.entrySet()) {
                Passed p = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(p.runs());
                out.writeInt(p.failures());
                out.writeInt(p.signatures().size());
                for (Map.Entry<String, Integer> s : p.signatures().entrySet()) {
                    out.writeUTF(s.getKey());
                    out.writeInt(s.getValue());
                }
                byte[] output = p.output().getBytes(StandardCharsets.UTF_8);
                out.writeInt(output.length);
                out.write(output);
            }
        });
    }
}
