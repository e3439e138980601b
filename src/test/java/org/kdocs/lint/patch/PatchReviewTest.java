package org.kdocs.lint.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.rules.Rules;
import org.kdocs.testing.TestResources;

class PatchReviewTest {
    private static final String FORMAT_PATCH = """
            From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001
            From: Translator <t@example.org>
            Date: Mon, 23 Nov 2026 10:00:00 +0800
            Subject: [PATCH] docs/zh_CN: add kcsan translation
            Message-ID: <20261123.1@example.org>

            Translate docs/kcsan.rst into Chinese.

            Signed-off-by: Translator <t@example.org>
            ---
             docs-zh_CN/kcsan.rst | 6 ++++++
             1 file changed, 6 insertions(+)

            diff --git a/docs-zh_CN/kcsan.rst b/docs-zh_CN/kcsan.rst
            new file mode 100644
            index 0000000..1111111
            --- /dev/null
            +++ b/docs-zh_CN/kcsan.rst
            @@ -0,0 +1,6 @@
            +:Original: docs/kcsan.rst
            +
            +内核并发检测
            +====
            +
            +它检测数据竞争,很有用。
            --\s
            2.43.0
            """;

    private static Linter linter() {
        return new Linter(Rules.all(), LintConfig.defaults());
    }

    @Test
    void formatPatchNewFileFindingsPointAtPatchLines() throws Exception {
        PatchReview.Result r = PatchReview.review("p.patch", FORMAT_PATCH, null, linter());
        assertThat(r.findings()).extracting(Finding::line, Finding::ruleId)
                .contains(org.assertj.core.groups.Tuple.tuple(23, "title-short"),
                        org.assertj.core.groups.Tuple.tuple(25, "cjk-punctuation"));
        Finding comma = r.findings().stream().filter(f -> f.ruleId().equals("cjk-punctuation")).findFirst().orElseThrow();
        assertThat(comma.col()).isEqualTo(9); // column 8 of the file, after the "+"
        assertThat(comma.message()).startsWith("docs-zh_CN/kcsan.rst:6: ");
    }

    @Test
    void quotedPatchGivesTheSameFindingsAtTheQuotedLines() throws Exception {
        String quoted = "On Monday someone wrote:\n" + FORMAT_PATCH.lines().map(l -> "> " + l)
                .reduce("", (a, b) -> a + b + "\n");
        List<Finding> plain = PatchReview.review("p", FORMAT_PATCH, null, linter()).findings();
        List<Finding> viaQuote = PatchReview.review("p", quoted, null, linter()).findings();
        assertThat(viaQuote).extracting(Finding::ruleId).isEqualTo(plain.stream().map(Finding::ruleId).toList());
        assertThat(viaQuote).extracting(Finding::line).isEqualTo(plain.stream().map(f -> f.line() + 1).toList());
    }

