package org.kdocs.site;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.source.highlight.Highlighter;
import org.kdocs.source.highlight.HighlightToken;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Server-side syntax highlighting, as Sphinx's Pygments step: literal blocks
 * with a covered language get their text split into {@code inline} tokens
 * whose classes are Pygments' long token names, the shape docutils' own
 * {@code code} directive produces, so the HTML writer needs no highlighter.
 */
final class CodeHighlighting {
    private CodeHighlighting() {
    }

    static void apply(Document document) {
        for (Element block : document.findAll(NodeType.LITERAL_BLOCK)) {
            highlight(block);
            CodeLines.apply(block);
        }
    }

    private static void highlight(Element block) {
        String language = block.getString("language");
        if (language == null || !plainText(block)) {
            return;
        }
        List<HighlightToken> tokens = Highlighter.tokens(language, block.astext());
        if (tokens == null) {
            return;
        }
        List<Node> spans = new ArrayList<>();
        for (HighlightToken token : tokens) {
            if (token.classes().isEmpty()) {
                spans.add(new Text(token.text()));
            } else {
                Element inline = Element.of(NodeType.INLINE, new Text(token.text()));
                inline.classes().addAll(token.classes());
                spans.add(inline);
            }
        }
        block.clearChildren();
        spans.forEach(block::add);
        if (!block.classes().contains("highlight")) {
            block.classes().add("highlight");
        }
    }

    /** Only unmarked code is highlighted; blocks that already carry tokens or emphasis keep them. */
    private static boolean plainText(Element block) {
        for (Node child : block.children()) {
            if (!(child instanceof Text)) {
                return false;
            }
        }
        return !block.children().isEmpty();
    }
}
