package org.kdocs.site.ext.kernel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the external programs the kernel's extensions run (perl for the scripts, Graphviz's dot). */
public final class Programs {
    private Programs() {
    }

    /** The program to run: a path as given, or the first executable of that name on PATH; null when none. */
    public static String locate(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command)) ? command : null;
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue; // an empty PATH entry would mean the working directory: not searched
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
