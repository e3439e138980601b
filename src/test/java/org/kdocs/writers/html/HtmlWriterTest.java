package org.kdocs.writers.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

class HtmlWriterTest {
    private static final HtmlWriter WRITER = HtmlWriter.builder().build();

    private static org.kdocs.tree.Element el(NodeType type, Node... children) {
        return org.kdocs.tree.Element.of(type, children);
    }

    private static org.kdocs.tree.Element text(NodeType type, String text) {
        return org.kdocs.tree.Element.text(type, "", text);
    }

    private static org.kdocs.tree.Element section(String id, String title, Node... body) {
        org.kdocs.tree.Element section = el(NodeType.SECTION, text(NodeType.TITLE, title));
        section.ids().add(id);
        for (Node node : body) {
            section.add(node);
        }
        return section;
    }

    private static org.kdocs.tree.Document doc(Node... children) {
        org.kdocs.tree.Document doc = new org.kdocs.tree.Document("t.rst", Reporter.quiet("t.rst"));
        for (Node child : children) {
            doc.add(child);
        }
        return doc;
    }

    private static Document html(HtmlPage page) {
        return Jsoup.parseBodyFragment(page.body());
    }

    @Test
    void sectionsBecomeHeadingsWithAnchorsAndTheFirstTitleIsThePageTitle() {
        HtmlPage page = WRITER.write(doc(section("intro", "Intro & more",
                text(NodeType.PARAGRAPH, "a < b"),
                section("details", "Details"))));
        Document html = html(page);
        assertThat(page.title()).isEqualTo("Intro & more");
        assertThat(html.select("section#intro > h1").text()).startsWith("Intro & more");
        assertThat(html.select("section#details > h2 a.headerlink").attr("href")).isEqualTo("#details");
        assertThat(html.select("p").first().text()).isEqualTo("a < b");
        assertThat(page.body()).contains("a &lt; b").doesNotContain("a < b");
        assertThat(page.toc()).containsExactly(new TocEntry("details", "Details", List.of()));
    }

    @Test
    void aDocumentTitleIsH1AndSectionsStartAtH2() {
        HtmlPage page = WRITER.write(doc(text(NodeType.TITLE, "Doc"), section("s", "S")));
        Document html = html(page);
        assertThat(html.select("h1.title").text()).isEqualTo("Doc");
        assertThat(html.select("section#s > h2")).hasSize(1);
        assertThat(page.toc()).extracting(TocEntry::id).containsExactly("s");
    }

    @Test
    void theIdsOfADocumentWithAPromotedTitleRemainAnchors() {
        org.kdocs.tree.Document document = doc(text(NodeType.TITLE, "Doc"));
        document.ids().addAll(List.of("doc", "label"));
        Document html = html(WRITER.write(document));
        assertThat(html.select("span#doc")).hasSize(1);
        assertThat(html.select("span#label")).hasSize(1);
    }

    @Test
    void listsKeepTheirKindAndStart() {
        org.kdocs.tree.Element ol = el(NodeType.ENUMERATED_LIST, el(NodeType.LIST_ITEM, text(NodeType.PARAGRAPH, "x")));
        ol.set("enumtype", "loweralpha").set("start", 3);
        org.kdocs.tree.Element dl = el(NodeType.DEFINITION_LIST, el(NodeType.DEFINITION_LIST_ITEM,
                text(NodeType.TERM, "term"), text(NodeType.CLASSIFIER, "cls"),
                el(NodeType.DEFINITION, text(NodeType.PARAGRAPH, "def"))));
        org.kdocs.tree.Element fl = el(NodeType.FIELD_LIST, el(NodeType.FIELD, text(NodeType.FIELD_NAME, "Name"),
                el(NodeType.FIELD_BODY, text(NodeType.PARAGRAPH, "value"))));
        org.kdocs.tree.Element option = el(NodeType.OPTION, text(NodeType.OPTION_STRING, "-o"),
                text(NodeType.OPTION_ARGUMENT, "FILE"));
        org.kdocs.tree.Element opts = el(NodeType.OPTION_LIST, el(NodeType.OPTION_LIST_ITEM,
                el(NodeType.OPTION_GROUP, option, el(NodeType.OPTION, text(NodeType.OPTION_STRING, "--out"))),
                el(NodeType.DESCRIPTION, text(NodeType.PARAGRAPH, "output"))));
        Document html = html(WRITER.write(doc(el(NodeType.BULLET_LIST, el(NodeType.LIST_ITEM,
                text(NodeType.PARAGRAPH, "one"))), ol, dl, fl, opts)));
        assertThat(html.select("ul > li > p").text()).isEqualTo("one");
        assertThat(html.select("ol").attr("type")).isEqualTo("a");
        assertThat(html.select("ol").attr("start")).isEqualTo("3");
        assertThat(html.select("dl:not(.field-list):not(.option-list) > dt").text()).isEqualTo("term : cls");
        assertThat(html.select("dl.field-list > dt").text()).isEqualTo("Name:");
        assertThat(html.select("dl.field-list > dd > p").text()).isEqualTo("value");
        assertThat(html.select("dl.option-list > dt kbd").text()).isEqualTo("-o FILE, --out");
        assertThat(html.select("dl.option-list var").text()).isEqualTo("FILE");
    }

