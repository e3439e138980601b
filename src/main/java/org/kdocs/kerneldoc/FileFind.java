package org.kdocs.kerneldoc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which Perl's File::Find (with no_chdir, as the kernel's get_abi.pl and get_feat.pl
 * use it) hands out the names under a directory: the directory itself, then its non-directories
 * in the order the directory lists them, then each subdirectory the same way, in listing order.
 * Symbolic links are not followed. Names are "TOP/child/..." with TOP's trailing slash dropped.
 */
public final class FileFind {
    private FileFind() {
    }

    /** Every name under {@code top} (itself included), in File::Find's order. */
    public static List<String> names(String top) {
        String root = top.length() > 1 && top.endsWith("/") ? top.substring(0, top.length() - 1) : top;
        List<String> out = new ArrayList<>();
        if (Files.exists(Path.of(root), LinkOption.NOFOLLOW_LINKS)) {
            visit(root, out);
        }
        return out;
    }

    private static void visit(String dir, List<String> out) {
        out.add(dir);
        if (!Files.isDirectory(Path.of(dir), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> subdirectories = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(dir))) {
            for (Path entry : entries) {
                String name = dir + "/" + entry.getFileName();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    subdirectories.add(name);
                } else {
                    out.add(name);
                }
            }
        } catch (IOException e) {
            return; // File::Find skips a directory it cannot read
        }
        for (String subdirectory : subdirectories) {
            visit(subdirectory, out);
        }
    }
}
