package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild reads only changed sources and writes only pages whose HTML
 * changes, and its site is the one a fresh build makes.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    Path src;
    Path out;

    @BeforeEach
    void writeSources() throws IOException {
        src = dir.resolve("docs");
        out = dir.resolve("html");
        write("index.rst", "Home\n====\n\nThe start.\n\n.. toctree::\n\n   alpha\n   beta\n   gamma\n");
        write("alpha.rst", ".. _alpha-label:\n\nAlpha\n=====\n\nFirst page.\n\n.. include:: part.txt\n");
        write("part.txt", "Included words.\n");
        write("beta.rst", "Beta\n====\n\nSee :ref:`alpha-label`.\n");
        write("gamma.rst", "Gamma\n=====\n\nLast page.\n");
    }

    void write(String name, String text) throws IOException {
        Files.createDirectories(src);
        Files.writeString(src.resolve(name), text, StandardCharsets.UTF_8);
    }

    SiteBuilder.Result build(Path output, boolean fresh) {
        SiteBuilder.Result result = run(builder().output(output).jobs(2).fresh(fresh));
        assertThat(result.failed()).as(result.warnings().toString()).isFalse();
        return result;
    }

    /** The memory the builds of one test share; none: each build reads what it needs from disk. */
    BuildMemory memory() {
        return BuildMemory.none();
    }

    SiteBuilder.Result run(SiteBuilder.Builder builder) {
        return builder.build().run();
    }

    SiteBuilder.Builder builder() {
        return SiteBuilder.builder().source(src).output(out).memory(memory());
    }

    SiteBuilder.Result build() {
        return build(out, false);
    }

    // what identifies a file on disk: its inode where the file system has one
    private Map<String, Object> identities() throws IOException {
        Map<String, Object> ids = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                ids.put(f.getFileName().toString(), a.fileKey() != null ? a.fileKey() : a.lastModifiedTime());
            }
        }
        return ids;
    }

    private List<String> changedPages(Map<String, Object> before) throws IOException {
        Map<String, Object> after = identities();
        return after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
    }

    private static Map<String, byte[]> site(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString();
                if (!name.startsWith(BuildCache.DIR)) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    static void assertSameSite(Path actual, Path expected) throws IOException {
        Map<String, byte[]> a = site(actual);
        Map<String, byte[]> e = site(expected);
        assertThat(a.keySet()).isEqualTo(e.keySet());
        for (String name : e.keySet()) {
            assertThat(Arrays.equals(a.get(name), e.get(name))).as(name + " differs").isTrue();
        }
    }

    @Test
    void aRebuildWithoutChangesReadsAndWritesNothing() throws IOException {
        SiteBuilder.Result first = build();
        assertThat(first.reparsed()).isEqualTo(4);
        assertThat(first.rewritten()).isEqualTo(4);
        Map<String, Object> before = identities();
        List<String> progress = new ArrayList<>();
        SiteBuilder.Result second = run(builder().progress(progress::add));
        assertThat(second.reparsed()).isZero();
        assertThat(second.rewritten()).isZero();
        assertThat(changedPages(before)).isEmpty();
        assertThat(progress).contains("no source changed: the 4 pages are up to date");
    }

    @Test
    void aRebuildWithoutChangesPrintsTheWarningsOfTheLastBuild() throws IOException {
        write("beta.rst", "Beta\n====\n\nSee :ref:`no-such-label`.\n");
        SiteBuilder.Result first = build();
        assertThat(first.warnings()).isNotEmpty();
        SiteBuilder.Result second = build();
        assertThat(second.rewritten()).isZero();
        assertThat(second.warnings()).isEqualTo(first.warnings());
        assertThat(second.pages()).isEqualTo(first.pages());
    }

    @Test
    void theNoChangePathIsNotTakenWhenASourceIsRewrittenWithTheSameText() throws IOException {
        build();
        List<String> progress = new ArrayList<>();
        write("gamma.rst", Files.readString(src.resolve("gamma.rst")) + "");
        Files.setLastModifiedTime(src.resolve("gamma.rst"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        run(builder().progress(progress::add));
        assertThat(progress).contains("reading sources... 4 files (4 cached)", "writing output... 0 of 4 pages changed");
    }

    @Test
    void aNewSourceOrADamagedSiteIsNoticedWithoutReadingAnything() throws IOException {
        build();
        write("delta.rst", ":orphan:\n\nDelta\n=====\n");
        SiteBuilder.Result added = build();
        assertThat(added.reparsed()).isEqualTo(1);
        assertThat(out.resolve("delta.html")).exists();
        Files.writeString(out.resolve("gamma.html"), "damaged");
        SiteBuilder.Result repaired = build();
        assertThat(repaired.rewritten()).isEqualTo(1);
        Files.delete(out.resolve("alpha.html"));
        build();
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }

    @Test
    void editingTheTextOfOnePageRewritesOnlyThatPage() throws IOException {
        build();
        Map<String, Object> before = identities();
        write("gamma.rst", "Gamma\n=====\n\nLast page, now longer.\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        assertThat(result.rewritten()).isEqualTo(1);
        // nothing gamma gives the other pages changed: they come out as before, unresolved
        assertThat(result.resolved()).isEqualTo(1);
        assertThat(changedPages(before)).containsExactly("gamma.html");
        assertThat(Files.readString(out.resolve("gamma.html"))).contains("now longer");
    }

    @Test
    void aPageThatComesOutAsBeforeShowsItsOwnImageWhenAnEarlierPageTakesTheName() throws IOException {
        // names in _images/ are given in page order: a second pic.png becomes pic1.png
        Files.createDirectories(src.resolve("a"));
        Files.createDirectories(src.resolve("g"));
        Files.write(src.resolve("a/one.png"), new byte[] {1});
        Files.write(src.resolve("a/pic.png"), new byte[] {2});
        Files.write(src.resolve("g/pic.png"), new byte[] {3});
        write("alpha.rst", ".. _alpha-label:\n\nAlpha\n=====\n\n.. image:: a/one.png\n");
        write("gamma.rst", "Gamma\n=====\n\n.. image:: g/pic.png\n");
        build();
        assertThat(Files.readString(out.resolve("gamma.html"))).contains("_images/pic.png");
        // alpha gives the tables nothing new, yet takes pic.png from gamma
        write("alpha.rst", ".. _alpha-label:\n\nAlpha\n=====\n\n.. image:: a/one.png\n\n.. image:: a/pic.png\n");
        build();
        assertThat(Files.readString(out.resolve("gamma.html"))).contains("_images/pic1.png");
        assertSameSite(out, freshSite());
    }

    @Test
    void pagesThatComeOutAsBeforeGiveTheirWarningsAndSearchWordsAgain() throws IOException {
        write("beta.rst", "Beta\n====\n\nSee :ref:`no-such-label` and `gone <missing.html>`_.\n\n"
                + ".. image:: nowhere.png\n");
        SiteBuilder.Result first = build();
        assertThat(first.warnings()).hasSize(3);
        write("gamma.rst", "Gamma\n=====\n\nLast page, with zebrafinch.\n");
        SiteBuilder.Result second = build();
        assertThat(second.resolved()).isEqualTo(1);
        assertThat(second.warnings()).isEqualTo(first.warnings());
        Path fresh = dir.resolve("fresh");
        SiteBuilder.Result freshResult = build(fresh, true);
        assertThat(second.warnings()).isEqualTo(freshResult.warnings());
        assertSameSite(out, fresh);
        assertThat(Files.readString(out.resolve("searchindex.json"))).contains("zebrafinch");
    }

    @Test
    void aPageGivingTheOthersSomethingNewHasEveryPageResolved() throws IOException {
        build();
        write("gamma.rst", ".. _gamma-label:\n\nGamma\n=====\n\nLast page.\n");
        assertThat(build().resolved()).isEqualTo(4);
        // and once the records hold the new label, an edit of the text alone resolves that page only
        write("gamma.rst", ".. _gamma-label:\n\nGamma\n=====\n\nLast page, edited.\n");
        assertThat(build().resolved()).isEqualTo(1);
    }

    @Test
    void aPageFileChangedSinceItWasWrittenIsWrittenAgainWhenItWouldComeOutAsBefore() throws IOException {
        build();
        Files.writeString(out.resolve("beta.html"), "damaged");
        write("gamma.rst", "Gamma\n=====\n\nLast page, now longer.\n");
        SiteBuilder.Result result = build();
        assertThat(result.resolved()).isEqualTo(2);
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }

    @Test
    void editingATitleRewritesEveryPageThatShowsIt() throws IOException {
        build();
        Map<String, Object> before = identities();
        write("gamma.rst", "Omega\n=====\n\nLast page.\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        // every page has the sidebar, the generated search and index pages too
        assertThat(changedPages(before)).containsExactlyInAnyOrder("index.html", "alpha.html", "beta.html",
                "gamma.html", "search.html", "genindex.html");
        assertThat(result.rewritten()).isEqualTo(4);
        assertThat(result.resolved()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("alpha.html"))).contains("Omega");
    }

    @Test
    void editingAnIncludedFileReadsTheIncluderAgain() throws IOException {
        build();
        Map<String, Object> before = identities();
        write("part.txt", "Other included words.\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        assertThat(changedPages(before)).containsExactly("alpha.html");
        assertThat(Files.readString(out.resolve("alpha.html"))).contains("Other included words.");
    }

    @Test
    void removingALabelRewritesTheReferringPageWithItsWarning() throws IOException {
        build();
        Map<String, Object> before = identities();
        write("alpha.rst", "Alpha\n=====\n\nFirst page.\n\n.. include:: part.txt\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        assertThat(changedPages(before)).contains("beta.html");
        assertThat(result.warnings()).extracting(Warning::message).anyMatch(m -> m.contains("alpha-label"));
        assertThat(Files.readString(out.resolve("beta.html")))
                .contains("<span class=\"xref std std-ref\">alpha-label</span>");
    }

    @Test
    void aLabelAddedWhereAnotherPageAlreadyPointsRewritesThatPageAndNoUnrelatedOne() throws IOException {
        write("beta.rst", "Beta\n====\n\nSee :ref:`gamma-label`.\n");
        SiteBuilder.Result first = build();
        assertThat(first.warnings()).extracting(Warning::message).anyMatch(m -> m.contains("gamma-label"));
        Map<String, Object> before = identities();
        write("gamma.rst", ".. _gamma-label:\n\nGamma\n=====\n\nLast page.\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        assertThat(result.warnings()).isEmpty();
        assertThat(changedPages(before)).contains("beta.html").doesNotContain("alpha.html", "index.html");
        assertThat(Files.readString(out.resolve("beta.html"))).contains("href=\"gamma.html#gamma-label\"");
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }

    @Test
    void aToctreeEntryDroppedRewritesEveryPageItsNavigationReaches() throws IOException {
        build();
        Map<String, Object> before = identities();
        write("index.rst", "Home\n====\n\nThe start.\n\n.. toctree::\n\n   alpha\n   beta\n");
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        // the sidebar of every page loses gamma; beta loses its next link
        assertThat(changedPages(before)).contains("index.html", "alpha.html", "beta.html", "gamma.html");
        assertThat(result.warnings()).extracting(Warning::message)
                .anyMatch(m -> m.contains("isn't included in any toctree"));
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }

    @Test
    void warningsOfACachedDocumentAreReportedAgain() throws IOException {
        write("gamma.rst", "Gamma\n=====\n\n.. no-such-directive::\n");
        SiteBuilder.Result first = build();
        assertThat(first.warnings()).isNotEmpty();
        SiteBuilder.Result second = build();
        assertThat(second.reparsed()).isZero();
        assertThat(second.warnings()).isEqualTo(first.warnings());
    }

    @Test
    void aCorruptCacheIsIgnoredAndGivesTheSiteOfAFreshBuild() throws IOException {
        build();
        write("beta.rst", "Beta\n====\n\nSee :ref:`alpha-label` twice.\n");
        try (Stream<Path> walk = Files.walk(out.resolve(BuildCache.DIR))) {
            int n = 0;
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                // truncate one, scramble the next, empty the third
                Files.write(f, n % 3 == 0 ? Arrays.copyOf(bytes, bytes.length / 2)
                        : n % 3 == 1 ? "garbage\tgarbage\n".getBytes(StandardCharsets.UTF_8) : new byte[0]);
                n++;
            }
        }
        build();
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }

    // replaces a text in every cache file that holds it, keeping the files' lengths; returns how many
    private int editCache(String from, String to) throws IOException {
        int edited = 0;
        try (Stream<Path> walk = Files.walk(out.resolve(BuildCache.DIR))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (text.contains(from)) {
                    Files.write(f, text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
                    edited++;
                }
            }
        }
        return edited;
    }

    @Test
    void aCacheEntryEditedWithoutChangingItsLengthIsNotUsed() throws IOException {
        // issue 17, item 11: entries are checksummed, not only checked by their header; here the
        // entry's head, which holds the page's summary (its title)
        write("gamma.rst", "Gamma\n=====\n\nThe lazy dog.\n");
        build();
        assertThat(editCache("Gamma", "GAMMA")).isPositive();
        SiteBuilder.Result rebuilt = build();
        assertThat(rebuilt.reparsed()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("gamma.html"))).contains("Gamma").doesNotContain("GAMMA");
    }

    @Test
    void aDamagedDoctreeFoundWhenThePageIsResolvedIsReadFromItsSourceAgain() throws IOException {
        // the head of the entry is sound, so the page is taken from the cache; its doctree is damaged,
        // which shows only when a new label has every page resolved
        write("gamma.rst", "Gamma\n=====\n\nThe lazy dog.\n");
        build();
        assertThat(editCache("lazy", "EVIL")).isPositive();
        write("beta.rst", ".. _beta-label:\n\nBeta\n====\n\nSee :ref:`alpha-label`.\n");
        SiteBuilder.Result rebuilt = build();
        assertThat(rebuilt.resolved()).isEqualTo(4);
        assertThat(Files.readString(out.resolve("gamma.html"))).contains("The lazy dog.").doesNotContain("EVIL");
        // its entry is dropped: the next build reads the page again and keeps it whole
        write("beta.rst", "Beta\n====\n\nSee :ref:`alpha-label`.\n");
        assertThat(build().reparsed()).isEqualTo(2);
        assertSameSite(out, freshSite());
    }

    private Path freshSite() {
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        return fresh;
    }

    @Test
    void aPassingSpecExampleResultEditedWithoutChangingItsLengthIsNotUsed() throws IOException {
        write("spec.rst", ":orphan:\n\nSpec\n====\n\n.. spec:: page-table-check\n   :name: hello\n   :threads: main\n"
                + "   :expect: ok\n\n   int main(void) { pr_info(\"hi lazy\\n\"); return 0; }\n");
        build();
        Path results = out.resolve(BuildCache.DIR).resolve("spec-results");
        String text = new String(Files.readAllBytes(results), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("hi lazy");
        Files.write(results, text.replace("hi lazy", "hi EVIL").getBytes(StandardCharsets.ISO_8859_1));
        List<String> progress = new ArrayList<>();
        run(builder().progress(progress::add));
        assertThat(progress).contains("running spec examples... 1 checked, 0 failed");
        assertThat(Files.readString(out.resolve("spec-report.html"))).doesNotContain("EVIL");
    }

    @Test
    void aPassingSpecExampleRunsAgainOnlyWhenItChanges() throws IOException {
        String spec = "Spec\n====\n\n.. spec:: page-table-check\n   :name: hello\n   :threads: main\n"
                + "   :expect: ok\n\n   int main(void) { pr_info(\"hi\\n\"); return 0; }\n\n"
                + ".. spec-output:: hello\n\n   %s\n";
        write("spec.rst", ":orphan:\n\n" + spec.formatted("hi"));
        build();
        // a source written again: the build may not take the no-change path, so the spec cache answers
        write("gamma.rst", Files.readString(src.resolve("gamma.rst")));
        Files.setLastModifiedTime(src.resolve("gamma.rst"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        List<String> progress = new ArrayList<>();
        SiteBuilder.Result second = run(builder().progress(progress::add));
        assertThat(second.warnings()).isEmpty();
        assertThat(progress).contains("running spec examples... 1 checked, 0 failed (1 cached)");
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);

        write("spec.rst", ":orphan:\n\n" + spec.formatted("bye"));
        SiteBuilder.Result third = build();
        assertThat(third.warnings()).extracting(Warning::message).anyMatch(m -> m.contains("spec example hello failed"));
    }

    @Test
    void aPageWithTodaysDateIsReadOnEveryBuild() throws IOException {
        write("gamma.rst", "Gamma\n=====\n\nBuilt on |today|.\n\n.. |today| date::\n");
        build();
        SiteBuilder.Result second = build();
        assertThat(second.reparsed()).isEqualTo(1);
        assertThat(second.rewritten()).isZero();
    }

    @Test
    void freshReadsAndWritesEverything() {
        build();
        SiteBuilder.Result result = build(out, true);
        assertThat(result.reparsed()).isEqualTo(4);
        assertThat(result.rewritten()).isEqualTo(4);
    }

    @Test
    void aKilledRebuildLeavesThePreviousSiteAndCacheUsable() throws Exception {
        build();
        String gamma = Files.readString(out.resolve("gamma.html"));
        write("gamma.rst", "Gamma\n=====\n\nEdited before the killed build.\n");
        Process slow = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowBuildMain.class.getName(),
                src.toString(), out.toString()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(slow.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("WRITING"));
            assertThat(line).isEqualTo("WRITING");
            slow.destroyForcibly();
            slow.waitFor();
        }
        assertThat(Files.readString(out.resolve("gamma.html"))).isEqualTo(gamma);
        SiteBuilder.Result result = build();
        assertThat(result.reparsed()).isEqualTo(1);
        assertThat(result.rewritten()).isEqualTo(1);
        Path fresh = dir.resolve("fresh");
        build(fresh, true);
        assertSameSite(out, fresh);
    }
}
