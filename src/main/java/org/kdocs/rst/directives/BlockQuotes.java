package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.InlineResult;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Block quotes with attributions from indented lines (docutils
 * states.Body.block_quote, split_attribution, check_attribution,
 * parse_attribution), for the epigraph, highlights and pull-quote
 * directives: a "--", "---" or em-dash line after a blank line ends one
 * quote with its attribution, and more quotes may follow.
 */
final class BlockQuotes {
    private static final Pattern ATTRIBUTION = Pattern.compile("(---?(?!-)|\u2014) *(?=[^ \\n])");

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
        Integer blank = null;
        boolean nonblankSeen = false;
        for (int i = 0; i < indented.size(); i++) {
            String line = PyText.rstrip(indented.get(i));
            if (line.isEmpty()) {
                blank = i;
                continue;
            }
            if (nonblankSeen && blank != null && blank == i - 1) {
                Matcher match = ATTRIBUTION.matcher(line);
                if (match.lookingAt()) {
                    AttributionShape shape = attributionShape(indented, i);
                    if (shape != null) {
                        int end = Math.min(shape.end(), indented.size());
                        SourceLines lines = indented.slice(i, end);
                        lines.trimLeft(match.end(), 0, Math.min(1, lines.size()));
                        lines.trimLeft(shape.indent(), 1, lines.size());
                        return new Split(indented.slice(0, i), lines, i, indented.slice(end, indented.size()),
                                lineOffset + shape.end());
                    }
                }
            }
            nonblankSeen = true;
        }
        return new Split(indented, null, 0, null, 0);
    }

    /** Where an attribution's lines end and their common indent (docutils check_attribution's result). */
    private record AttributionShape(int end, int indent) {
    }

    /** The shape of an attribution starting at start, or null when its lines are unevenly indented. */
    private static AttributionShape attributionShape(SourceLines indented, int start) {
        Integer indent = null;
        int i = start + 1;
        boolean ended = false;
        for (; i < indented.size(); i++) {
            String line = PyText.rstrip(indented.get(i));
            if (line.isEmpty()) {
                ended = true;
                break;
            }
            int lineIndent = PyText.len(line) - PyText.len(PyText.lstrip(line));
            if (indent == null) {
                indent = lineIndent;
            } else if (lineIndent != indent) {
                return null;
            }
        }
        if (!ended) {
            // docutils' loop leaves its index on the last line, then steps past it
            i = indented.size() > start + 1 ? indented.size() : start + 2;
        }
        return new AttributionShape(i, indent == null ? 0 : indent);
    }
}
