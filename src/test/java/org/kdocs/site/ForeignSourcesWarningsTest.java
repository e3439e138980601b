package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.markdown.MarkdownReader;

/** What the build reports about Markdown and AsciiDoc sources, and which files it takes as sources. */
class ForeignSourcesWarningsTest {
    @TempDir
    Path dir;

    private SiteBuilder.Result build(Path docs, DocumentReader asciidoc) {
        SiteBuilder.Builder builder = SiteBuilder.builder().source(docs).output(dir.resolve("html")).jobs(1)
                .reader(".md", new MarkdownReader());
        if (asciidoc != null) {
            builder.reader(".adoc", asciidoc);
        }
        return builder.build().run();
    }

    private Path docs(String... namesAndTexts) throws IOException {
        Path docs = dir.resolve("docs");
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path file = docs.resolve(namesAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, namesAndTexts[i + 1]);
        }
        return docs;
    }

    @Test
    void aMarkdownLinkToAMissingDocumentIsReportedAtItsLineAndLeftAsWritten() throws IOException {
        Path docs = docs("index.rst", "Home\n====\n\n.. toctree::\n\n   notes\n",
                "notes.md", "# Notes\n\nSee [gone](gone.md#part) and [home](index.rst).\n");
        SiteBuilder.Result result = build(docs, null);
        assertThat(result.warnings()).extracting(Warning::format)
                .containsExactly(docs.resolve("notes.md") + ":3: WARNING: unknown document: 'gone.md'");
        String html = Files.readString(dir.resolve("html/notes.html"));
        assertThat(html).contains("href=\"gone.md#part\"", "href=\"index.html\"");
    }

    @Test
    void twoSourcesForOneDocnameKeepTheRestructuredTextOneWithAWarning() throws IOException {
        Path docs = docs("index.rst", "Home from RST\n=============\n", "index.md", "# Home from Markdown\n");
        SiteBuilder.Result result = build(docs, null);
        assertThat(result.warnings()).extracting(Warning::message)
                .containsExactly("multiple files found for the document \"index\": [index.rst, index.md]; "
                        + "using index.rst");
        assertThat(Files.readString(dir.resolve("html/index.html"))).contains("Home from RST")
                .doesNotContain("Home from Markdown");
    }

    @Test
    void textFilesAreAsciidocOnlyBelowAnAsciidocConfAndOnlyWithAnAsciidocReader() throws IOException {
        Path docs = docs("index.rst", "Home\n====\n\n.. toctree::\n\n   man/tool\n",
                "man/asciidoc.conf", "", "man/tool.txt", "tool(1)\n=======\n", "notes/readme.txt", "plain\n");
        AtomicInteger reads = new AtomicInteger();
        DocumentReader counting = (source, warnings) -> {
            reads.incrementAndGet();
            assertThat(source.suffix()).isEqualTo(".txt");
            return ForeignPages.builder(source).section(1, "tool(1)", null).document();
        };
        SiteBuilder.Result result = build(docs, counting);
        assertThat(result.warnings()).isEmpty();
        assertThat(reads).hasValue(1);
        assertThat(dir.resolve("html/man/tool.html")).exists();
        assertThat(dir.resolve("html/notes/readme.html")).doesNotExist();

        SiteBuilder.Result withoutReader = build(docs, null);
        assertThat(withoutReader.warnings()).extracting(Warning::message)
                .containsExactly("toctree contains reference to nonexisting document 'man/tool'");
    }
}
