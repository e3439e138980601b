package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Nests the lines of a line block by indentation (docutils
 * states.Body.nest_line_block_lines and nest_line_block_segment): lines
 * indented more than the least indented ones go into a nested line block.
 * A blank line takes the indentation of the line before it.
 */
final class LineBlocks {
    private LineBlocks() {
    }

    static void nest(Element block, Map<Element, Integer> indents) {
        List<Node> lines = block.children();
        for (int i = 1; i < lines.size(); i++) {
            Element line = (Element) lines.get(i);
            if (!indents.containsKey(line)) {
                indents.put(line, indents.get((Element) lines.get(i - 1)));
            }
        }
        nestSegment(block, indents);
    }

    private static int indentOf(Node item, Map<Element, Integer> indents) {
        Integer indent = indents.get((Element) item);
        return indent == null ? 0 : indent;
    }

    private static void nestSegment(Element block, Map<Element, Integer> indents) {
        List<Node> items = new ArrayList<>(block.children());
        if (items.isEmpty()) {
            return;
        }
        int least = Integer.MAX_VALUE;
        for (Node item : items) {
            least = Math.min(least, indentOf(item, indents));
        }
        List<Node> regrouped = new ArrayList<>();
        Element nested = new Element(NodeType.LINE_BLOCK);
        for (Node item : items) {
            item.detach();
            if (indentOf(item, indents) > least) {
                nested.add(item);
            } else {
                if (!nested.isEmpty()) {
                    nestSegment(nested, indents);
                    regrouped.add(nested);
                    nested = new Element(NodeType.LINE_BLOCK);
                }
                regrouped.add(item);
            }
        }
        if (!nested.isEmpty()) {
            nestSegment(nested, indents);
            regrouped.add(nested);
        }
        block.clearChildren();
        block.addAll(regrouped);
    }
}
