package org.kdocs.site.ext.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;

/** The kernel's automarkup on a small tree laid out like linux/Documentation. */
class AutoMarkupTest {
    @TempDir
    Path dir;
    private Path docs;

    @BeforeEach
    void tree() throws IOException {
        docs = dir.resolve("linux/Documentation");
        Files.createDirectories(docs.resolve("sphinx"));
        Files.createDirectories(docs.resolve("core"));
        Files.writeString(docs.resolve("conf.py"), "project = 'fixture'\n");
        Files.writeString(docs.resolve("core/api.rst"), "Core API\n========\n\n"
                + ".. c:function:: int frob(int x)\n\n   Frobs; see frob() here.\n\n"
                + ".. c:struct:: frob_state\n\n"
                + ".. c:function:: int open(const char *path)\n");
        Files.writeString(docs.resolve("core/other.rst"), "Other page\n==========\n\nText.\n");
    }

    private List<String> build(String index) throws IOException {
        Files.writeString(docs.resolve("index.rst"), index + "\n\n.. toctree::\n\n   core/api\n   core/other\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).build().run();
        return result.warnings().stream().map(Warning::format).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(dir.resolve("out").resolve(path).toFile(), "UTF-8");
    }

    private Element paragraph(Document page, int index) {
        return page.select("article p").get(index);
    }

    @Test
    void aFunctionNameWithParenthesesLinksToItsCObject() throws IOException {
        assertThat(build("T\n=\n\nCall frob() or nofunc() now.")).isEmpty();
        Element p = paragraph(page("index.html"), 0);
        assertThat(p.select("a.reference.internal").attr("href")).isEqualTo("core/api.html#c.frob");
        assertThat(p.select("a.reference.internal").attr("title")).isEqualTo("frob");
        assertThat(p.select("a code.xref.c.c-func").text()).isEqualTo("frob()");
        assertThat(p.text()).isEqualTo("Call frob() or nofunc() now.");
        assertThat(p.select("a")).hasSize(1);
    }

    @Test
    void skippedNamesAndSystemCallsStayPlainEvenWhenDefined() throws IOException {
        build("T\n=\n\nUse sizeof() and open(), but struct open is a type.");
        Element p = paragraph(page("index.html"), 0);
        // the C domain does not check the kind of what a name declares: "open" is the function
        assertThat(p.select("a").eachText()).containsExactly("struct open");
        assertThat(p.select("a").attr("href")).isEqualTo("core/api.html#c.open");
        assertThat(p.select("a code").hasClass("c-struct")).isTrue();
    }

    @Test
    void typeKeywordsLinkTheNameAndRepeatOverlappingTextAsTheKernelDoes() throws IOException {
        build("T\n=\n\nA struct frob_state, and typedef struct frob_state too; union nothing.");
        Element p = paragraph(page("index.html"), 0);
        // "typedef struct" and "struct frob_state" overlap: automarkup.py writes both matches
        assertThat(p.text()).isEqualTo("A struct frob_state, and typedef structstruct frob_state too; union nothing.");
        assertThat(p.select("a").eachText()).containsExactly("struct frob_state", "struct frob_state");
        assertThat(p.select("a").eachAttr("href")).containsOnly("core/api.html#c.frob_state");
    }

    @Test
    void literalsAndExistingLinksAreLeftAlone() throws IOException {
        build("T\n=\n\n``frob()`` and `frob() <https://example.org/>`_ and :c:func:`frob`.");
        Element p = paragraph(page("index.html"), 0);
        assertThat(p.select("code").eachText()).containsExactly("frob()", "frob()");
        assertThat(p.select("a").eachAttr("href")).containsExactly("https://example.org/", "core/api.html#c.frob");
    }

    @Test
    void aDocumentationPathLinksToThePageWithItsTitle() throws IOException {
        build("T\n=\n\nRead Documentation/core/other.rst, not Documentation/core/missing.rst.");
        Element p = paragraph(page("index.html"), 0);
        assertThat(p.select("a").eachAttr("href")).containsExactly("core/other.html");
        assertThat(p.select("a span.doc").text()).isEqualTo("Other page");
        assertThat(p.text()).isEqualTo("Read Other page, not Documentation/core/missing.rst.");
    }

    @Test
    void aPathWithoutDocumentationIsRelativeToThePageAndTxtCountsToo() throws IOException {
        Files.writeString(docs.resolve("core/other.rst"), "Other page\n==========\n\nSee api.txt and ../index.rst.\n");
        build("Top\n===");
        Element p = paragraph(page("core/other.html"), 0);
        assertThat(p.select("a").eachAttr("href")).containsExactly("api.html", "../index.html");
        assertThat(p.select("a").eachText()).containsExactly("Core API", "Top");
    }

    @Test
    void aFunctionMentionedOnItsOwnPageLinksToItsAnchorThere() throws IOException {
        build("T\n=");
        Element content = page("core/api.html").select("dd p").first();
        assertThat(content.select("a").attr("href")).isEqualTo("#c.frob");
    }

    @Test
    void aCommitHashLinksToTheKernelGitWeb() throws IOException {
        build("T\n=\n\nFixed by commit 0123456789ab (\"mm: fix it\") and COMMIT fedcba9876543210.");
        Element p = paragraph(page("index.html"), 0);
        assertThat(p.select("a").eachAttr("href")).containsExactly(
                "https://git.kernel.org/torvalds/c/0123456789ab", "https://git.kernel.org/torvalds/c/fedcba9876543210");
        // smart quotes come first, as in the kernel's build, so the subject's quotes no longer match
        assertThat(p.select("a").first().text()).isEqualTo("commit 0123456789ab");
        assertThat(p.text()).contains("commit 0123456789ab (\u201cmm: fix it\u201d)");
    }

    @Test
    void titlesAndLiteralBlocksAreNotParagraphs() throws IOException {
        build("frob() title\n============\n\n::\n\n   frob()\n");
        Document page = page("index.html");
        assertThat(page.select("h1 a.reference.internal")).isEmpty();
        assertThat(page.select("pre a")).isEmpty();
    }
}
