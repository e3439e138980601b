package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.kdocs.rst.InlineResult;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Lines of a line block and their nesting by indentation (docutils
 * Body.line_block_line and nest_line_block_lines). The indent of each line
 * is kept aside while the block is read, since it is no attribute.
 */
final class LineBlocks {
    record LineResult(Element line, List<Element> messages, boolean blankFinish) {
    }

    private LineBlocks() {
    }

    static LineResult line(State state, Matcher match, int lineno) {
        String original = state.sm.line;
        LineMachine.Indented indented = state.sm.getFirstKnownIndented(match.end(),
                LineMachine.IndentOptions.DEFAULTS.stoppingAtBlank());
        String text = indented.lines().text();
        InlineResult inline = state.inlineText(text, lineno);
        Element line = new Element(NodeType.LINE, text);
        line.addAll(inline.nodes());
        if (!PyText.rstrip(original).equals("|")) {
            state.memo.lineIndents.put(line, match.group(1).length() - 1);
        } else {
            state.memo.lineIndents.put(line, null);
        }
        return new LineResult(line, inline.messages(), indented.blankFinish());
    }

    /** Nests the lines of a finished block by indentation. */
    static void nest(Element block, Map<Element, Integer> indentsByLine) {
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
        java.util.ArrayDeque<Work> work = new java.util.ArrayDeque<>();
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
