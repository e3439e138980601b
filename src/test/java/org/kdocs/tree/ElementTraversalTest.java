package org.kdocs.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** findAll, walk and traverse: document order, and the element-children count a search relies on. */
class ElementTraversalTest {
    // section(title("T"), paragraph("a", emphasis("b"), "c"), bullet_list(list_item(paragraph("d"))))
    private static Element sample() {
        return Element.of(NodeType.SECTION,
                Element.text(NodeType.TITLE, "", "T"),
                Element.of(NodeType.PARAGRAPH, new Text("a"), Element.text(NodeType.EMPHASIS, "", "b"), new Text("c")),
                Element.of(NodeType.BULLET_LIST, Element.of(NodeType.LIST_ITEM,
                        Element.text(NodeType.PARAGRAPH, "", "d"))));
    }

    private static String names(List<? extends Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node node : nodes) {
            out.add(node instanceof Element e ? e.tagname() : "#" + node.astext());
        }
        return String.join(" ", out);
    }

    @Test
    void walkAndTraverseGoInDocumentOrder() {
        Element root = sample();
        String expected = "section title #T paragraph #a emphasis #b #c bullet_list list_item paragraph #d";
        assertEquals(expected, names(root.traverse()));
        List<Node> walked = new ArrayList<>();
        root.walk(walked::add);
        assertEquals(expected, names(walked));
    }

    @Test
    void findAllSkipsTextsAndKeepsOrder() {
        Element root = sample();
        assertEquals("section title paragraph emphasis bullet_list list_item paragraph",
                names(root.findAll(e -> true)));
        assertEquals("paragraph paragraph", names(root.findAll(NodeType.PARAGRAPH)));
        assertEquals("emphasis", names(root.findAll(e -> e.tagname().startsWith("emph"))));
    }

    @Test
    void searchesSeeElementsAddedRemovedAndCopied() {
        Element root = sample();
        Element paragraph = (Element) root.child(1);
        paragraph.removeAt(1); // the emphasis: the paragraph now holds texts only
        assertEquals("", names(root.findAll(NodeType.EMPHASIS)));
        paragraph.insert(0, Element.text(NodeType.STRONG, "", "s"));
        paragraph.add(Element.text(NodeType.EMPHASIS, "", "e"));
        assertEquals("strong", names(root.findAll(NodeType.STRONG)));
        assertEquals("emphasis", names(root.deepCopy().findAll(NodeType.EMPHASIS)));
        Element moved = (Element) paragraph.child(0);
        root.add(moved); // taken from the paragraph by setup
        assertEquals("strong", names(root.findAll(NodeType.STRONG)));
        assertEquals("emphasis", names(paragraph.findAll(NodeType.EMPHASIS)));
        assertEquals("", names(paragraph.findAll(NodeType.STRONG)));
        paragraph.clearChildren();
        assertEquals("paragraph", names(paragraph.findAll(e -> true)));
    }

    @Test
    void aVisitorMayChangeTheChildrenOfTheNodeItVisits() {
        Element root = sample();
        List<Node> walked = new ArrayList<>();
        root.walk(node -> {
            walked.add(node);
            if (node instanceof Element e && e.type() == NodeType.LIST_ITEM) {
                e.add(Element.text(NodeType.PARAGRAPH, "", "new"));
            }
        });
        assertEquals("section title #T paragraph #a emphasis #b #c bullet_list list_item paragraph #d paragraph #new",
                names(walked));
    }
}
