package org.kdocs.rst;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.PyText;

/**
 * The attribution that ends a block quote (docutils states.Body.split_attribution
 * and check_attribution): after a blank line, a line starting with "--", "---" or
 * an em dash, and the evenly indented lines after it up to a blank line. Used by
 * the block parser and by the epigraph, highlights and pull-quote directives.
 *
 * @param start     the attribution's first line
 * @param end       the line after its last one
 * @param markerEnd where the dash marker and its spaces end on the first line
 * @param indent    the common indent of the other lines
 */
public record BlockQuoteAttribution(int start, int end, int markerEnd, int indent) {
    private static final Pattern MARKER = Pattern.compile("(---?(?!-)|\u2014) *(?=[^ \\n])");

    /** The attribution in a block quote's lines, or null. */
    public static BlockQuoteAttribution find(SourceLines indented) {
        int blank = -2;
        boolean nonblankSeen = false;
        for (int i = 0; i < indented.size(); i++) {
            String text = PyText.rstrip(indented.get(i));
            if (text.isEmpty()) {
                blank = i;
                continue;
            }
            if (nonblankSeen && blank == i - 1) {
                Matcher match = MARKER.matcher(text);
                if (match.lookingAt()) {
                    BlockQuoteAttribution found = shape(indented, i, match.end());
                    if (found != null) {
                        return found;
                    }
                }
            }
            nonblankSeen = true;
        }
        return null;
    }

    /** The attribution starting at start, or null when its lines are unevenly indented. */
    private static BlockQuoteAttribution shape(SourceLines indented, int start, int markerEnd) {
        Integer indent = null;
        int i = start + 1;
        for (; i < indented.size(); i++) {
            String text = PyText.rstrip(indented.get(i));
            if (text.isEmpty()) {
                break;
            }
            int lineIndent = text.length() - PyText.lstrip(text).length();
            if (indent == null) {
                indent = lineIndent;
            } else if (lineIndent != indent) {
                return null;
            }
        }
        return new BlockQuoteAttribution(start, i, markerEnd, indent == null ? 0 : indent);
    }

    /** The attribution's lines: the first after its marker, the others without their indent. */
    public SourceLines lines(SourceLines indented) {
        SourceLines lines = indented.slice(start, end);
        lines.trimLeft(markerEnd, 0, 1);
        lines.trimLeft(indent, 1, lines.size());
        return lines;
    }
}
