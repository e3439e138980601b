package org.kdocs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No two main classes share a simple name, so that a name in a stack trace,
 * a review or a search means one class, and an import never needs the other
 * one's package spelt out.
 */
class UniqueClassNamesTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noTwoMainClassesShareASimpleName() throws IOException {
        Map<String, List<String>> byName;
        try (Stream<Path> files = Files.walk(MAIN)) {
            byName = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .collect(Collectors.groupingBy(p -> p.getFileName().toString().replace(".java", ""),
                            TreeMap::new, Collectors.mapping(p -> MAIN.relativize(p).toString(),
                                    Collectors.toList())));
        }
        Map<String, List<String>> shared = new TreeMap<>(byName);
        shared.values().removeIf(paths -> paths.size() < 2);
        assertThat(shared).isEmpty();
    }
}
