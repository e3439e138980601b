package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kdocs.testing.TestResources;

/**
 * The same sources give the same site, byte for byte: two fresh builds with several threads
 * (the Sphinx fixture: C declarations and references, numbered figures, labels, index entries),
 * and a rebuild without changes, which reads and rewrites nothing and leaves the fresh site.
 */
class ReproducibleSiteTest {
    private static final Path DOCS = TestResources.path("sphinx-fixture/docs");

    @TempDir
    Path dir;

    private SiteBuilder.Result build(Path out, boolean fresh) {
        SiteBuilder.Result result = SiteBuilder.builder().source(DOCS).output(out).define("release", "2.0").jobs(4)
                .fresh(fresh).build().run();
        assertThat(result.failed()).as(result.warnings().toString()).isFalse();
        return result;
    }

    @Test
    void twoFreshBuildsAreByteIdenticalAndARebuildChangesNothing() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        SiteBuilder.Result fresh = build(first, true);
        build(second, true);
        IncrementalBuildTest.assertSameSite(second, first);

        SiteBuilder.Result rebuild = build(second, false);
        assertThat(rebuild.reparsed()).isZero();
        assertThat(rebuild.rewritten()).isZero();
        assertThat(rebuild.pages()).isEqualTo(fresh.pages());
        assertThat(rebuild.warnings()).isEqualTo(fresh.warnings());
        IncrementalBuildTest.assertSameSite(second, first);
    }
}
