package org.kdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.site.SiteBuilder;
import org.kdocs.site.Warning;
import org.kdocs.tree.Severity;

/** The build's progress output: plain lines in logs and pipes, one redrawn line on a terminal. */
class ProgressDisplayTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ProgressDisplay display(boolean terminal, int width) {
        return new ProgressDisplay(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, width);
    }

    @Test
    void theLineShowsPhasePercentBarAndDocnameInExactlyTheWidth() {
        String line = ProgressDisplay.render(80, "reading", 2, 5, "admin-guide/index");
        assertThat(line).hasSize(79)
                .startsWith("reading sources... [ 40%] [########            ] admin-guide/index");
        assertThat(line.strip()).endsWith("admin-guide/index");
        assertThat(ProgressDisplay.render(80, "writing", 5, 5, "x")).startsWith("writing output... [100%] [" + "#".repeat(20) + "] x");
    }

    @Test
    void aNarrowTerminalDropsTheBarThenCutsTheDocname() {
        assertThat(ProgressDisplay.render(40, "reading", 1, 3, "process/submitting-patches"))
                .isEqualTo("reading sources... [ 33%] process/submi");
        assertThat(ProgressDisplay.render(20, "reading", 1, 3, "x")).isEqualTo("reading sources... ");
    }

    @Test
    void wideCharactersCountTwoColumns() {
        String line = ProgressDisplay.render(30, "reading", 1, 1, "翻译/文档");
        // 26 columns of text, 翻 takes two; 译 would need 30 of the 29, so one space pads the line
        assertThat(line).isEqualTo("reading sources... [100%] 翻 ");
    }

    @Test
    void plainModePrintsTheStatusLinesAndNoRedraws() {
        ProgressDisplay display = display(false, 80);
        display.line("reading sources... 2 files");
        display.progress(new SiteBuilder.Progress("reading", 1, 2, "index"));
        display.warning(new Warning("a.rst", 3, Severity.WARNING, "w"));
        display.progress(new SiteBuilder.Progress("reading", 2, 2, "other"));
        display.line("build succeeded.");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("reading sources... 2 files\nbuild succeeded.\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("a.rst:3: WARNING: w\n");
    }

    @Test
    void terminalModeRedrawsOneLineAndClearsItBeforeOtherOutput() {
        ProgressDisplay display = display(true, 30);
        display.progress(new SiteBuilder.Progress("reading", 1, 2, "index"));
        display.line("note");
        display.progress(new SiteBuilder.Progress("reading", 2, 2, "b"));
        String blank = "\r" + " ".repeat(29) + "\r";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r" + ProgressDisplay.render(30, "reading", 1, 2, "index") + blank + "note\n"
                        + "\r" + ProgressDisplay.render(30, "reading", 2, 2, "b") + blank);
    }

    @Test
    void aBuildWithoutATerminalPrintsPlainLinesOnly() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("index.rst"), "Title\n=====\n\n.. toctree::\n\n   other\n");
        Files.writeString(docs.resolve("other.rst"), "Other\n=====\n");
        ProgressDisplay display = display(false, 80);
        siteOptions(dir.resolve("out")).builder(java.util.List.of(docs), display)
                .build().run();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\r")
                .contains("reading sources... 2 files\n").contains("writing output... 2 of 2 pages changed\n")
                .contains("build succeeded, 0 warnings.\n");
    }

    @Test
    void columnsComeFromTheEnvironmentWhenSensible() {
        assertThat(ProgressDisplay.columns("132")).isEqualTo(132);
        assertThat(ProgressDisplay.columns(null)).isEqualTo(80);
        assertThat(ProgressDisplay.columns("wide")).isEqualTo(80);
        assertThat(ProgressDisplay.columns("3")).isEqualTo(80);
    }

    private static SiteOptions siteOptions(Path out) {
        SiteOptions options = new SiteOptions();
        options.output = out;
        options.jobs = 1;
        return options;
    }
}
