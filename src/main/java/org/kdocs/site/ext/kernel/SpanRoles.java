package org.kdocs.site.ext.kernel;

import java.util.List;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.inline.Role;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.NodeType;

/** The cspan and rspan roles of rstFlatTable.py: a marker node carrying the number of extra columns or rows. */
public final class SpanRoles {
    /** Extra columns a flat-table cell spans: attribute span. */
    public static final NodeType COL_SPAN = NodeType.define("colSpan", Category.INLINE);
    /** Extra rows a flat-table cell spans: attribute span. */
    public static final NodeType ROW_SPAN = NodeType.define("rowSpan", Category.INLINE);

    private SpanRoles() {
    }

    /** The cspan role. */
    public static Role cspan() {
        return span(COL_SPAN);
    }

    /** The rspan role. */
    public static Role rspan() {
        return span(ROW_SPAN);
    }

    private static Role span(NodeType type) {
        return (name, raw, text, line, context, options, content) -> {
            String value = Escapes.unescape(text).strip();
            int span;
            try {
                span = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                Element message = context.reporter().error(
                        "The :" + name + ": role needs a number of cells, not \"" + value + "\".", line);
                Element problem = context.problematic(raw, raw, message);
                return new InlineResult(List.of(problem), List.of(message));
            }
            Element node = new Element(type);
            node.set("span", span);
            return new InlineResult(List.of(node), List.of());
        };
    }
}
