package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rebuilds of {@link IncrementalBuildTest} in one process that remembers what it read, as
 * {@code kdocs serve} does ({@link BuildMemory}): each must give the same site and warnings.
 */
class IncrementalBuildWithMemoryTest extends IncrementalBuildTest {
    private final BuildMemory memory = BuildMemory.create();

    @Override
    BuildMemory memory() {
        return memory;
    }

    // with memory, the manifest is saved as the process ends; here, after each build, as the tests look at the site
    @Override
    SiteBuilder.Result run(SiteBuilder.Builder builder) {
        SiteBuilder.Result result = super.run(builder);
        memory.finishPending();
        return result;
    }

    /** A rebuild with memory follows a change (serve's watcher saw one): it skips the no-change check. */
    @Override
    @Test
    void aRebuildWithoutChangesReadsAndWritesNothing() throws IOException {
        SiteBuilder.Result first = build();
        assertThat(first.reparsed()).isEqualTo(4);
        List<String> progress = new ArrayList<>();
        SiteBuilder.Result second = run(builder().progress(progress::add));
        assertThat(second.reparsed()).isZero();
        assertThat(second.rewritten()).isZero();
        assertThat(second.resolved()).isZero();
        assertThat(progress).doesNotContain("no source changed: the 4 pages are up to date")
                .contains("reading sources... 4 files (4 cached)");
    }

    private static final String KEPT = "site structure as in the last build: its pages, toctrees and tables are kept";

    // the site a fresh build of the sources as they are now makes, with its warnings
    private SiteBuilder.Result assertSiteOfAFreshBuild() throws IOException {
        SiteBuilder.Result fresh = build(dir.resolve("fresh"), true);
        assertSameSite(out, dir.resolve("fresh"));
        return fresh;
    }

    private List<String> rebuild() {
        List<String> progress = new ArrayList<>();
        assertThat(run(builder().progress(progress::add)).failed()).isFalse();
        return progress;
    }

    @Test
    void aParagraphEditKeepsTheSiteStructureAndGivesTheSiteOfAFreshBuild() throws IOException {
        write("delta.rst", "Delta\n=====\n\nIn no toctree.\n");
        build();
        write("gamma.rst", "Gamma\n=====\n\nLast page, edited.\n");
        List<String> progress = new ArrayList<>();
        SiteBuilder.Result rebuilt = run(builder().progress(progress::add));
        assertThat(progress).contains(KEPT);
        assertThat(rebuilt.reparsed()).isEqualTo(1);
        SiteBuilder.Result fresh = assertSiteOfAFreshBuild();
        assertThat(rebuilt.warnings()).isNotEmpty().isEqualTo(fresh.warnings());
    }

    @Test
    void anEditThatChangesWhatAPageGivesTheTablesReadsTheSiteAnew() throws IOException {
        build();
        write("gamma.rst", "Gamma edited\n============\n\nLast page.\n");
        assertThat(rebuild()).doesNotContain(KEPT);
        assertSiteOfAFreshBuild();
        write("gamma.rst", "Gamma edited\n============\n\nLast page, and more.\n");
        assertThat(rebuild()).contains(KEPT);
        assertSiteOfAFreshBuild();
    }

    @Test
    void aNewSourceReadsTheSiteAnew() throws IOException {
        build();
        write("epsilon.rst", "Epsilon\n=======\n\nNew.\n");
        assertThat(rebuild()).doesNotContain(KEPT);
        assertSiteOfAFreshBuild();
    }
}
