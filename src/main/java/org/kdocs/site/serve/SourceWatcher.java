package org.kdocs.site.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Watches source directories recursively and calls back once per burst of changes: an editor's save
 * or a {@code git checkout} touches many files within milliseconds, and one rebuild should follow.
 * The output directory (when it lies inside a source directory) with the build's staging directories
 * beside it, hidden directories such as .git, and editor scratch files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final List<Path> roots;
    private final Path ignoredDir;
    private final long quietMillis;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    /**
     * @param roots       directories to watch, with everything below them
     * @param ignoredDir  a directory whose changes never count (the build output), or null
     * @param quietMillis how long no relevant change must come before the callback runs
     */
    public SourceWatcher(List<Path> roots, Path ignoredDir, long quietMillis) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignoredDir = ignoredDir == null ? null : ignoredDir.toAbsolutePath().normalize();
        this.quietMillis = quietMillis;
        for (Path root : this.roots) {
            registerTree(root);
        }
    }

    /**
     * Editor and tool scratch files: Emacs backups and lock files ({@code x~}, {@code #x#}, {@code .#x}),
     * Vim swap files and its write probe {@code 4913}, Kate swap files, JetBrains safe-write copies and
     * {@code .tmp} files.
     */
    static boolean isScratchFile(String name) {
        return name.endsWith("~") || name.startsWith(".#") || name.startsWith("#") && name.endsWith("#")
                || name.matches(".*\\.sw[a-p]") || name.equals("4913") || name.endsWith(".kate-swp")
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.endsWith(".tmp");
    }

    /** Whether a change of {@code file} should trigger a rebuild. */
    boolean relevant(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        // the first build creates the output directory's parents (docs/_build for docs/_build/html)
        if (ignoredDir != null && (normal.startsWith(ignoredDir) || stagingOfIgnored(normal)
                || ignoredDir.startsWith(normal))) {
            return false;
        }
        for (Path root : roots) {
            if (normal.startsWith(root)) {
                for (Path part : root.relativize(normal)) {
                    if (part.toString().startsWith(".") && !part.toString().startsWith(".#")) {
                        return false;
                    }
                }
            }
        }
        return !isScratchFile(normal.getFileName().toString());
    }

    // the build stages the site next to the output directory (OUT.kdocs-tmp-*, OUT.kdocs-old-*)
    private boolean stagingOfIgnored(Path file) {
        Path parent = ignoredDir.getParent();
        if (parent == null || !file.startsWith(parent) || file.equals(parent)) {
            return false;
        }
        return parent.relativize(file).getName(0).toString().startsWith(ignoredDir.getFileName() + ".");
    }

    /** Waits for changes and runs {@code onChange} after each burst, until closed or interrupted. */
    public void run(Runnable onChange) {
        try {
            while (true) {
                boolean changed = drain(service.take());
                // the burst ends when nothing has come for quietMillis
                for (WatchKey key = service.poll(quietMillis, TimeUnit.MILLISECONDS); key != null;
                     key = service.poll(quietMillis, TimeUnit.MILLISECONDS)) {
                    changed |= drain(key);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = dirs.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                changed = true;
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            boolean holdsOutput = ignoredDir != null && ignoredDir.startsWith(file.toAbsolutePath().normalize());
            if (!relevant(file) && !holdsOutput) {
                continue;
            }
            changed |= !holdsOutput;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file);
                } catch (IOException e) {
                    // the directory went away again; its changes are moot
                }
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
        return changed;
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                boolean holdsOutput = ignoredDir != null && ignoredDir.startsWith(dir) && !ignoredDir.equals(dir);
                if (!dir.equals(start) && !relevant(dir) && !holdsOutput) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dirs.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