    @Test
    void tablesBecomeTablesWithSpansHeadersAndStubs() {
        org.kdocs.tree.Element c1 = el(NodeType.COLSPEC);
        c1.set("colwidth", 10).set("stub", 1);
        org.kdocs.tree.Element c2 = el(NodeType.COLSPEC);
        c2.set("colwidth", 30);
        org.kdocs.tree.Element wide = el(NodeType.ENTRY, text(NodeType.PARAGRAPH, "wide"));
        wide.set("morecols", 1);
        org.kdocs.tree.Element tall = el(NodeType.ENTRY, text(NodeType.PARAGRAPH, "tall"));
        tall.set("morerows", 1);
        org.kdocs.tree.Element tgroup = el(NodeType.TGROUP, c1, c2,
                el(NodeType.THEAD, el(NodeType.ROW, wide)),
                el(NodeType.TBODY, el(NodeType.ROW, tall, el(NodeType.ENTRY, text(NodeType.PARAGRAPH, "b"))),
                        el(NodeType.ROW, el(NodeType.ENTRY, text(NodeType.PARAGRAPH, "c")))));
        tgroup.set("cols", 2);
        Document html = html(WRITER.write(doc(el(NodeType.TABLE, text(NodeType.TITLE, "Cap"), tgroup))));
        assertThat(html.select("table > caption").text()).isEqualTo("Cap");
        assertThat(html.select("col").eachAttr("style")).containsExactly("width: 25%", "width: 75%");
        assertThat(html.select("thead th").attr("colspan")).isEqualTo("2");
        assertThat(html.select("tbody th.stub").attr("rowspan")).isEqualTo("2");
        assertThat(html.select("tbody td").eachText()).containsExactly("b", "c");
    }

    @Test
    void footnotesLinkBothWays() {
        org.kdocs.tree.Element ref = text(NodeType.FOOTNOTE_REFERENCE, "1");
        ref.ids().add("fr1");
        ref.set("refid", "fn1");
        org.kdocs.tree.Element footnote = el(NodeType.FOOTNOTE, text(NodeType.LABEL, "1"),
                text(NodeType.PARAGRAPH, "note body"));
        footnote.ids().add("fn1");
        footnote.backrefs().add("fr1");
        Document html = html(WRITER.write(doc(el(NodeType.PARAGRAPH, new Text("see"), ref), footnote)));
        assertThat(html.select("a.footnote-reference").attr("href")).isEqualTo("#fn1");
        assertThat(html.select("aside.footnote#fn1 a[role=doc-backlink]").attr("href")).isEqualTo("#fr1");
        assertThat(html.select("aside.footnote p").text()).isEqualTo("note body");
    }

