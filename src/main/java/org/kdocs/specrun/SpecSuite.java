package org.kdocs.specrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The spec examples of a set of paths (files, or directories searched for
 * .rst and .adoc files in sorted order), with the problems found while reading them.
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
            List<SpecExample> fromAsciiDoc = new ArrayList<>();
            for (Path file : sourceFiles(path)) {
                if (file.toString().endsWith(".adoc")) {
                    fromAsciiDoc.addAll(AsciiDocSpecs.read(Files.readString(file), file.toString(), problems));
                } else {
                    extractor.read(file);
                }
            }
            // names are unique within one path: a translation tree repeats its original's names
            List<SpecExample> ofPath = new ArrayList<>(extractor.examples());
            for (SpecExample example : fromAsciiDoc) {
                if (ofPath.stream().anyMatch(e -> e.name().equals(example.name()))) {
                    problems.add(example.file() + ":" + example.line() + ": (ERROR/3) Duplicate spec name \""
                            + example.name() + "\".");
                }
                ofPath.add(example);
            }
            examples.addAll(ofPath);
            problems.addAll(extractor.problems());
            tables.addAll(extractor.tables());
        }
        return new SpecSuite(List.copyOf(examples), List.copyOf(tables), List.copyOf(problems));
    }

    /** The .rst and .adoc files of a path, in sorted order. */
    static List<Path> sourceFiles(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".rst")
                    || p.toString().endsWith(".adoc")).toList());
            files.sort(null);
            return files;
        }
    }
}
