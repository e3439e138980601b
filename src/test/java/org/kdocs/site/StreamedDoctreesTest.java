package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * A page whose doctree the build lets go after reading, and loads again from the build cache to
 * resolve and write it, gives the page it gives when its doctree is held from reading to writing
 * (a reader without a cache key). The Sphinx fixture has what the whole-site stages work on:
 * toctrees, numbered sections and figures, labels, numref, C declarations, index entries.
 */
class StreamedDoctreesTest {
    private static final Path DOCS = TestResources.path("sphinx-fixture/docs");

    @TempDir
    Path dir;

    private SiteBuilder.Result build(Path out, DocumentReader reader) {
        SiteBuilder.Builder builder = SiteBuilder.builder().source(DOCS).output(out).define("release", "2.0")
                .jobs(3).fresh(true);
        if (reader != null) {
            builder.reader(reader);
        }
        SiteBuilder.Result result = builder.build().run();
        assertThat(result.failed()).as(result.warnings().toString()).isFalse();
        return result;
    }

    @Test
    void pagesReloadedFromTheBuildCacheGiveTheSiteOfPagesHeldInMemory() throws IOException {
        Path streamed = dir.resolve("streamed");
        Path held = dir.resolve("held");
        SiteBuilder.Result fromCache = build(streamed, null);
        DocumentReader rst = new RstReader(Trust.FULL, SiteExtensions.installed());
        // a method reference has no cache key: the build cannot reload the pages, so it holds them
        DocumentReader uncached = rst::read;
        SiteBuilder.Result inMemory = build(held, uncached);

        assertThat(fromCache.warnings()).isNotEmpty().isEqualTo(inMemory.warnings());
        assertThat(fromCache.pages()).isEqualTo(inMemory.pages());
        IncrementalBuildTest.assertSameSite(streamed, held);
    }

    @Test
    void pagesAddedToTheTablesFromTheirSummariesGiveTheSiteOfPagesReadAnew() throws IOException {
        Path out = dir.resolve("summaries");
        SiteBuilder.Result first = build(out, null);
        // without the page records no page comes out as before: each is resolved against tables that the
        // rebuild makes from the pages' summaries alone, none of the doctrees being read again
        Files.delete(out.resolve(BuildCache.DIR).resolve("pages.rec"));
        SiteBuilder.Result rebuilt = SiteBuilder.builder().source(DOCS).output(out).define("release", "2.0")
                .jobs(3).build().run();
        assertThat(rebuilt.failed()).isFalse();
        assertThat(rebuilt.reparsed()).isZero();
        assertThat(rebuilt.resolved()).isEqualTo(rebuilt.pages());
        assertThat(rebuilt.warnings()).isNotEmpty().isEqualTo(first.warnings());
        Path fresh = dir.resolve("fresh");
        build(fresh, null);
        IncrementalBuildTest.assertSameSite(out, fresh);
    }
}
