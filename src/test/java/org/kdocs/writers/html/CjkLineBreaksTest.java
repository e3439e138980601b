package org.kdocs.writers.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

class CjkLineBreaksTest {
    private static final HtmlWriter WRITER = HtmlWriter.builder().build();

    private static String html(Node... paragraphChildren) {
        Document doc = new Document("t.rst", Reporter.quiet("t.rst"));
        doc.add(Element.of(NodeType.PARAGRAPH, paragraphChildren));
        return WRITER.write(doc).body();
    }

    @Test
    void aBreakBetweenTwoChineseCharactersDisappears() {
        assertThat(html(new Text("在其地址、大小和方向上\n设置观察点。"))).contains("在其地址、大小和方向上设置观察点。");
        assertThat(html(new Text("第一句。\n第二句"))).contains("第一句。第二句");
        assertThat(html(new Text("日本語の\nテキスト"))).contains("日本語のテキスト");
    }

    @Test
    void aBreakNextToLatinTextOrBetweenKoreanWordsStays() {
        assertThat(html(new Text("kdocs reads\ndocumentation"))).contains("kdocs reads\ndocumentation");
        assertThat(html(new Text("运行\nkdocs 构建"))).contains("运行\nkdocs");
        assertThat(html(new Text("한국어\n문장"))).contains("한국어\n문장");
    }

    @Test
    void theBreakIsFoundAcrossInlineMarkupButNeverInsideLiteralBlocks() {
        Element emphasis = Element.of(NodeType.EMPHASIS, new Text("强调\n文字"));
        assertThat(html(new Text("一段\n"), emphasis, new Text("\n之后"))).contains("一段<em>强调文字</em>之后");
        Element literal = Element.of(NodeType.LITERAL, new Text("重\n置间隔 a\nb"));
        assertThat(html(new Text("见"), literal)).contains("重置间隔").doesNotContain("重\n置");
        Document doc = new Document("t.rst", Reporter.quiet("t.rst"));
        doc.add(Element.text(NodeType.LITERAL_BLOCK, "", "中文\n代码"));
        assertThat(WRITER.write(doc).body()).contains("中文\n代码");
    }

    @Test
    void curlyQuotesJoinNextToChineseOnly() {
        assertThat(html(new Text("他说\n“你好”"))).contains("他说“你好”");
        assertThat(html(new Text("he said\n“hello”"))).contains("said\n“hello");
    }

    @Test
    void htmlFromAnotherLibraryLosesTheSameBreaksAndKeepsEverythingElse() {
        assertThat(CjkHtmlLineBreaks.join("<div class=\"paragraph\">\n<p>第一行\n<em>第二</em>\n行</p>\n</div>"))
                .isEqualTo("<div class=\"paragraph\">\n<p>第一行<em>第二</em>行</p>\n</div>");
        assertThat(CjkHtmlLineBreaks.join("<p>见 <code>kdocs</code>\n运行，&#8220;引号&#8221;\n之后</p>"))
                .isEqualTo("<p>见 <code>kdocs</code>\n运行，&#8220;引号&#8221;之后</p>");
        assertThat(CjkHtmlLineBreaks.join("<p>中文<br>\n中文</p><pre>代码\n代码</pre><p>kdocs reads\ndocs</p>"))
                .isEqualTo("<p>中文<br>\n中文</p><pre>代码\n代码</pre><p>kdocs reads\ndocs</p>");
    }
}
