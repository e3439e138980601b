package org.kdocs.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a site into a fresh sibling directory and swaps it in at the end,
 * so the output directory always holds a complete site: the previous one
 * until the new one is finished. Leftovers of a killed build are cleaned up
 * (or, if the swap itself was interrupted, the previous site restored) by the
 * next build.
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

    /** Moves the finished staging directory into place and removes the previous site. */
    static void commit(Path staging, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(target.getFileName() + OLD + ProcessHandle.current().pid() + "-"
                    + System.nanoTime());
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
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
                    move(sibling, target); // the swap was interrupted between its two moves
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
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
