package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untrusted build refuses everything that reaches past a document's text, each refusal a warning at its line. */
class UntrustedBuildTest {
    private static final String SECRET = "secret-text-42";

    @TempDir
    Path dir;

    private Path docs(Path docs, String index) throws IOException {
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), index);
        Files.writeString(docs.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(docs.resolve("secret.csv"), "a," + SECRET + "\n");
        return docs;
    }

    private List<String> build(Path docs, Trust trust) {
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1)
                .trust(trust).build().run();
        assertThat(result.failed()).isFalse();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    private String page() throws IOException {
        return Files.readString(dir.resolve("out/index.html"));
    }

    @Test
    void rawDirectiveAndRoleAreDisabled() throws IOException {
        Path docs = docs(dir.resolve("docs"), "T\n=\n\n.. raw:: html\n\n   <script>alert(1)</script>\n\n"
                + ".. role:: html(raw)\n   :format: html\n\nSee :html:`<b>bold</b>`.\n");
        assertThat(build(docs, Trust.FULL)).isEmpty();
        assertThat(page()).contains("<script>alert(1)</script>");
        List<String> warnings = build(docs, Trust.UNTRUSTED);
        assertThat(warnings).contains("index.rst:4: WARNING: \"raw\" directive disabled.");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("index.rst:").contains("raw (and derived) roles disabled"));
        assertThat(page()).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>bold</b>");
    }

    @Test
    void fileInsertionIsDisabledForEveryDirectiveThatReadsFiles() throws IOException {
        Path docs = docs(dir.resolve("docs"), "T\n=\n\n.. include:: secret.txt\n\n"
                + ".. literalinclude:: secret.txt\n\n"
                + ".. csv-table::\n   :file: secret.csv\n\n"
                + ".. raw:: html\n   :file: secret.txt\n");
        assertThat(build(docs, Trust.FULL)).isEmpty();
        assertThat(page()).contains(SECRET);
        assertThat(build(docs, Trust.UNTRUSTED)).containsExactly(
                "index.rst:4: WARNING: \"include\" directive disabled.",
                "index.rst:6: WARNING: File insertion disabled",
                "index.rst:8: WARNING: File and URL access deactivated; ignoring \"csv-table\" directive.",
                "index.rst:11: WARNING: \"raw\" directive disabled.");
        assertThat(page()).doesNotContain(SECRET);
    }

    private Path kernelDocs() throws IOException {
        Path docs = dir.resolve("linux/Documentation");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        // sources that would put the secret on the page if they were read
        Files.createDirectories(dir.resolve("linux/drivers"));
        Files.writeString(dir.resolve("linux/drivers/x.c"), "/**\n * probe - " + SECRET + "\n */\nint probe(void);\n");
        Files.createDirectories(docs.resolve("features/core/f"));
        Files.writeString(docs.resolve("features/core/f/arch-support.txt"), "#\n# Feature name:          " + SECRET
                + "\n#         Kconfig:       F\n#         description:   d\n#\n    -----------------------\n"
                + "    |         arch |status|\n    -----------------------\n    |         x86: |  ok  |\n"
                + "    -----------------------\n");
        Files.createDirectories(docs.resolve("ABI/testing"));
        Files.writeString(docs.resolve("ABI/testing/sysfs-x"), "What:\t\t/sys/x\nDescription:\n\t\t" + SECRET + "\n");
        Files.writeString(dir.resolve("linux/MAINTAINERS"), SECRET + "\n");
        return docs;
    }

    @Test
    void kernelScriptsAndKernelFileDirectivesDoNotRun() throws IOException {
        Path docs = docs(kernelDocs(), "T\n=\n\n.. kernel-doc:: drivers/x.c\n\n"
                + ".. kernel-feat:: features\n\n"
                + ".. kernel-abi:: ABI/testing\n\n"
                + ".. kernel-include:: Documentation/secret.txt\n\n"
                + ".. maintainers-include::\n");
        assertThat(build(docs(kernelDocs(), "T\n=\n\n.. kernel-doc:: drivers/x.c\n"), Trust.FULL)).isEmpty();
        assertThat(page()).contains(SECRET);
        Files.writeString(docs.resolve("index.rst"), "T\n=\n\n.. kernel-doc:: drivers/x.c\n\n"
                + ".. kernel-feat:: features\n\n"
                + ".. kernel-abi:: ABI/testing\n\n"
                + ".. kernel-include:: Documentation/secret.txt\n\n"
                + ".. maintainers-include::\n");
        assertThat(build(docs, Trust.UNTRUSTED)).containsExactly(
                "index.rst:4: WARNING: docutils: file insertion disabled",
                "index.rst:6: WARNING: docutils: file insertion disabled",
                "index.rst:8: WARNING: docutils: file insertion disabled",
                "index.rst:10: WARNING: \"kernel-include\" directive disabled.",
                "index.rst:12: WARNING: \"maintainers-include\" directive disabled.");
        assertThat(page()).doesNotContain(SECRET);
    }

    @Test
    void specExamplesAreNotRunAndSaySoAtTheirLine() throws IOException {
        Path docs = docs(dir.resolve("docs"), "Title\n=====\n\n.. spec:: page-table-check\n   :name: hello\n"
                + "   :threads: main\n   :expect: ok\n\n   int main(void) { pr_info(\"hi\\n\"); return 0; }\n");
        assertThat(build(docs, Trust.FULL)).isEmpty();
        assertThat(dir.resolve("out/spec-report.html")).exists();
        assertThat(build(docs, Trust.UNTRUSTED))
                .containsExactly("index.rst:4: WARNING: spec example hello not run: untrusted build");
        assertThat(dir.resolve("out/spec-report.html")).doesNotExist();
    }

    @Test
    void markdownHtmlIsShownAsTextWithAWarningAtItsLine() throws IOException {
        Path docs = docs(dir.resolve("docs"), "T\n=\n\n.. toctree::\n\n   notes\n");
        Files.writeString(docs.resolve("notes.md"), "# Notes\n\nText with <b>bold</b>.\n\n<div onclick=\"x()\">\nblock\n</div>\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1)
                .trust(Trust.UNTRUSTED).reader(".md", new org.kdocs.markdown.MarkdownReader(false)).build().run();
        assertThat(result.warnings()).extracting(Warning::format).map(w -> w.replace(docs + "/", "")).containsExactly(
                "notes.md:3: WARNING: raw HTML disabled; shown as text",
                "notes.md:3: WARNING: raw HTML disabled; shown as text",
                "notes.md:5: WARNING: raw HTML disabled; shown as text");
        String notes = Files.readString(dir.resolve("out/notes.html"));
        assertThat(notes).doesNotContain("<b>bold</b>").doesNotContain("<div onclick").contains("&lt;b&gt;bold");
    }

    @Test
    void asciidocIsShownAsEscapedTextWithAWarning() throws IOException {
        Path docs = docs(dir.resolve("docs"), "T\n=\n\n.. toctree::\n\n   guide\n");
        Files.writeString(docs.resolve("guide.adoc"), "= Guide\n\n++++\n<script>x()</script>\n++++\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).jobs(1)
                .trust(Trust.UNTRUSTED).reader(".adoc", new SourceAsText("AsciiDoc")).build().run();
        assertThat(result.warnings()).extracting(Warning::format).map(w -> w.replace(docs + "/", ""))
                .containsExactly("guide.adoc:1: WARNING: AsciiDoc is not rendered in an untrusted build; shown as text");
        String guide = Files.readString(dir.resolve("out/guide.html"));
        assertThat(guide).doesNotContain("<script>x()").contains("&lt;script&gt;x()");
    }
}
