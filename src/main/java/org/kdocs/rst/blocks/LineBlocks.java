package org.kdocs.rst.blocks;

import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.LineBlockNesting;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Lines of a line block (docutils Body.line_block_line). The indent of each
 * line is kept aside while the block is read, since it is no attribute, for
 * {@link LineBlockNesting} to nest the finished block.
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
}
