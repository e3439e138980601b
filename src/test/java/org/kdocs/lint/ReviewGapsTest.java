package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.patch.PatchReview;
import org.kdocs.lint.rules.Rules;

/** Gaps found in review: punctuation at line starts, glossary terms inside longer words, base64 patch lines. */
class ReviewGapsTest {
    @TempDir
    Path root;

    private Path write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Finding> lint(String text, String ruleId) {
        return new Linter(Rules.all(), LintConfig.defaults()).lint(LintedDocument.of("t.rst", text), null).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void punctuationStartingALineIsFoundAfterAnyIndentation() {
        assertThat(lint("第一行\n，第二行\n", "line-start-punctuation")).extracting(Finding::line).containsExactly(2);
        assertThat(lint("第一行\n  。第二行\n", "line-start-punctuation")).extracting(Finding::line, Finding::col)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(lint("第一行\n\u00A0\u00A0、第二行\n", "line-start-punctuation")).hasSize(1);
        assertThat(lint("第一行\n\u3000，第二行\n", "line-start-punctuation")).hasSize(1);
    }

    @Test
    void halfWidthCommaAndStopCountWhenTheyContinueALine() {
        assertThat(lint("the first line\n, the second\n", "line-start-punctuation")).extracting(Finding::line)
                .containsExactly(2);
        assertThat(lint("中文的一行\n. 下一句\n", "line-start-punctuation")).extracting(Finding::line).containsExactly(2);
        // a file name, an ellipsis, a decimal: not punctuation that belongs to the line above
        assertThat(lint("edit the file\n.config first\n", "line-start-punctuation")).isEmpty();
        assertThat(lint("and so on\n... more\n", "line-start-punctuation")).isEmpty();
        assertThat(lint("the value\n.5 is small\n", "line-start-punctuation")).isEmpty();
        // the first line of a paragraph continues nothing
        assertThat(lint("段落\n\n, 开头\n", "line-start-punctuation")).isEmpty();
    }

    @Test
    void aGlossaryTermInsideALongerWordIsNoMatch() throws Exception {
        write("docs/a.rst", "Translation\n===========\n\nA translation.\n");
        write("docs-zh_CN/glossary", "translation = 翻译 ! 译文\n");
        Path zh = write("docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n翻译\n====\n\n翻译文档时请看这篇译文。\n");
        List<Finding> glossary = new Linter(Rules.all(), LintConfig.defaults()).lintFile(zh).stream()
                .filter(f -> f.ruleId().equals("glossary")).toList();
        assertThat(glossary).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.col()).isEqualTo(10); // 译文 of 这篇译文, not the 译文 inside 翻译文档 at column 2
        });
    }

    @Test
    void eachBase64PatchLinePointsAtTheMailLineItStartsOnAndTheReplyQuotesIt() throws Exception {
        String diff = """
                diff --git a/docs-zh_CN/b.rst b/docs-zh_CN/b.rst
                new file mode 100644
                --- /dev/null
                +++ b/docs-zh_CN/b.rst
                @@ -0,0 +1,9 @@
                +:Original: docs/b.rst
                +
                +第一节
                +=====
                +
                +这一段很长，用来让编码后的正文跨过好几行，这样第二个问题就落在另一行上了。
                +这一段也很长，它的内容同样只是为了占据编码后的空间，让行号分开。
                +
                +最后一句有半角逗号,这里。
                """;
        String encoded = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(diff.getBytes(StandardCharsets.UTF_8));
        String mail = "From: T <t@example.org>\nSubject: [PATCH] docs/zh_CN: add b\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n";
        int bodyStart = 7; // the first base64 line
        PatchReview.Result r = PatchReview.review("b.eml", mail, null, new Linter(Rules.all(), LintConfig.defaults()));
        Finding title = r.findings().stream().filter(f -> f.ruleId().equals("title-short")).findFirst().orElseThrow();
        Finding comma = r.findings().stream().filter(f -> f.ruleId().equals("cjk-punctuation")).findFirst().orElseThrow();
        String[] mailLines = mail.split("\n");
        // the bytes of each decoded line start in the base64 line the finding names
        assertThat(startLine(diff, "+=====", bodyStart, mailLines)).isEqualTo(title.line());
        assertThat(startLine(diff, "+最后一句", bodyStart, mailLines)).isEqualTo(comma.line());
        assertThat(comma.line()).isGreaterThan(title.line());
        assertThat(r.reply()).contains("> +最后一句有半角逗号,这里。\n\nwarning: ").contains("> +=====\n");
    }

    // the 1-based mail line holding the base64 character where the decoded line starting with prefix begins
    private static int startLine(String diff, String prefix, int bodyStart, String[] mailLines) {
        int bytes = diff.substring(0, diff.indexOf("\n" + prefix) + 1).getBytes(StandardCharsets.UTF_8).length;
        int index = bytes / 3 * 4;
        int line = bodyStart;
        while (index >= mailLines[line - 1].length()) {
            index -= mailLines[line - 1].length();
            line++;
        }
        return line;
    }
}
