package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.lint.rules.Rules;
import org.kdocs.tree.Severity;

/** The staleness rule on a real git repository built with JGit, commit by commit. */
class StalenessTest {
    @TempDir
    Path root;

    private int clock = 1_700_000_000;

    private RevCommit commit(Git git, String path, String text, String message) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        git.add().addFilepattern(path).call();
        clock += 3600;
        PersonIdent who = new PersonIdent("T", "t@example.org", Instant.ofEpochSecond(clock), ZoneOffset.UTC);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private List<Finding> staleness(Path file) {
        try (Linter linter = new Linter(Rules.all(), LintConfig.defaults().withSeverity("staleness", Severity.WARNING))) {
            return linter.lintFile(file).stream().filter(f -> f.ruleId().equals("staleness")).toList();
        }
    }

    @Test
    void reportsOriginalCommitsAfterTheTranslationAndHonoursTheTrailer() throws Exception {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            commit(git, "docs/a.rst", "A\n=\n\nOne.\n", "docs: add a");
            Path zh = root.resolve("docs-zh_CN/a.rst");
            commit(git, "docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n\n一。\n", "docs/zh_CN: translate a");
            assertThat(staleness(zh)).isEmpty();

            RevCommit second = commit(git, "docs/a.rst", "A\n=\n\nOne. Two.\n", "docs: extend a");
            List<Finding> stale = staleness(zh);
            assertThat(stale).singleElement().satisfies(f -> {
                assertThat(f.line()).isEqualTo(1);
                assertThat(f.message()).contains("1 commit").contains("commit " + second.getName().substring(0, 12)
                        + " (\"docs: extend a\")");
            });

            commit(git, "docs-zh_CN/a.rst", ":Original: docs/a.rst\n\n甲\n==\n\n一。二。\n",
                    "docs/zh_CN: update a\n\nUpdate the translation through commit " + second.getName().substring(0, 12)
                            + "\n(\"docs: extend a\")\n");
            assertThat(staleness(zh)).isEmpty();
        }
    }

    @Test
    void isOffUnlessEnabled() {
        assertThat(Rules.byId("staleness").orElseThrow().optIn()).isTrue();
        assertThat(LintConfig.defaults().severityOf(Rules.byId("staleness").orElseThrow())).isEmpty();
    }

    @Test
    void aTreeWithoutGitIsNotChecked() throws Exception {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.rst"), "A\n=\n");
        Path zh = root.resolve("docs-zh_CN/a.rst");
        Files.createDirectories(zh.getParent());
        Files.writeString(zh, ":Original: docs/a.rst\n\n甲\n==\n");
        assertThat(staleness(zh)).isEmpty();
    }
}
