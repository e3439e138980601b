package org.kdocs.specrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spec examples of a set of paths (files, or directories searched for
 * .rst files in sorted order), with the problems found while reading them.
 * Names are unique within each path given: a translation tree repeats the
 * names of its original, whose examples it must reproduce exactly.
 */
public record SpecSuite(List<SpecExample> examples, List<SpecTable> tables, List<String> problems) {

    public static SpecSuite load(List<Path> paths) throws IOException {
        List<SpecExample> examples = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<SpecTable> tables = new ArrayList<>();
        for (Path path : paths) {
            SpecExtractor extractor = SpecExtractor.withStandardDirectives();
            for (Path file : rstFiles(path)) {
                extractor.read(file);
            }
            examples.addAll(extractor.examples());
            problems.addAll(extractor.problems());
            tables.addAll(extractor.tables());
        }
        return new SpecSuite(List.copyOf(examples), List.copyOf(tables), List.copyOf(problems));
    }

    static List<Path> rstFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".rst")).toList());
            files.sort(null);
            return files;
        }
    }
}
