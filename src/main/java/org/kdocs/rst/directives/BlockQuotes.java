package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.BlockQuoteAttribution;
import org.kdocs.rst.InlineResult;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Block quotes with attributions from indented lines (docutils
 * states.Body.block_quote and parse_attribution; the attribution is found by
 * {@link BlockQuoteAttribution}), for the epigraph, highlights and pull-quote
 * directives: a "--", "---" or em-dash line after a blank line ends one
 * quote with its attribution, and more quotes may follow.
 */
final class BlockQuotes {
    private BlockQuotes() {
    }

    static List<Node> parse(DirectiveContext context, SourceLines indented, int lineOffset) {
        List<Node> elements = new ArrayList<>();
        SourceLines rest = indented;
        int offset = lineOffset;
        while (!rest.isEmpty()) {
            Element quote = new Element(NodeType.BLOCK_QUOTE, rest.text());
            var where = context.sourceAndLine(offset + 1);
            quote.setSource(where.source());
            if (where.line() != null) {
                quote.setLine(where.line());
            }
            Split split = split(rest, offset);
            context.nestedParse(split.quote(), offset, quote);
            elements.add(quote);
            if (split.attribution() != null) {
                int lineno = 1 + offset + split.attributionOffset();
                String text = PyText.rstrip(split.attribution().text());
                InlineResult parsed = context.inlineText(text, lineno);
                Element attribution = new Element(NodeType.ATTRIBUTION, text);
                attribution.addAll(parsed.nodes());
                var at = context.sourceAndLine(lineno);
                attribution.setSource(at.source());
                if (at.line() != null) {
                    attribution.setLine(at.line());
                }
                quote.add(attribution);
                elements.addAll(parsed.messages());
                rest = split.rest();
                offset = split.restOffset();
            } else {
                rest = new SourceLines();
            }
            while (!rest.isEmpty() && rest.get(0).isEmpty()) {
                rest = rest.slice(1, rest.size());
                offset++;
            }
        }
        return elements;
    }

    private record Split(SourceLines quote, SourceLines attribution, int attributionOffset, SourceLines rest,
            int restOffset) {
    }

    private static Split split(SourceLines indented, int lineOffset) {
        BlockQuoteAttribution found = BlockQuoteAttribution.find(indented);
        if (found == null) {
            return new Split(indented, null, 0, null, 0);
        }
        return new Split(indented.slice(0, found.start()), found.lines(indented), found.start(),
                indented.slice(found.end(), indented.size()), lineOffset + found.end());
    }
}
