package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tag expressions, relative links, docnames and word segmentation. */
class SmallPartsTest {
    @Test
    void tagExpressionsCombineTagsWithAndOrNotAndParentheses() {
        Set<String> tags = Set.of("html");
        assertThat(TagExpression.evaluate("html", tags)).isTrue();
        assertThat(TagExpression.evaluate("subproject and html", tags)).isFalse();
        assertThat(TagExpression.evaluate("not rustdoc and html", tags)).isTrue();
        assertThat(TagExpression.evaluate("latex or (html and not pdf)", tags)).isTrue();
        assertThatThrownBy(() -> TagExpression.evaluate("html and", tags)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TagExpression.evaluate("(html", tags)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void relativeLinksWorkBetweenAnyTwoOutputFiles() {
        assertThat(Urls.relative("index.html", "guide/a.html")).isEqualTo("guide/a.html");
        assertThat(Urls.relative("guide/a.html", "index.html")).isEqualTo("../index.html");
        assertThat(Urls.relative("guide/a.html", "guide/b.html")).isEqualTo("b.html");
        assertThat(Urls.relative("docs-zh_CN/guide/a.html", "guide/a.html")).isEqualTo("../../guide/a.html");
        assertThat(Urls.toRoot("docs-zh_CN/guide/a.html")).isEqualTo("../../");
    }

    @Test
    void docnamesResolveRelativeToTheReferringDocument() {
        assertThat(Docnames.resolve("guide/intro", "usage")).isEqualTo("guide/usage");
        assertThat(Docnames.resolve("guide/intro", "../index")).isEqualTo("index");
        assertThat(Docnames.resolve("guide/intro", "/top.rst")).isEqualTo("top");
    }

    @Test
    void chineseTextIsSegmentedIntoWords() {
        assertThat(SearchIndex.words("用浏览器打开网站。Open the SITE")).contains("浏览", "打开", "网站", "open", "site")
                .doesNotContain("。", " ");
    }
}
