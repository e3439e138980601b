package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.asciidoc.AsciidocReader;
import org.kdocs.markdown.MarkdownReader;

/** After a sequence of edits to the project's manual, the rebuilt site is byte for byte a fresh build's. */
class IncrementalProjectDocsTest {
    // one Asciidoctor for every build of the test: JRuby starts once
    private static final AsciidocReader ASCIIDOC = new AsciidocReader();

    @TempDir
    Path dir;

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private SiteBuilder.Result build(Path output, boolean fresh) {
        SiteBuilder.Result result = SiteBuilder.builder().source(dir.resolve("docs")).source(dir.resolve("docs-zh_CN"))
                .reader(".adoc", ASCIIDOC).reader(".md", new MarkdownReader())
                .output(output).jobs(2).fresh(fresh).build().run();
        assertThat(result.failed()).as(result.warnings().toString()).isFalse();
        return result;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }

    @Test
    void editedManualRebuildsToTheSiteOfAFreshBuild() throws IOException {
        copyTree(Path.of("docs"), dir.resolve("docs"));
        copyTree(Path.of("docs-zh_CN"), dir.resolve("docs-zh_CN"));
        Path out = dir.resolve("html");
        SiteBuilder.Result first = build(out, false);

        // a page's title (shown in every sidebar), then a paragraph of a translation
        String bar = "=".repeat(21);
        edit("docs/site.rst", bar + "\nBuilding the web site\n" + bar,
                "=".repeat(27) + "\nBuilding the whole web site\n" + "=".repeat(27));
        SiteBuilder.Result second = build(out, false);
        assertThat(second.reparsed()).isEqualTo(1);
        long english;
        try (Stream<Path> walk = Files.walk(dir.resolve("docs"))) {
            english = walk.filter(p -> p.toString().matches(".*\\.(rst|adoc|md)")).count();
        }
        assertThat(second.rewritten()).as("the English pages, whose sidebar shows the title").isEqualTo((int) english);

        Files.writeString(dir.resolve("docs-zh_CN/index.rst"), "\n\n新增的一段。\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        SiteBuilder.Result third = build(out, false);
        assertThat(third.reparsed()).isEqualTo(1);
        assertThat(third.rewritten()).isLessThan(first.pages());

        Path fresh = dir.resolve("fresh");
        SiteBuilder.Result reference = build(fresh, true);
        assertThat(third.warnings()).isEqualTo(reference.warnings());
        IncrementalBuildTest.assertSameSite(out, fresh);
    }
}
