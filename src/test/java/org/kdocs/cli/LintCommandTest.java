package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path dir;

    /** One run of the command line in this JVM: its exit status and what it printed (shared by the CLI tests). */
    record Run(int exit, String out, String err) {
    }

    static Run kdocs(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void errorsGiveExitOneAndTheTextForm() throws Exception {
        Path f = file("a.rst", "中文标题\n====\n");
        Run run = kdocs("lint", f.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(f + ":2:1: error: title underline too short: 4 characters for a title "
                + "8 columns wide [title-short]\n");
    }

    @Test
    void warningsAloneGiveExitZero() throws Exception {
        Path f = file("a.rst", "中文\n========\n");
        Run run = kdocs("lint", f.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("[title-width]");
    }

    @Test
    void fixRewritesTheFileAndReportsNothingLeft() throws Exception {
        Path f = file("a.rst", "中文\n========\n\n正文\n");
        Run run = kdocs("lint", "--fix", dir.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(f)).isEqualTo("中文\n====\n\n正文\n");
    }

    @Test
    void jsonAndSarifFormatsParse() throws Exception {
        Path f = file("a.rst", "中文\n========\n");
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(kdocs("lint", "--format", "json", f.toString()).out()).get("warnings").asInt())
                .isEqualTo(1);
        assertThat(json.readTree(kdocs("lint", "--format", "sarif", f.toString()).out()).at("/runs/0/results"))
                .hasSize(1);
    }

    @Test
    void optionsAndConfigFileControlRules() throws Exception {
        Path f = file("p/a.rst", "中文\n========\n\n中文,中文\n");
        assertThat(kdocs("lint", "--disable", "title-width", "--disable", "cjk-punctuation", f.toString()).out())
                .isEmpty();
        assertThat(kdocs("lint", "--severity", "title-width=error", f.toString()).exit()).isEqualTo(1);
        file("p/.kdocs-lint", "title-width = off\ncjk-punctuation = error\n");
        Run run = kdocs("lint", "--config", dir.resolve("p/.kdocs-lint").toString(), f.toString());
        assertThat(run.out()).doesNotContain("title-width").contains("error: half-width ','");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void badUsageGivesExitTwoWithAMessage() throws Exception {
        Path f = file("a.rst", "x\n");
        assertThat(kdocs("lint", "--disable", "no-such-rule", f.toString()).err()).contains("unknown rule 'no-such-rule'");
        assertThat(kdocs("lint", "--format", "xml", f.toString()).exit()).isEqualTo(2);
        Path bad = file("bad.cfg", "title-width = loud\n");
        assertThat(kdocs("lint", "--config", bad.toString(), f.toString()).exit()).isEqualTo(2);
    }

    @Test
    void listRulesNamesEveryRule() {
        Run run = kdocs("lint", "--list-rules");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("title-short (error)").contains("cjk-latin-spacing (off)");
    }

    @Test
    void patchModeWritesAReply() throws Exception {
        Path patch = file("x.patch", """
                Subject: [PATCH] docs/zh_CN: add a.rst
                ---
                diff --git a/docs-zh_CN/a.rst b/docs-zh_CN/a.rst
                new file mode 100644
                --- /dev/null
                +++ b/docs-zh_CN/a.rst
                @@ -0,0 +1,2 @@
                +中文,中文
                +第二行
                """);
        Run run = kdocs("lint", "--patch", patch.toString(), "--reply", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Subject: Re: [PATCH] docs/zh_CN: add a.rst\n")
                .contains("> +中文,中文\n\nwarning: docs-zh_CN/a.rst:1: half-width ','");
    }
}