    @Test
    void referencesTargetsAndProblematicsKeepTheirLinks() {
        org.kdocs.tree.Element external = text(NodeType.REFERENCE, "site");
        external.set("refuri", "https://example.org/?a=1&b=\"2\"");
        org.kdocs.tree.Element internal = text(NodeType.REFERENCE, "here");
        internal.set("refid", "t");
        org.kdocs.tree.Element target = el(NodeType.TARGET);
        target.ids().add("t");
        org.kdocs.tree.Element problem = text(NodeType.PROBLEMATIC, "`bad");
        problem.set("refid", "m1");
        Document html = html(WRITER.write(doc(target, el(NodeType.PARAGRAPH, external, internal, problem))));
        assertThat(html.select("a.external").attr("href")).isEqualTo("https://example.org/?a=1&b=\"2\"");
        assertThat(html.select("a.internal").attr("href")).isEqualTo("#t");
        assertThat(html.select("span#t")).hasSize(1);
        assertThat(html.select("a.problematic").attr("href")).isEqualTo("#m1");
    }

    @Test
    void admonitionsLiteralBlocksAndRawHtml() {
        org.kdocs.tree.Element raw = text(NodeType.RAW, "<b class=\"x\">bold</b>");
        raw.set("format", "html");
        org.kdocs.tree.Element latex = text(NodeType.RAW, "\\relax");
        latex.set("format", "latex");
        org.kdocs.tree.Element code = text(NodeType.LITERAL_BLOCK, "if (a < b)\n    return;");
        Document html = html(WRITER.write(doc(el(NodeType.WARNING, text(NodeType.PARAGRAPH, "careful")),
                code, raw, latex)));
        assertThat(html.select("aside.admonition.warning > p.admonition-title").text()).isEqualTo("Warning");
        assertThat(html.select("pre.literal-block").first().wholeText()).isEqualTo("if (a < b)\n    return;");
        assertThat(html.select("b.x").text()).isEqualTo("bold");
        assertThat(html.text()).doesNotContain("relax");
    }

    @Test
    void systemMessagesShowLevelSourceAndLine() {
        org.kdocs.tree.Element msg = el(NodeType.SYSTEM_MESSAGE, text(NodeType.PARAGRAPH, "Unknown thing."));
        msg.set("level", 3).set("type", "ERROR").set("source", "a.rst").set("line", 7);
        msg.ids().add("m1");
        msg.backrefs().add("p1");
        Document html = html(WRITER.write(doc(msg)));
        assertThat(html.select("aside.system-message#m1 p.system-message-title").text())
                .startsWith("System Message: ERROR/3 (a.rst, line 7)");
        assertThat(html.select("aside.system-message a[href=#p1]")).hasSize(1);
    }

    @Test
    void figuresImagesLineBlocksAndUnknownTypes() {
        org.kdocs.tree.Element image = el(NodeType.IMAGE);
        image.set("uri", "pic.png").set("alt", "A \"pic\"");
        org.kdocs.tree.Element figure = el(NodeType.FIGURE, image, text(NodeType.CAPTION, "Caption"));
        figure.set("align", "center");
        org.kdocs.tree.Element lines = el(NodeType.LINE_BLOCK, text(NodeType.LINE, "one"), el(NodeType.LINE),
                el(NodeType.LINE_BLOCK, text(NodeType.LINE, "nested")));
        NodeType custom = NodeType.define("kdocs_test_custom");
        Document html = html(WRITER.write(doc(figure, lines, el(custom, text(NodeType.PARAGRAPH, "inside")))));
        assertThat(html.select("figure.align-center img").attr("alt")).isEqualTo("A \"pic\"");
        assertThat(html.select("figcaption").text()).isEqualTo("Caption");
        assertThat(html.selectFirst("div.line-block").children().eachAttr("class")).containsExactly("line", "line", "line-block");
        assertThat(html.select("div.line-block div.line-block div.line").text()).isEqualTo("nested");
        assertThat(html.select("div.kdocs-test-custom > p").text()).isEqualTo("inside");
    }

    @Test
    void registeredRenderersReplaceTheStandardOnes() {
        HtmlWriter writer = HtmlWriter.builder()
                .renderer(NodeType.PARAGRAPH, (e, out) -> out.raw("<div class=\"para\">").children(e)).build();
        String body = writer.write(doc(text(NodeType.PARAGRAPH, "x"))).body();
        assertThat(Jsoup.parseBodyFragment(body).select("div.para").text()).isEqualTo("x");
    }

