package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Line numbers and emphasised lines of a code block, in the shape Sphinx's
 * Pygments HTML formatter gives them with inline line numbers: a
 * {@code span.linenos} before each line, and {@code span.hll} around each
 * line listed in {@code emphasize-lines}.
 */
final class CodeLines {
    private CodeLines() {
    }

    /** Applies the block's {@code linenos}, {@code linenostart} and {@code hl_lines} attributes. */
    static void apply(Element block) {
        boolean linenos = Boolean.TRUE.equals(block.get("linenos"));
        List<String> emphasized = block.list("hl_lines");
        if (!linenos && emphasized.isEmpty()) {
            return;
        }
        List<List<Node>> lines = splitLines(block.children());
        int start = block.get("linenostart") instanceof Integer n ? n : 1;
        int width = String.valueOf(start + lines.size() - 1).length();
        block.clearChildren();
        for (int i = 0; i < lines.size(); i++) {
            if (linenos) {
                String number = String.valueOf(start + i);
                Element span = Element.text(NodeType.INLINE, "", " ".repeat(width - number.length()) + number);
                span.classes().add("linenos");
                block.add(span);
            }
            List<Node> line = new ArrayList<>(lines.get(i));
            if (i + 1 < lines.size()) {
                line.add(new Text("\n"));
            }
            if (emphasized.contains(String.valueOf(i + 1))) {
                Element hll = new Element(NodeType.INLINE);
                hll.classes().add("hll");
                hll.addAll(line);
                block.add(hll);
            } else {
                line.forEach(block::add);
            }
        }
    }

    // splits text and one-level inline tokens at newlines; the newlines themselves are dropped
    private static List<List<Node>> splitLines(List<Node> children) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node child : List.copyOf(children)) {
            String text = child.astext();
            if (!text.contains("\n")) {
                current.add(child);
                continue;
            }
            String[] pieces = text.split("\n", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (!pieces[p].isEmpty()) {
                    current.add(copyWithText(child, pieces[p]));
                }
                if (p + 1 < pieces.length) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        lines.add(current);
        return lines;
    }

    private static Node copyWithText(Node original, String text) {
        if (original instanceof Element e) {
            Element copy = Element.text(e.type(), "", text);
            copy.classes().addAll(e.classes());
            return copy;
        }
        return new Text(text);
    }
}
