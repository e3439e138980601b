package org.kdocs.site.ext.kernel.prestep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YNL rules of Documentation/Makefile: when the Makefile runs ynl-gen-rst.py (6.7 and
 * later), each {@code netlink/specs/NAME.yaml} becomes {@code networking/netlink_spec/NAME.rst}
 * and the directory gets an index of its pages.
 */
final class NetlinkRules {
    private static final String SPECS = "netlink/specs";
    private static final String PAGES = "networking/netlink_spec";

    private NetlinkRules() {
    }

    /** Whether the tree's Documentation/Makefile generates the netlink pages. */
    static boolean present(Path docs) {
        try {
            return Files.isDirectory(docs.resolve(SPECS)) && Files.isRegularFile(docs.resolve("Makefile"))
                    && Files.readString(docs.resolve("Makefile"), StandardCharsets.UTF_8).contains("ynl-gen-rst");
        } catch (IOException e) {
            return false;
        }
    }

    /** The YAML specs, sorted by name. */
    static List<Path> specs(Path docs) throws IOException {
        try (Stream<Path> files = Files.list(docs.resolve(SPECS))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** The .rst files already in the tree's netlink_spec directory (but its index), by file name. */
    static List<String> pagesInTree(Path docs) throws IOException {
        Path dir = docs.resolve(PAGES);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rst") && !n.equals("index.rst")).toList();
        }
    }
}
