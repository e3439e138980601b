package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in sources become Sphinx-style warnings, never a crash. */
class BuildWarningsTest {
    @TempDir
    Path dir;

    private List<String> warningsFor(String index, String... otherFiles) throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), index);
        for (int i = 0; i + 1 < otherFiles.length; i += 2) {
            Files.writeString(docs.resolve(otherFiles[i]), otherFiles[i + 1]);
        }
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(dir.resolve("out")).build().run();
        assertThat(result.failed()).isFalse();
        return result.warnings().stream().map(Warning::format).map(w -> w.replace(docs + "/", "")).toList();
    }

    @Test
    void unknownDirectivesAndRolesAreReportedWithFileAndLine() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n.. frobnicate:: x\n\nSee :frob:`y`.\n"))
                .containsExactly("index.rst:4: ERROR: Unknown directive type \"frobnicate\".",
                        "index.rst:6: ERROR: Unknown interpreted text role \"frob\".");
    }

    @Test
    void aSourceDirectoryGivenWithDotStepsIsNamedWithoutThem() throws IOException {
        // as sphinx-build, whose source directory is normalised: the kernel's bench gives Documentation/.
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs.resolve("sub"));
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\n.. frobnicate:: x\n");
        for (Path given : List.of(docs.resolve("."), docs.resolve("sub/.."), docs.resolve("./sub/../."))) {
            SiteBuilder.Result result = SiteBuilder.builder().source(given).output(dir.resolve("out")).build().run();
            assertThat(result.warnings()).extracting(Warning::format)
                    .containsExactly(docs + "/index.rst:4: ERROR: Unknown directive type \"frobnicate\".");
        }
    }

    @Test
    void unresolvedReferencesAndToctreeEntriesAreWarnings() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n.. toctree::\n\n   missing\n\n:ref:`nolabel` and :doc:`nodoc`.\n"))
                .containsExactly("index.rst:4: WARNING: toctree contains reference to nonexisting document 'missing'",
                        "index.rst:8: WARNING: undefined label: 'nolabel'",
                        "index.rst:8: WARNING: unknown document: 'nodoc'");
    }

    @Test
    void aLabelDefinedTwiceIsReportedAtTheSecondDefinition() throws IOException {
        assertThat(warningsFor(".. _dup:\n\nTitle\n=====\n\n:ref:`dup`\n",
                "other.rst", ":orphan:\n\n.. _dup:\n\nOther\n=====\n"))
                .singleElement().asString()
                .matches("other.rst:\\d+: WARNING: duplicate label dup, other instance in .*index.rst");
    }

    @Test
    void aLabelOnAParagraphIsNoDuplicateAndALaterTitledOneIsTheReferenceTarget() throws IOException {
        // Sphinx 5.3 gives no warning here either: only labels with a title count as duplicates
        assertThat(warningsFor(".. _mark:\n\nA paragraph.\n\nTitle\n=====\n\nSee :ref:`mark`.\n",
                "other.rst", ":orphan:\n\n.. _mark:\n\nOther\n=====\n")).isEmpty();
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("href=\"other.html#mark\"")
                .contains("std-ref\">Other</span>");
    }

    @Test
    void theDocumentReadLastOwnsADuplicateLabelAndAnUntitledOneKeepsTheTitledTarget() throws IOException {
        // Sphinx 5.3 reads a.rst before b.rst: "dup" and "sec" go to b; a non-explicit :ref:`mixed`
        // needs a title, which only a.rst's label has, while an explicit one takes b's
        List<String> warnings = warningsFor("Index\n=====\n\n.. toctree::\n\n   a\n   b\n\n"
                        + "See :ref:`text <dup>`, :ref:`sec` and :ref:`mixed`.\n",
                "a.rst", "A\n=\n\n.. _dup:\n\nPara A.\n\n.. _sec:\n\nSec A\n-----\n\n.. _mixed:\n\nMixed A\n-------\n\nText.\n",
                "b.rst", "B\n=\n\n.. _dup:\n\nPara B.\n\n.. _sec:\n\nSec B\n-----\n\nText.\n\n.. _mixed:\n\n"
                        + "Para mixed B.\n\nSee :ref:`other <mixed>`.\n");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).matches("b.rst:11: WARNING: duplicate label sec, other instance in .*a.rst");
        assertThat(warnings.get(1)).matches("b.rst:17: WARNING: duplicate label mixed, other instance in .*a.rst");
        String index = Files.readString(dir.resolve("out/index.html"));
        assertThat(index).contains("href=\"b.html#dup\"", "href=\"b.html#sec\"", "href=\"a.html#mixed\"");
        assertThat(Files.readString(dir.resolve("out/b.html"))).contains("href=\"#mixed\"");
    }

    @Test
    void aLabelOnAFieldListThatBecameDocinfoStillResolves() throws IOException {
        // the kernel's translations: a label, then an included disclaimer that starts with :orphan:;
        // Sphinx 5.3 resolves the reference and reports nothing
        assertThat(warningsFor("Title\n=====\n\nSee :ref:`the text <cn_label>`.\n",
                "disclaimer.rst", ":orphan:\n\n.. warning::\n\n   A disclaimer.\n",
                "other.rst", ".. _cn_label:\n\n.. include:: disclaimer.rst\n\n:Original: x\n\nOther\n=====\n\nText.\n"))
                .isEmpty();
        // Sphinx links other.html#cn-label, an id no element has after DocInfo: kdocs links the page
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("href=\"other.html\"")
                .doesNotContain("#cn-label");
    }

    @Test
    void aDocumentThatAnotherIncludesNeedsNoToctree() throws IOException {
        // as Sphinx's env.note_included: part.rst is read as a document and included by globals.rst
        assertThat(warningsFor("Title\n=====\n\n.. toctree::\n\n   globals\n",
                "globals.rst", "Globals\n=======\n\n.. include:: part.rst\n",
                "part.rst", ".. _place:\n\nText.\n")).isEmpty();
    }

    @Test
    void aMissingLiteralIncludeFileAndABrokenOnlyExpressionAreWarnings() throws IOException {
        List<String> warnings = warningsFor("Title\n=====\n\n.. literalinclude:: nothere.c\n\n"
                + ".. only:: html and\n\n   text\n");
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("index.rst:4: WARNING: Include file '")
                .endsWith("nothere.c' not found or reading it failed");
        assertThat(warnings.get(1)).isEqualTo(
                "index.rst:6: WARNING: exception while evaluating only directive expression: unexpected end of expression");
    }

    @Test
    void theBuiltInSearchLabelNeedsNoDefinition() throws IOException {
        assertThat(warningsFor("Title\n=====\n\nUse the :ref:`search`.\n")).isEmpty();
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("<a class=\"reference internal\" href=\"search.html\"><span class=\"xref std std-ref\">Search Page</span></a>");
    }

    @Test
    void aGlobToctreeListsTheMatchingDocumentsInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("docs/parts"));
        assertThat(warningsFor("Title\n=====\n\n.. toctree::\n   :glob:\n   :titlesonly:\n\n   parts/*\n   self\n",
                "parts/b.rst", "Bee\n===\n\nSub\n---\n", "parts/a.rst", "Ay\n==\n")).isEmpty();
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(dir.resolve("out/index.html").toFile(), "UTF-8");
        assertThat(index.select("article .toctree-wrapper a").eachText()).containsExactly("Ay", "Bee", "Title");
        assertThat(index.select("article .toctree-wrapper a").eachAttr("href"))
                .containsExactly("parts/a.html", "parts/b.html", "#");
    }

    @Test
    void aPageThatNoToctreeListsIsReportedUnlessOrphan() throws IOException {
        assertThat(warningsFor("Title\n=====\n", "lost.rst", "Lost\n====\n",
                "alone.rst", ":orphan:\n\nAlone\n=====\n"))
                .containsExactly("lost.rst: WARNING: document isn't included in any toctree");
    }

    @Test
    void aSevereMessageFailsTheBuildAndLeavesTheOutputAlone() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\nSub\n---\n\nBad\n===\n\nX\n---\n\nY\n~~~\n\nZ\n===\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.html"), "old site");
        Files.writeString(docs.resolve("index.rst"), "A\n=\n\nB\n-\n\nC\n~\n\nD\n-\n\nE\n^\n");
        SiteBuilder.Result result = SiteBuilder.builder().source(docs).output(out).build().run();
        assertThat(result.failed()).isTrue();
        assertThat(result.warnings()).extracting(Warning::format)
                .anyMatch(w -> w.contains("index.rst:") && w.contains("CRITICAL: Title level inconsistent"));
        assertThat(Files.readString(out.resolve("previous.html"))).isEqualTo("old site");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("docs", "out");
        }
    }

    @Test
    void anIfconfigExpressionWithAnUnknownNameIsAnErrorAndItsContentIsDropped() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n.. ifconfig:: nosuch == 1\n\n   secret\n"))
                .containsExactly("index.rst:4: ERROR: Exception occurred in ifconfig expression: "
                        + "NameError: name 'nosuch' is not defined");
        assertThat(Files.readString(dir.resolve("out/index.html"))).doesNotContain("secret");
    }

    @Test
    void sphinxsCodeDirectiveRejectsCodeBlockOptions() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n.. code:: c\n   :caption: x\n\n   int a;\n"))
                .singleElement().asString().startsWith("index.rst:4: ERROR: Error in \"code\" directive:");
    }

    @Test
    void aHandWrittenLinkToNoPageOrAnchorIsAWarningAndShowsItsTextWithoutALink() throws IOException {
        // Sphinx 5.3 is silent about these (ext4's `quota <quota>`__, libata's `<#excatDevErr>`_)
        assertThat(warningsFor("Title\n=====\n\n.. _here:\n\nSee `a <other>`__, `b <#nowhere>`__, `c <#here>`__,\n"
                        + "`d <other.html#there>`__, `e <other.html#gone>`__, `f <../../outside.h>`__ and\n"
                        + "`g <https://kernel.org/nowhere>`__.\n",
                "other.rst", ":orphan:\n\nOther\n=====\n\n.. _there:\n\nText.\n"))
                .containsExactly("index.rst:6: WARNING: link to 'other' leads to no page or anchor of the site",
                        "index.rst:6: WARNING: link to '#nowhere' leads to no page or anchor of the site",
                        "index.rst:6: WARNING: link to 'other.html#gone' leads to no page or anchor of the site",
                        "index.rst:6: WARNING: link to '../../outside.h' leads to no page or anchor of the site");
        String page = Files.readString(dir.resolve("out/index.html"));
        assertThat(page).doesNotContain("href=\"other\"", "href=\"#nowhere\"", "outside.h")
                .contains("<span class=\"dead-link\">a</span>", "href=\"#here\"", "href=\"other.html#there\"",
                        "href=\"https://kernel.org/nowhere\"");
    }

    @Test
    void aToctreeWithoutEntriesShowsNotEvenItsCaption() throws IOException {
        // Sphinx 5.3's TocTree.resolve returns nothing for it (translations/zh_CN/driver-api/gpio/index.rst)
        assertThat(warningsFor("Title\n=====\n\n.. toctree::\n   :caption: Contents\n   :maxdepth: 2\n\nText.\n"))
                .isEmpty();
        assertThat(Files.readString(dir.resolve("out/index.html"))).doesNotContain("Contents")
                .contains("<div class=\"toctree-wrapper compound\">");
    }

    @Test
    void anEmptyCodeBlockIsAnEmptyListingWhileAnEmptyCodeDirectiveIsAnError() throws IOException {
        // Sphinx 5.3's code-block does not ask for content; its patched code directive does
        assertThat(warningsFor("Title\n=====\n\n.. code-block:: c\n\nText.\n\n.. code:: c\n\nMore.\n"))
                .containsExactly("index.rst:8: ERROR: Content block expected for the \"code\" directive; none found.");
        assertThat(Files.readString(dir.resolve("out/index.html"))).contains("<pre class=\"literal-block\" data-language=\"c\"></pre>");
    }

    @Test
    void aCNamespacePopWithoutPushIsAWarning() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n.. c:namespace-pop::\n"))
                .containsExactly("index.rst:4: WARNING: C namespace pop on empty stack. Defaulting to global scope.");
    }

    @Test
    void anUnknownOptionIsAWarningAndAnUnknownEnvvarIsNot() throws IOException {
        assertThat(warningsFor("Title\n=====\n\n:option:`--nope` and :envvar:`PATH`\n"))
                .containsExactly("index.rst:4: WARNING: unknown option: '--nope'");
    }
}
