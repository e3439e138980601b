package org.kdocs.writers.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The link policy of untrusted pages, judged as a browser reads a URI (issue 17, item 5). */
class UriPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)", "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "&amp;#106;avascript:alert(1)",
            "vbscript:msgbox(1)", "VBScript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=", "livescript:x", "file:///etc/passwd", "javascript://%0aalert(1)"})
    void refusesSchemesThatRunOrReachOutWhateverTheSpelling(String uri) {
        assertThat(UriPolicy.SAFE.admits("a", "href", uri)).isFalse();
        assertThat(UriPolicy.SAFE.admits("img", "src", uri)).isFalse();
        assertThat(UriPolicy.ANY.admits("a", "href", uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "../a/b.html#sec", "#anchor", "?q=1", "//example.org/x", "https://kernel.org/",
            "HTTP://example.org", "mailto:someone@example.org", "ftp://ftp.kernel.org/pub", "./javascript%3Ax.html",
            "irc://irc.oftc.net/kernelnewbies"})
    void admitsRelativeReferencesAndOrdinarySchemes(String uri) {
        assertThat(UriPolicy.SAFE.admits("a", "href", uri)).isTrue();
    }

    @Test
    void anImageMayBeADataImageButALinkMayNot() {
        assertThat(UriPolicy.SAFE.admits("img", "src", "data:image/png;base64,iVBORw0KGgo=")).isTrue();
        assertThat(UriPolicy.SAFE.admits("a", "href", "data:image/png;base64,iVBORw0KGgo=")).isFalse();
        assertThat(UriPolicy.SAFE.admits("img", "src", "mailto:x@example.org")).isFalse();
    }

    @Test
    void onlyUrlAttributesAreJudged() {
        assertThat(UriPolicy.SAFE.admits("a", "title", "javascript:alert(1)")).isTrue();
        assertThat(UriPolicy.SAFE.admits("form", "ACTION", "javascript:alert(1)")).isFalse();
    }

    @Test
    void foreignHtmlLosesRefusedAttributesAndOtherwiseStaysByteForByte() {
        String clean = "<p>A <a href=\"other.html\">link</a> &amp; <img src=\"pic.png\" alt=\"x\"></p>\n";
        assertThat(UriPolicy.SAFE.filterHtml(clean)).isSameAs(clean);
        String hostile = "<p><a href=\"&#106;avascript:alert(1)\" title=\"t\">a</a> <a href=\"JAVASCRIPT:x\">b</a>"
                + " <img srcset=\"ok.png 1x, javascript:x 2x\" src=\"ok.png\"></p>";
        String filtered = UriPolicy.SAFE.filterHtml(hostile);
        assertThat(filtered).doesNotContainIgnoringCase("javascript").doesNotContain("&#106;")
                .contains("<a title=\"t\">a</a>").contains("src=\"ok.png\"");
        assertThat(UriPolicy.ANY.filterHtml(hostile)).isSameAs(hostile);
    }
}
