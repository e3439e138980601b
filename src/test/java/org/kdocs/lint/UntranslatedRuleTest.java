package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.rules.Rules;

class UntranslatedRuleTest {
    @TempDir
    Path root;

    private static final String ORIGINAL = """
            kdocs
            =====

            Running the examples
            ====================

            kdocs runs the examples of the given files.

            Usage
            -----

            .. spec:: kcsan
               :name: x

               long counter;
               void T1(void) { counter++; }

            ``CONFIG_KCSAN`` and ``CONFIG_KCSAN_STRICT``.
            """;

    private List<Finding> untranslated(String translation) throws Exception {
        Path en = root.resolve("docs/a.rst");
        Files.createDirectories(en.getParent());
        Files.writeString(en, ORIGINAL, StandardCharsets.UTF_8);
        Path zh = root.resolve("docs-zh_CN/a.rst");
        Files.createDirectories(zh.getParent());
        Files.writeString(zh, translation, StandardCharsets.UTF_8);
        return new Linter(Rules.all(), LintConfig.defaults()).lintFile(zh).stream()
                .filter(f -> f.ruleId().equals("untranslated")).toList();
    }

    @Test
    void textLeftAsTheOriginalsIsReportedAtItsFirstLine() throws Exception {
        assertThat(untranslated(":Original: docs/a.rst\n\n" + ORIGINAL)).extracting(Finding::line)
                .containsExactly(6, 9);
    }

    @Test
    void namesCodeAndOneWordBlocksAreNotUntranslatedText() throws Exception {
        assertThat(untranslated("""
                :Original: docs/a.rst

                kdocs
                =====

                运行示例
                ========

                kdocs 运行给定文件中的示例。

                Usage
                -----

                .. spec:: kcsan
                   :name: x

                   long counter;
                   void T1(void) { counter++; }

                ``CONFIG_KCSAN`` and ``CONFIG_KCSAN_STRICT``.
                """)).isEmpty();
    }
}
