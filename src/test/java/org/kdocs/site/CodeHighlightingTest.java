package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code blocks of a covered language come out as classified spans; others stay plain text. */
class CodeHighlightingTest {
    @TempDir
    Path dir;

    private Document build(String rst) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("index.rst"), rst);
        SiteBuilder.builder().source(docs).output(dir.resolve("html")).build().run();
        return Jsoup.parse(dir.resolve("html/index.html").toFile(), "UTF-8");
    }

    @Test
    void codeBlockInCIsSplitIntoKeywordAndFunctionSpans() throws IOException {
        Document page = build("Title\n=====\n\n.. code-block:: c\n\n   int main(void) { return 0; }\n");
        assertThat(page.select("pre.highlight span.keyword.type").text()).contains("int");
        assertThat(page.select("pre.highlight span.name.function").text()).isEqualTo("main");
        assertThat(page.select("pre.highlight").text()).isEqualTo("int main(void) { return 0; }");
    }

    @Test
    void highlightLanguageAppliesToDoubleColonBlocks() throws IOException {
        Document page = build("Title\n=====\n\n.. highlight:: console\n\nRun::\n\n   $ make htmldocs\n");
        assertThat(page.select("pre span.generic.prompt").text()).isEqualTo("$");
    }

    @Test
    void unknownLanguagesStayPlainText() throws IOException {
        Document page = build("Title\n=====\n\n.. code-block:: cobol\n\n   DISPLAY 'HI'.\n");
        assertThat(page.select("pre.literal-block span")).isEmpty();
        assertThat(page.select("pre.literal-block").text()).isEqualTo("DISPLAY 'HI'.");
    }

    @Test
    void tokensFromTheDocutilsCodeDirectiveBecomeSpans() throws IOException {
        Document page = build("Title\n=====\n\n.. code:: c\n\n   return 0;\n");
        assertThat(page.select("pre span.keyword").text()).isEqualTo("return");
    }

    @Test
    void patchesDataAndLispBlocksAreHighlighted() throws IOException {
        Document page = build("Title\n=====\n\n.. code-block:: diff\n\n   -old\n   +new\n\n"
                + ".. code-block:: yaml\n\n   compatible: vendor,widget\n\n"
                + ".. code-block:: json\n\n   {\"reg\": 16}\n\n"
                + ".. code-block:: elisp\n\n   (setq c-basic-offset 8)\n");
        assertThat(page.select("pre.highlight span.generic.deleted").text()).isEqualTo("-old");
        assertThat(page.select("pre.highlight span.generic.inserted").text()).isEqualTo("+new");
        assertThat(page.select("pre.highlight span.name.tag").eachText()).containsExactly("compatible", "\"reg\"");
        assertThat(page.select("pre.highlight span.literal.scalar.plain").text()).isEqualTo("vendor,widget");
        assertThat(page.select("pre.highlight span.literal.number.integer").eachText()).containsExactly("16", "8");
        assertThat(page.select("pre.highlight span.keyword").eachText()).contains("setq");
    }

    @Test
    void codeInsideAnRstBlockIsHighlightedInItsOwnLanguage() throws IOException {
        Document page = build("Title\n=====\n\n.. code-block:: rst\n\n   .. code-block:: c\n\n      return 0;\n\n   End.\n");
        assertThat(page.select("pre.highlight span.operator.word").text()).isEqualTo("code-block");
        assertThat(page.select("pre.highlight span.keyword").eachText()).containsExactly("c", "return");
    }
}
