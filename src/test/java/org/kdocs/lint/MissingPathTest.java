package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.patch.PatchReview;
import org.kdocs.lint.rules.Rules;

/** missing-path on a kernel-shaped tree: Documentation/ and its zh_CN translations. */
class MissingPathTest {
    @TempDir
    Path root;

    private Path write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private List<Finding> lint(Path file) {
        return new Linter(Rules.all(), LintConfig.defaults()).lintFile(file).stream()
                .filter(f -> f.ruleId().equals("missing-path")).toList();
    }

    private Path translation(String body) throws Exception {
        write("Documentation/process/howto.rst", "HOWTO\n=====\n\nText.\n");
        write("Documentation/process/x.rst", "X\n=\n\nText.\n");
        write("Documentation/translations/zh_CN/process/index.rst", "索引\n====\n\n文字。\n");
        return write("Documentation/translations/zh_CN/process/x.rst",
                ":Original: Documentation/process/x.rst\n\nX\n=\n\n" + body);
    }

    @Test
    void pathsAndDocTargetsThatDoNotExistAreReported() throws Exception {
        Path zh = translation("参见 Documentation/process/gone.rst 与 :doc:`/process/gone` 。\n");
        assertThat(lint(zh)).extracting(Finding::message).containsExactly(
                "'Documentation/process/gone.rst' does not exist in the tree",
                "'/process/gone' does not exist in the tree");
    }

    @Test
    void anUntranslatedPageIsToBeReachedThroughTheEnglishOne() throws Exception {
        Path zh = translation("参见 :doc:`howto` 和 Documentation/translations/zh_CN/process/howto.rst 。\n");
        assertThat(lint(zh)).extracting(Finding::message).containsExactly(
                "'howto' names a zh_CN page that does not exist yet; point at the English page (:doc:`/process/howto`)",
                "'Documentation/translations/zh_CN/process/howto.rst' names a zh_CN page that does not exist yet;"
                        + " point at the English page (Documentation/process/howto.rst)");
    }

    @Test
    void existingPagesGeneratedOutputAndGlobsAreFine() throws Exception {
        Path zh = translation("参见 :doc:`index` 、 :doc:`/process/howto` 、 Documentation/process/howto 、\n"
                + "Documentation/process/ 、 Documentation/output 与 Documentation/process/*.rst 。\n");
        assertThat(lint(zh)).isEmpty();
    }

    @Test
    void aDocTargetMayNameAnAsciidocOrMarkdownPage() throws Exception {
        write("Documentation/translations/zh_CN/process/manual.adoc", "= 手册\n\n文字。\n");
        write("Documentation/translations/zh_CN/process/faq.md", "# 问答\n\n文字。\n");
        Path zh = translation("参见 :doc:`manual` 与 :doc:`faq` 。\n");
        assertThat(lint(zh)).isEmpty();
    }

    @Test
    void aPageThePatchCreatesExists() throws Exception {
        write("Documentation/process/howto.rst", "HOWTO\n=====\n\nText.\n");
        String patch = """
                diff --git a/Documentation/translations/zh_CN/process/howto.rst b/Documentation/translations/zh_CN/process/howto.rst
                new file mode 100644
                --- /dev/null
                +++ b/Documentation/translations/zh_CN/process/howto.rst
                @@ -0,0 +1,6 @@
                +:Original: Documentation/process/howto.rst
                +
                +操作指南
                +========
                +
                +参见 :doc:`other` 与 :doc:`gone` 。
                diff --git a/Documentation/translations/zh_CN/process/other.rst b/Documentation/translations/zh_CN/process/other.rst
                new file mode 100644
                --- /dev/null
                +++ b/Documentation/translations/zh_CN/process/other.rst
                @@ -0,0 +1,2 @@
                +其他
                +====
                """;
        List<Finding> findings = PatchReview.review("p.patch", patch, root, new Linter(Rules.all(),
                LintConfig.defaults())).findings().stream().filter(f -> f.ruleId().equals("missing-path")).toList();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("'gone' does not exist"));
    }
}
