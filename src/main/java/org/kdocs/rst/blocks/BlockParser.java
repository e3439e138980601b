package org.kdocs.rst.blocks;

import org.kdocs.rst.RstSettings;
import org.kdocs.rst.directives.DirectiveRegistry;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Text;

/**
 * Entry point of block-level parsing (docutils RSTStateMachine.run).
 * Bootstrap version: splits the input into paragraphs only; the state
 * machine replaces it.
 */
public final class BlockParser {
    private final RstSettings settings;
    private final DirectiveRegistry directives;

    public BlockParser(RstSettings settings, DirectiveRegistry directives) {
        this.settings = settings;
        this.directives = directives;
    }

    public void parse(SourceLines lines, Document document) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || PyText.isBlank(lines.get(i));
            if (!blank) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(lines.get(i));
            } else if (text.length() > 0) {
                Element paragraph = new Element(NodeType.PARAGRAPH, text.toString());
                paragraph.add(new Text(text.toString()));
                document.add(paragraph);
                text.setLength(0);
            }
        }
    }
}
