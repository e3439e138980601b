package org.kdocs.rst;

import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;

/**
 * What parsing a piece of inline text yields, as docutils' Inliner.parse
 * returns it: the inline nodes, and separately the system messages, which
 * the caller places after the text element that holds the nodes.
 */
public record InlineResult(List<Node> nodes, List<Element> messages) {
    public InlineResult {
        nodes = List.copyOf(nodes);
        messages = List.copyOf(messages);
    }
}
