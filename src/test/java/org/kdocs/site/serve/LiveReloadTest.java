package org.kdocs.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The pieces of the preview server that are plain functions. */
class LiveReloadTest {
    @Test
    void theScriptGoesBeforeTheLastBodyEndOrAtTheEnd() {
        String page = LiveReload.inject("<html><body><p>x</p></BODY></html>", 7);
        assertThat(page).startsWith("<html><body><p>x</p><script>").endsWith("</script></BODY></html>");
        assertThat(page).contains("var served=7;");
        assertThat(LiveReload.inject("<p>fragment</p>", 1)).startsWith("<p>fragment</p><script>");
    }

    @Test
    void buildEventsAreJsonThatCannotCloseTheScript() {
        String event = new BuildState(3, false, List.of("a.rst:2: WARNING: \"q\" </script>\tx")).event();
        assertThat(event).isEqualTo("event: build\ndata: {\"generation\":3,\"ok\":false,\"warnings\":"
                + "[\"a.rst:2: WARNING: \\\"q\\\" \\u003c/script>\\tx\"]}\n\n");
    }

    @Test
    void pathsWithParentSegmentsBackslashesOrNulAreRefused() {
        assertThat(PreviewServer.requestPath(URI.create("/a/b.html"))).isEqualTo("/a/b.html");
        assertThat(PreviewServer.requestPath(URI.create("/a/%2e%2e/b"))).isNull();
        assertThat(PreviewServer.requestPath(URI.create("/a/..%2fb"))).isNull();
        assertThat(PreviewServer.requestPath(URI.create("/a%5cb"))).isNull();
        assertThat(PreviewServer.requestPath(URI.create("/a%00b"))).isNull();
        assertThat(PreviewServer.requestPath(URI.create("/a..b/c..d"))).isEqualTo("/a..b/c..d");
    }

    @Test
    void contentTypesFollowTheSuffix() {
        assertThat(PreviewServer.contentType("x.SVG")).isEqualTo("image/svg+xml; charset=utf-8");
        assertThat(PreviewServer.contentType("index.rst.txt")).isEqualTo("text/plain; charset=utf-8");
        assertThat(PreviewServer.contentType("searchindex.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(PreviewServer.contentType("blob")).isEqualTo("application/octet-stream");
    }
}
