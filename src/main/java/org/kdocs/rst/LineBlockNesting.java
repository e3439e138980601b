package org.kdocs.rst;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Nests the lines of a line block by indentation (docutils
 * states.Body.nest_line_block_lines and nest_line_block_segment): lines
 * indented more than the least indented ones of a segment go into a nested
 * line block. Used by the block parser and by the line-block directive.
 */
public final class LineBlockNesting {
    private LineBlockNesting() {
    }

    /**
     * Nests the lines of a finished block by their indents; a line without one (blank) takes the
     * indent of the line before it, the first line 0. Consumes the block's entries of the map.
     */
    public static void nest(Element block, Map<Element, Integer> indentsByLine) {
        List<Element> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (Node child : block.children()) {
            Element line = (Element) child;
            Integer indent = indentsByLine.remove(line);
            if (indent == null) {
                indent = indents.isEmpty() ? 0 : indents.get(indents.size() - 1);
            }
            lines.add(line);
            indents.add(indent);
        }
        if (lines.isEmpty()) {
            return;
        }
        block.clearChildren();
        nestSegment(block, lines, indents);
    }

    // Iterative over segments: a work list instead of recursion keeps deep indentation off the stack.
    private static void nestSegment(Element target, List<Element> lines, List<Integer> indents) {
        record Work(Element target, List<Element> lines, List<Integer> indents) {
        }
        ArrayDeque<Work> work = new ArrayDeque<>();
        work.push(new Work(target, lines, indents));
        while (!work.isEmpty()) {
            Work w = work.pop();
            int least = w.indents().stream().mapToInt(Integer::intValue).min().orElse(0);
            List<Element> segment = new ArrayList<>();
            List<Integer> segmentIndents = new ArrayList<>();
            for (int i = 0; i <= w.lines().size(); i++) {
                boolean end = i == w.lines().size();
                if (!end && w.indents().get(i) > least) {
                    segment.add(w.lines().get(i));
                    segmentIndents.add(w.indents().get(i));
                    continue;
                }
                if (!segment.isEmpty()) {
                    Element nested = new Element(NodeType.LINE_BLOCK);
                    w.target().add(nested);
                    work.push(new Work(nested, segment, segmentIndents));
                    segment = new ArrayList<>();
                    segmentIndents = new ArrayList<>();
                }
                if (!end) {
                    w.target().add(w.lines().get(i));
                }
            }
        }
    }
}
