package org.kdocs.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pipeline's dependencies point one way (source, blocks, inline, tree,
 * transforms, writers; see each package-info.java): this test
 * reads every main source file's imports and fully qualified references and
 * checks them against the allowed package graph.
 */
class PackageDependencyTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.kdocs(?:\\.[a-z][a-z0-9]*)+|picocli|org\\.asciidoctor|com\\.vladsch\\.flexmark)\\b");

    record Use(String fromPackage, String file, String target) {
    }

    static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")
                            || code.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(code);
                    while (m.find()) {
                        uses.add(new Use(pkg, file.toString(), m.group(1)));
                    }
                }
            }
        }
        return uses;
    }

    private static boolean within(String pkg, String area) {
        return pkg.equals("org.kdocs." + area) || pkg.startsWith("org.kdocs." + area + ".");
    }

    private static boolean targets(String target, String area) {
        return target.equals("org.kdocs." + area) || target.startsWith("org.kdocs." + area + ".");
    }

    private static List<Use> violations(String area, List<String> allowed) throws IOException {
        return uses().stream()
                .filter(u -> within(u.fromPackage(), area))
                .filter(u -> u.target().startsWith("org.kdocs."))
                .filter(u -> !targets(u.target(), area))
                .filter(u -> allowed.stream().noneMatch(a -> targets(u.target(), a)))
                .toList();
    }

    @Test
    void treeDependsOnNothingElseOfOurs() throws IOException {
        assertThat(violations("tree", List.of())).isEmpty();
    }

    @Test
    void sourceDependsOnlyOnTree() throws IOException {
        assertThat(violations("source", List.of("tree"))).isEmpty();
    }

    @Test
    void rstDependsOnlyOnSourceAndTree() throws IOException {
        assertThat(violations("rst", List.of("source", "tree"))).isEmpty();
    }

    @Test
    void transformsAndWritersDependOnlyOnTree() throws IOException {
        assertThat(violations("transforms", List.of("tree"))).isEmpty();
        assertThat(violations("writers", List.of("tree"))).isEmpty();
    }

    @Test
    void kernelDocAndTheOtherKernelBooksDependOnNothingElseOfOurs() throws IOException {
        // reST text from C sources and ABI/feature files: no tree, no parser, no site
        assertThat(violations("kerneldoc", List.of())).isEmpty();
    }

    @Test
    void onlyTheCommandLineStartsThePreviewServer() throws IOException {
        assertThat(uses()).filteredOn(u -> targets(u.target(), "site.serve"))
                .filteredOn(u -> !within(u.fromPackage(), "site.serve"))
                .allSatisfy(u -> assertThat(within(u.fromPackage(), "cli")).as(u.file()).isTrue());
        assertThat(uses()).filteredOn(u -> within(u.fromPackage(), "site.serve"))
                .filteredOn(u -> u.target().startsWith("org.kdocs."))
                .allSatisfy(u -> assertThat(u.target()).as(u.file()).matches("org\\.kdocs\\.site(\\.serve)?(\\..*)?")
                        .doesNotStartWith("org.kdocs.site.ext"));
    }

    @Test
    void theSiteCoreNamesNoExtension() throws IOException {
        // extensions register through site.SiteExtension; the core (site and its subpackages but site.ext) names none
        assertThat(uses()).filteredOn(u -> within(u.fromPackage(), "site") && !within(u.fromPackage(), "site.ext"))
                .filteredOn(u -> targets(u.target(), "site.ext"))
                .extracting(u -> u.file() + " -> " + u.target())
                .isEmpty();
    }

    @Test
    void consoleLogReadingDependsOnNothingElseOfOurs() throws IOException {
        assertThat(violations("dmesg", List.of())).isEmpty();
    }

    @Test
    void interpreterKnowsNoModel() throws IOException {
        assertThat(uses()).filteredOn(u -> within(u.fromPackage(), "interp"))
                .filteredOn(u -> targets(u.target(), "models"))
                .isEmpty();
    }

    @Test
    void onlyTheirAdaptersTouchPicocliAsciidoctorAndFlexmark() throws IOException {
        for (Use use : uses()) {
            if (use.target().equals("picocli")) {
                assertThat(within(use.fromPackage(), "cli")).as(use.file()).isTrue();
            }
            if (use.target().equals("org.asciidoctor")) {
                assertThat(within(use.fromPackage(), "asciidoc")).as(use.file()).isTrue();
            }
            if (use.target().equals("com.vladsch.flexmark")) {
                assertThat(within(use.fromPackage(), "markdown")).as(use.file()).isTrue();
            }
        }
    }

    @Test
    void everyPackageExplainsItself() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(dir)) {
                    hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
                }
                if (hasJava) {
                    assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists();
                }
            }
        }
    }

    @Test
    void theScanSeesTheCode() throws IOException {
        // guards against a scan that silently finds nothing and so passes every rule
        assertThat(uses()).anyMatch(u -> targets(u.target(), "tree"));
        assertThat(uses()).anyMatch(u -> u.target().equals("picocli"));
    }
}
