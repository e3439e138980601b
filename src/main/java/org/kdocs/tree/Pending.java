package org.kdocs.tree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A placeholder for work that a transform does later (docutils.nodes.pending):
 * where the result goes, which transform does it, and the data it needs.
 * The transform is named by its docutils name (e.g.
 * {@code docutils.transforms.parts.Contents}), which pseudo-XML prints.
 */
public final class Pending extends Element {
    private final String transform;
    private final Map<String, Object> details;

    public Pending(String transform) {
        this(transform, new LinkedHashMap<>());
    }

    public Pending(String transform, Map<String, Object> details) {
        super(NodeType.PENDING);
        this.transform = transform;
        this.details = details;
    }

    /** The dotted docutils name of the transform that will process this node. */
    public String transform() {
        return transform;
    }

    /** The transform's input; values are strings, numbers, lists, nodes or None. */
    public Map<String, Object> details() {
        return details;
    }

    @Override
    protected Element newInstance() {
        return new Pending(transform, new LinkedHashMap<>(details));
    }

    @Override
    void pformat(StringBuilder out, String indent, int level) {
        super.pformat(out, indent, level);
        String prefix = "    " + indent.repeat(level);
        out.append(prefix).append(".. internal attributes:\n");
        out.append(prefix).append("     .transform: ").append(transform).append('\n');
        out.append(prefix).append("     .details:\n");
        for (Map.Entry<String, Object> entry : new TreeMap<>(details).entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Node node) {
                out.append(prefix).append("       ").append(entry.getKey()).append(":\n");
                appendNode(out, prefix, node);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Node) {
                out.append(prefix).append("       ").append(entry.getKey()).append(":\n");
                for (Object item : list) {
                    appendNode(out, prefix, (Node) item);
                }
            } else {
                out.append(prefix).append("       ").append(entry.getKey()).append(": ")
                        .append(PyRepr.repr(value)).append('\n');
            }
        }
    }

    private static void appendNode(StringBuilder out, String prefix, Node node) {
        for (String line : PyText.splitlines(node.pformat())) {
            out.append(prefix).append("         ").append(line).append('\n');
        }
    }
}
