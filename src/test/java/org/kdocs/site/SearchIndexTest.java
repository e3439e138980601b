package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

class SearchIndexTest {
    @Test
    void aWordBrokenAcrossSourceLinesIsIndexedWhole() {
        Document doc = new Document("t.rst", Reporter.quiet("t.rst"));
        doc.add(Element.of(NodeType.PARAGRAPH, new Text("运行时在地址上设\n置观察点，然后\nrun the build")));
        SearchIndex.PageWords words = SearchIndex.PageWords.of("", doc);
        assertThat(words.text()).contains("设置", "观察", "run", "build");
    }
}
