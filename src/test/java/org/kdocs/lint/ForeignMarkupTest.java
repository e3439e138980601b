package org.kdocs.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Line kinds, fields, literals and headings of Markdown and AsciiDoc documents. */
class ForeignMarkupTest {
    private static String kinds(ForeignMarkup markup, int lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(markup.scan().kind(i).name().substring(0, 1));
        }
        return String.join("", out);
    }

    private static ForeignMarkup of(String name, String text) {
        return ForeignMarkup.of(LintedDocument.of(name, text));
    }

    @Test
    void markdownBlocksGetTheirKinds() {
        String text = """
                <!-- SPDX-License-Identifier: GPL-2.0 -->
                :Original: docs/faq.md

                # Title
                Text with `code`.
                Heading two
                -----------
                ```c
                int x;
                ```
                | a | b |
                |---|---|

                    indented code
                ***
                [ref]: https://example.org
                """;
        ForeignMarkup markup = of("faq.md", text);
        // C: comment, M: markup, B: blank, P: prose, L: literal
        assertThat(kinds(markup, 16)).isEqualTo("CMBPPPMMLMPMBLMM");
        assertThat(markup.scan().fields()).extracting(MarkupScan.Named::name, MarkupScan.Named::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Original", "docs/faq.md"));
        assertThat(markup.scan().literals()).extracting(MarkupScan.Literal::text)
                .containsExactly("int x;\n", "indented code\n");
        assertThat(markup.headings()).extracting(Title::titleLine, Title::title, Title::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Title", 1),
                        org.assertj.core.groups.Tuple.tuple(4, "Text with `code`.\nHeading two", 2));
    }

    @Test
    void markdownListContinuationIsNotCode() {
        ForeignMarkup markup = of("a.md", "- item\n\n    more of the item\n");
        assertThat(kinds(markup, 3)).isEqualTo("PBP");
        assertThat(markup.scan().literals()).isEmpty();
    }

    @Test
    void fieldsCountOnlyBeforeTheFirstParagraph() {
        ForeignMarkup markup = of("a.md", "Text.\n\n:Original: docs/a.md\n");
        assertThat(markup.scan().fields()).isEmpty();
    }

    @Test
    void fieldsMayFollowTheTitle() {
        for (String title : new String[] {"# 标题\n", "标题\n====\n"}) {
            ForeignMarkup markup = of("a.md", title + "\n:Original: docs/a.md\n\n:翻译: kdocs\n\n正文。\n");
            assertThat(markup.scan().fields()).extracting(MarkupScan.Named::name).containsExactly("Original", "翻译");
        }
    }

    @Test
    void asciidocBlocksGetTheirKinds() {
        String text = """
                // SPDX-License-Identifier: GPL-2.0
                = Title
                :Original: docs/guide.adoc
                :翻译: kdocs

                == Usage
                [source,sh]
                ----
                kdocs build
                ----
                ////
                a comment block
                ////
                 literal paragraph

                ++++
                <b>raw</b>
                ++++
                include::other.adoc[]
                ....
                text
                ....
                """;
        ForeignMarkup markup = of("guide.adoc", text);
        assertThat(kinds(markup, 22)).isEqualTo("CPMMBPMMLMCCCLBMMMMMLM");
        assertThat(markup.scan().fields()).extracting(MarkupScan.Named::name)
                .containsExactly("Original", "翻译");
        assertThat(markup.scan().literals()).extracting(MarkupScan.Literal::line, MarkupScan.Literal::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, "kdocs build\n"),
                        org.assertj.core.groups.Tuple.tuple(13, "literal paragraph\n"),
                        org.assertj.core.groups.Tuple.tuple(20, "text\n"));
        assertThat(markup.headings()).extracting(Title::title, Title::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Title", 1),
                        org.assertj.core.groups.Tuple.tuple("Usage", 2));
    }

    @Test
    void anUnclosedListingRunsToTheEnd() {
        ForeignMarkup markup = of("a.adoc", "----\ncode\n");
        assertThat(kinds(markup, 2)).isEqualTo("ML");
        assertThat(markup.scan().literals()).extracting(MarkupScan.Literal::text).containsExactly("code\n");
    }
}