    @Test
    void topicsSidebarsAndInlineMarkup() {
        org.kdocs.tree.Element topic = el(NodeType.TOPIC, text(NodeType.TITLE, "Contents"),
                el(NodeType.PARAGRAPH, text(NodeType.EMPHASIS, "em"), text(NodeType.STRONG, "st"),
                        text(NodeType.LITERAL, "<lit>"), text(NodeType.SUBSCRIPT, "2"), text(NodeType.MATH, "x^2")));
        topic.classes().add("contents");
        org.kdocs.tree.Element sidebar = el(NodeType.SIDEBAR, text(NodeType.TITLE, "Side"),
                text(NodeType.PARAGRAPH, "aside"));
        Document html = html(WRITER.write(doc(topic, sidebar)));
        Element nav = html.selectFirst("nav.topic.contents");
        assertThat(nav.select("p.topic-title").text()).isEqualTo("Contents");
        assertThat(nav.select("em").text()).isEqualTo("em");
        assertThat(nav.select("code.literal").text()).isEqualTo("<lit>");
        assertThat(nav.select("sub").text()).isEqualTo("2");
        assertThat(nav.select("span.math").text()).isEqualTo("x^2");
        assertThat(html.select("aside.sidebar > p.sidebar-title").text()).isEqualTo("Side");
    }

    @Test
    void citationsQuotesRubricsDocinfoAndOtherBodyElements() {
        org.kdocs.tree.Element citeRef = text(NodeType.CITATION_REFERENCE, "CIT2002");
        citeRef.set("refid", "cit2002");
        citeRef.ids().add("cr1");
        org.kdocs.tree.Element citation = el(NodeType.CITATION, text(NodeType.LABEL, "CIT2002"),
                text(NodeType.PARAGRAPH, "A book."));
        citation.ids().add("cit2002");
        citation.backrefs().addAll(List.of("cr1", "cr2"));
        org.kdocs.tree.Element abbr = text(NodeType.ABBREVIATION, "RCU");
        abbr.set("explanation", "read-copy update");
        org.kdocs.tree.Element docinfo = el(NodeType.DOCINFO, text(NodeType.AUTHOR, "Ann"),
                el(NodeType.FIELD, text(NodeType.FIELD_NAME, "Original"),
                        el(NodeType.FIELD_BODY, text(NodeType.PARAGRAPH, "docs/a.rst"))));
        Document html = html(WRITER.write(doc(docinfo, el(NodeType.PARAGRAPH, citeRef, abbr,
                        text(NodeType.TITLE_REFERENCE, "Book")), citation,
                el(NodeType.BLOCK_QUOTE, text(NodeType.PARAGRAPH, "Quote."), text(NodeType.ATTRIBUTION, "Someone")),
                text(NodeType.RUBRIC, "Aside"), el(NodeType.TRANSITION),
                el(NodeType.CONTAINER, text(NodeType.PARAGRAPH, "boxed")))));
        assertThat(html.select("a.citation-reference").text()).isEqualTo("[CIT2002]");
        assertThat(html.select("aside.citation#cit2002 .backrefs a").eachAttr("href")).containsExactly("#cr1", "#cr2");
        assertThat(html.select("abbr[title=read-copy update]").text()).isEqualTo("RCU");
        assertThat(html.select("cite").text()).isEqualTo("Book");
        assertThat(html.select("dl.docinfo dt.author").text()).isEqualTo("Author:");
        assertThat(html.select("dl.docinfo dd.author").text()).isEqualTo("Ann");
        assertThat(html.select("dl.docinfo dt").eachText()).contains("Original:");
        assertThat(html.select("blockquote p.attribution").text()).isEqualTo("\u2014Someone");
        assertThat(html.select("p.rubric").text()).isEqualTo("Aside");
        assertThat(html.select("hr")).hasSize(1);
        assertThat(html.select("div.container > p").text()).isEqualTo("boxed");
    }

    @Test
    void anEmptyDocumentWritesAnEmptyPageWithoutTitle() {
        HtmlPage page = WRITER.write(doc());
        assertThat(page.title()).isEmpty();
        assertThat(page.body()).isEmpty();
        assertThat(page.toc()).isEmpty();
    }
}
