package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.Finding;
import org.kdocs.lint.LintConfig;
import org.kdocs.lint.Linter;
import org.kdocs.lint.rules.Rules;
import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecSuite;

class TranslateCommandTest {
    @TempDir
    Path root;

    private static CommandRun kdocs(String... args) {
        return CommandRun.of(args);
    }

    private Path write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void copyDocs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(f.toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    @Test
    void initOnEveryPageOfDocsGivesFilesTheParityRulesAcceptWithThePlaceholdersFlagged() throws Exception {
        copyDocs();
        List<String> pages;
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            pages = files.map(f -> Path.of("docs").relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.matches(".*\\.(rst|md|adoc)")).sorted().toList();
        }
        assertThat(pages).contains("index.rst", "user-guide/spec.rst", "man/kdocs-lint.adoc", "faq.md");
        // the translated tree's disclaimer, which every page's header brings
        write("docs-zh_CN/disclaimer-zh_CN.rst", ":orphan:\n\n.. warning::\n\n   本页译自英文原文。\n   以英文原文为准。\n");
        for (String page : pages) {
            CommandRun run = kdocs("translate", "init", "zh_CN", root.resolve("docs/" + page).toString(),
                    "--translator", "王五 Wang Wu <wang@example.org>");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("created docs-zh_CN/" + page + "\n");
        }
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults())) {
            for (String page : pages) {
                Path zh = root.resolve("docs-zh_CN/" + page);
                String text = Files.readString(zh);
                String depth = "../".repeat(page.split("/").length - 1);
                if (page.endsWith(".rst")) {
                    assertThat(text).as(page).startsWith(".. SPDX-License-Identifier: GPL-2.0\n.. include:: " + depth
                            + "disclaimer-zh_CN.rst\n\n:Original: docs/" + page + "\n\n:翻译:\n\n 王五 Wang Wu <wang@example.org>\n");
                } else if (page.endsWith(".md")) {
                    assertThat(text).as(page).containsPattern("\n# .*\n\n:Original: docs/" + page
                            + "\n\n:翻译: 王五 Wang Wu <wang@example.org>\n\n> 本页译自英文原文。以英文原文为准。\n\n");
                } else {
                    assertThat(text).as(page).containsPattern("\n= .*\n:Original: docs/" + page
                            + "\n:翻译: 王五 Wang Wu <wang@example.org>\n\n\\[WARNING]\n本页译自英文原文。以英文原文为准。\n\n");
                }
                List<Finding> findings = linter.lintFile(zh);
                assertThat(findings).as(page).anyMatch(f -> f.ruleId().equals("untranslated"));
                // the translator field's colons are field-list markup, which the typography rules may not know yet;
                // Chinese sample text that the English original quotes is copied as it is, with its findings
                int translatorLine = page.endsWith(".rst") ? 6 : -1;
                List<String> skeleton = Files.readAllLines(zh);
                Set<String> quoted = Set.copyOf(Files.readAllLines(root.resolve("docs/" + page)));
                assertThat(findings).as(page).filteredOn(f -> !f.ruleId().equals("untranslated"))
                        .filteredOn(f -> !(quoted.contains(skeleton.get(f.line() - 1))
                                && skeleton.get(f.line() - 1).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)))
                        .allSatisfy(f -> assertThat(f.line()).as(f.format()).isEqualTo(translatorLine));
            }
        }
        assertThat(Files.readString(root.resolve("docs-zh_CN/index.rst"))).contains("   user-guide/index\n   site\n"
                + "   formats\n   lint\n   spec\n   kcsan\n   kcsan-annotations\n   kcsan-model\n   mm/index\n   man/index\n"
                + "   faq\n   changelog\n");
        assertThat(Files.readString(root.resolve("docs-zh_CN/site.rst")))
                .contains(".. _cn_site-untrusted:").contains(":ref:`cn_site-untrusted`");
        List<SpecExample> english = SpecSuite.load(List.of(root.resolve("docs"))).examples();
        List<SpecExample> chinese = SpecSuite.load(List.of(root.resolve("docs-zh_CN"))).examples();
        assertThat(chinese).extracting(SpecExample::name, SpecExample::code)
                .containsExactlyElementsOf(english.stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.name(),
                        e.code())).toList());
    }

    @Test
    void initRefusesATranslationThatExists() throws Exception {
        write("docs/a.rst", "A\n=\n\nSome text to translate here.\n");
        write("docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n");
        CommandRun run = kdocs("translate", "init", "zh_CN", root.resolve("docs/a.rst").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kdocs translate init: docs-zh_CN/a.rst exists already\n");
        assertThat(Files.readString(root.resolve("docs-zh_CN/a.rst"))).startsWith(":Original:");
        assertThat(kdocs("translate", "init", "zh_CN", root.resolve("docs/missing.rst").toString()).exit()).isEqualTo(2);
    }

    @Test
    void inAKernelTreeTheDisclaimerIsIncludedAtThePagesDepthAndThePageJoinsTheTranslatedToctree() throws Exception {
        write("Documentation/dev-tools/index.rst", "Tools\n=====\n\n.. toctree::\n   :maxdepth: 1\n\n   kasan\n"
                + "   kcsan\n   kfence\n");
        write("Documentation/dev-tools/kcsan.rst", ".. SPDX-License-Identifier: GPL-2.0\n\n.. _kcsan:\n\n"
                + "The Kernel Concurrency Sanitizer (KCSAN)\n========================================\n\n"
                + "KCSAN is a dynamic race detector, see :ref:`kcsan` and :ref:`kasan-intro`.\n\n"
                + "Usage\n-----\n\nEnable it like this::\n\n    CONFIG_KCSAN=y\n");
        write("Documentation/dev-tools/kasan.rst", "KASAN\n=====\n");
        write("Documentation/dev-tools/kfence.rst", "KFENCE\n======\n");
        write("Documentation/translations/zh_CN/disclaimer-zh_CN.rst", ":orphan:\n");
        write("Documentation/translations/zh_CN/dev-tools/kfence.rst", ".. _cn_kfence:\n\nKFENCE\n======\n");
        write("Documentation/translations/zh_CN/dev-tools/kasan.rst", ".. _cn_kasan-intro:\n\nKASAN\n=====\n");
        write("Documentation/translations/zh_CN/dev-tools/index.rst", "工具\n====\n\n.. toctree::\n   :maxdepth: 1\n\n"
                + "   kfence\n");
        CommandRun run = kdocs("translate", "init", "zh_CN", root.resolve("Documentation/dev-tools/kcsan.rst").toString(),
                "--translator", "T <t@example.org>");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("created Documentation/translations/zh_CN/dev-tools/kcsan.rst\n"
                + "added to the toctree of Documentation/translations/zh_CN/dev-tools/index.rst\n");
        assertThat(Files.readString(root.resolve("Documentation/translations/zh_CN/dev-tools/kcsan.rst"))).isEqualTo("""
                .. SPDX-License-Identifier: GPL-2.0
                .. include:: ../disclaimer-zh_CN.rst

                :Original: Documentation/dev-tools/kcsan.rst

                :翻译:

                 T <t@example.org>

                .. _cn_kcsan:

                The Kernel Concurrency Sanitizer (KCSAN)
                ========================================

                KCSAN is a dynamic race detector, see :ref:`cn_kcsan` and :ref:`cn_kasan-intro`.

                Usage
                -----

                Enable it like this::

                    CONFIG_KCSAN=y
                """);
        // kasan is not listed in the translation, so kcsan goes first, before kfence, as in the original's order
        assertThat(Files.readString(root.resolve("Documentation/translations/zh_CN/dev-tools/index.rst")))
                .endsWith("   :maxdepth: 1\n\n   kcsan\n   kfence\n");
    }

    @Test
    void theSkeletonOfAnIndexListsOnlyTranslatedPagesAndAdornmentsMatchTheTitle() throws Exception {
        write("docs/index.rst", "Top\n=======\n\n.. toctree::\n   :caption: Contents\n\n   one\n   two\n");
        write("docs/one.rst", "One\n===\n");
        write("docs/two.rst", "Two\n===\n");
        write("docs-zh_CN/two.rst", ":Original: docs/two.rst\n\n二\n==\n");
        assertThat(kdocs("translate", "init", "zh_CN", root.resolve("docs/index.rst").toString(), "--translator", "T")
                .exit()).isZero();
        assertThat(Files.readString(root.resolve("docs-zh_CN/index.rst")))
                .endsWith("Top\n===\n\n.. toctree::\n   :caption: Contents\n\n   two\n");
        assertThat(kdocs("translate", "init", "zh_CN", root.resolve("docs/one.rst").toString(), "--translator", "T")
                .out()).endsWith("added to the toctree of docs-zh_CN/index.rst\n");
        assertThat(Files.readString(root.resolve("docs-zh_CN/index.rst"))).endsWith("   one\n   two\n");
    }

    private int clock = 1_700_000_000;

    private RevCommit commit(Git git, String path, String text, String message) throws Exception {
        write(path, text);
        git.add().addFilepattern(path).call();
        clock += 3600;
        PersonIdent who = new PersonIdent("T", "t@example.org", Instant.ofEpochSecond(clock), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    @Test
    void statusListsMissingStaleAndUpToDatePagesFromTheGitHistory() throws Exception {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(git, "docs/a.rst", "A\n=\n\nOne.\n", "docs: add a");
            RevCommit b1 = commit(git, "docs/b.rst", "B\n=\n\nOne.\n", "docs: add b");
            commit(git, "docs/c.rst", "C\n=\n", "docs: add c");
            commit(git, "docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n", "docs/zh_CN: translate a");
            commit(git, "docs-zh_CN/b.rst", ":Original: docs/b.rst\n\n乙\n==\n", "docs/zh_CN: translate b\n\n"
                    + "Update the translation through commit " + b1.getName().substring(0, 12) + "\n");
            RevCommit b2 = commit(git, "docs/b.rst", "B\n=\n\nOne. Two.\n", "docs: extend b");
            RevCommit b3 = commit(git, "docs/b.rst", "B\n=\n\nOne. Two. Three.\n", "docs: extend b again");

            CommandRun text = kdocs("translate", "status", "zh_CN", "--root", root.toString());
            assertThat(text.exit()).isZero();
            assertThat(text.out()).isEqualTo("up to date  docs/a.rst\n"
                    + "stale       docs/b.rst (2 commits since " + b1.getName().substring(0, 12) + ")\n"
                    + "            commit " + b3.getName().substring(0, 12) + " (\"docs: extend b again\")\n"
                    + "            commit " + b2.getName().substring(0, 12) + " (\"docs: extend b\")\n"
                    + "missing     docs/c.rst\n"
                    + "3 pages: 1 up to date, 1 stale, 1 missing\n");

            JsonNode json = new ObjectMapper().readTree(kdocs("translate", "status", "--format", "json", "--root",
                    root.toString()).out());
            assertThat(json).hasSize(3);
            assertThat(json.get(1).get("status").asText()).isEqualTo("stale");
            assertThat(json.get(1).get("translation").asText()).isEqualTo("docs-zh_CN/b.rst");
            assertThat(json.get(1).get("commits").get(1).get("subject").asText()).isEqualTo("docs: extend b");
            assertThat(json.get(2).get("status").asText()).isEqualTo("missing");

            commit(git, "docs-zh_CN/b.rst", ":Original: docs/b.rst\n\n乙\n==\n\n一。二。三。\n",
                    "docs/zh_CN: update b\n\nUpdate the translation through commit " + b3.getName() + "\n");
            assertThat(kdocs("translate", "status", "--root", root.toString()).out())
                    .contains("up to date  docs/b.rst\n").endsWith("3 pages: 2 up to date, 1 missing\n");
        }
    }

    @Test
    void statusWithoutGitSaysWhichPagesAreTranslated() throws Exception {
        write("docs/a.rst", "A\n=\n");
        write("docs/b.rst", "B\n=\n");
        write("docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n");
        assertThat(kdocs("translate", "status", "--root", root.toString()).out())
                .isEqualTo("translated  docs/a.rst\nmissing     docs/b.rst\n2 pages: 1 translated, 1 missing\n");
        assertThat(Set.of(kdocs("translate", "status", "--root", root.resolve("nowhere").toString()).exit()))
                .containsExactly(2);
    }
}