    @Test
    void mboxSeriesAppliesLaterPatchesOnTopOfEarlierOnes(@TempDir Path tree) throws Exception {
        Path file = tree.resolve("docs-zh_CN/a.rst");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "标题\n====\n\n第一段。\n\n第二段。\n", StandardCharsets.UTF_8);
        String mbox = """
                From abc Mon Sep 17 00:00:00 2001
                Subject: [PATCH 1/2] first

                diff --git a/docs-zh_CN/a.rst b/docs-zh_CN/a.rst
                --- a/docs-zh_CN/a.rst
                +++ b/docs-zh_CN/a.rst
                @@ -4,3 +4,3 @@
                 第一段。
                 
                -第二段。
                +第二段,改了。
                From def Mon Sep 17 00:00:00 2001
                Subject: [PATCH 2/2] second

                diff --git a/docs-zh_CN/a.rst b/docs-zh_CN/a.rst
                --- a/docs-zh_CN/a.rst
                +++ b/docs-zh_CN/a.rst
                @@ -1,2 +1,2 @@
                -标题
                +新的标题
                 ====
                """;
        PatchReview.Result r = PatchReview.review("s.mbox", mbox, tree, linter());
        assertThat(r.findings()).extracting(Finding::line, Finding::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(11, "cjk-punctuation"),
                org.assertj.core.groups.Tuple.tuple(20, "original-field"),
                org.assertj.core.groups.Tuple.tuple(21, "title-short"));
    }

    @Test
    void replyQuotesEachOffendingLineWithTheFindingUnderIt() throws Exception {
        String reply = PatchReview.review("p", FORMAT_PATCH, null, linter()).reply();
        assertThat(reply).startsWith("Subject: Re: [PATCH] docs/zh_CN: add kcsan translation\n"
                + "In-Reply-To: <20261123.1@example.org>\n");
        assertThat(reply).contains("> +它检测数据竞争,很有用。\n\nwarning: docs-zh_CN/kcsan.rst:6: half-width ','");
        assertThat(reply).contains("> diff --git a/docs-zh_CN/kcsan.rst b/docs-zh_CN/kcsan.rst\n");
    }

    @Test
    void inputWithoutADiffIsAFindingNotACrash() throws Exception {
        assertThat(PatchReview.review("x", "just text\n> and a quote\n", null, linter()).findings())
                .singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("patch"));
    }

    @Test
    void quotedPrintableBodyIsDecodedAndFindingsPointAtTheEncodedLines() throws Exception {
        String mail = """
                From 0123 Mon Sep 17 00:00:00 2001
                Subject: [PATCH] docs/zh_CN: add b.rst
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                diff --git a/docs-zh_CN/b.rst b/docs-zh_CN/b.rst
                new file mode 100644
                --- /dev/null
                +++ b/docs-zh_CN/b.rst
                @@ -0,0 +1,2 @@
                +=E4=B8=AD=E6=96=87,=E4=B8=AD=E6=96=87=E5=92=8C=E4=B8=80=E6=AE=B5=E5=BE=88=
                =E9=95=BF=E7=9A=84=E6=96=87=E5=AD=97
                +=E7=AC=AC=E4=BA=8C=E8=A1=8C
                """;
        PatchReview.Result r = PatchReview.review("qp.mbox", mail, null, linter());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("cjk-punctuation");
            assertThat(f.line()).isEqualTo(11);
        });
        assertThat(r.reply()).contains("> +中文,中文和一段很长的文字\n");
    }

    @Test
    void aPatchFileInGbkIsReadToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gb.patch");
        Files.write(file, ("diff --git a/docs-zh_CN/g.rst b/docs-zh_CN/g.rst\nnew file mode 100644\n--- /dev/null\n"
                + "+++ b/docs-zh_CN/g.rst\n@@ -0,0 +1 @@\n+中文,中文\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(PatchReview.review(file, null, linter()).findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("cjk-punctuation"));
    }

    private static String fixture(String name) throws Exception {
        return TestResources.read("lint/patch/" + name);
    }

    @Test
    void base64PatchAttachmentIsReviewedLikeAnInlinePatch() throws Exception {
        PatchReview.Result inline = PatchReview.review("p.patch", FORMAT_PATCH, null, linter());
        PatchReview.Result attached = PatchReview.review("a.eml", fixture("multipart-base64.eml"), null, linter());
        assertThat(attached.findings()).extracting(Finding::ruleId)
                .containsExactlyElementsOf(inline.findings().stream().map(Finding::ruleId).toList())
                .contains("title-short", "cjk-punctuation");
        // each decoded line points at the base64 line where its bytes start: "+====" and the last line start on 27
        assertThat(attached.findings()).extracting(Finding::line).containsOnly(27);
        assertThat(attached.reply()).contains("half-width ',' in CJK text")
                .contains("> +====\n").contains("> +它检测数据竞争,很有用。\n").doesNotContain("> +:Original:");
    }

    @Test
    void quotedPrintableDiffInsideASignedMultipartIsFoundAndThePgpPartIgnored() throws Exception {
        PatchReview.Result r = PatchReview.review("s.eml", fixture("multipart-qp-signed.eml"), null, linter());
        assertThat(r.findings()).extracting(Finding::line, Finding::ruleId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(38, "title-short"),
                        org.assertj.core.groups.Tuple.tuple(40, "cjk-punctuation"));
    }

    @Test
    void multipartHeadersAreUnfoldedAndBoundariesUnquoted() {
        List<String> lines = List.of("Content-Type: multipart/mixed;", " boundary=\"b 1\"", "", "preamble",
                "--b 1", "Content-Type: text/x-diff", "", "x", "--b 1 ", "", "y", "--b 1--", "epilogue");
        MimeParts.Headers headers = MimeParts.Headers.read(lines, 0);
        assertThat(headers.type()).isEqualTo("multipart/mixed");
        assertThat(headers.boundary()).isEqualTo("b 1");
        assertThat(headers.end()).isEqualTo(2);
        assertThat(MimeParts.split(lines, 3, lines.size(), "b 1")).containsExactly(new int[] {5, 8},
                new int[] {9, 11});
        assertThat(MimeParts.Headers.read(lines, 5).carriesText()).isTrue();
        assertThat(MimeParts.Headers.read(List.of("Content-Type: application/pgp-signature"), 0).carriesText())
                .isFalse();
        assertThat(MimeParts.Headers.read(List.of("Content-Type: application/octet-stream; name=a.patch"), 0)
                .carriesText()).isTrue();
    }
}
