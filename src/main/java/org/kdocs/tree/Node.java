package org.kdocs.tree;

/**
 * A node of the document tree: either {@link Text} or an {@link Element}.
 * Mirrors docutils.nodes.Node; every node remembers the source and line it
 * came from (null / 0 when unknown), which messages and writers report.
 */
public abstract sealed class Node permits Text, Element {
    Element parent;
    private String source;
    private int line;

    public Element parent() {
        return parent;
    }

    public String source() {
        return source;
    }

    /** One-based line number in {@link #source()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public void setLine(int line) {
        this.line = line;
    }

    /** Copies source and line from another node. */
    public void setOrigin(Node other) {
        this.source = other.source;
        this.line = other.line;
    }

    /** The document this node belongs to, or null while it is detached. */
    public Document document() {
        Node node = this;
        while (node.parent != null) {
            node = node.parent;
        }
        return node instanceof Document d ? d : null;
    }

    /** Plain text content, with backslash-escape markers removed (docutils astext()). */
    public abstract String astext();

    /** A copy of this node and all its descendants, detached from any parent. */
    public abstract Node deepCopy();

    /** Appends this node in docutils' pseudo-XML form to {@code out}. */
    abstract void pformat(StringBuilder out, String indent, int level);

    private static final String STANDARD_INDENT = "    ";
    // pformat's indentation for the first levels, made once: the writer indents every line it prints
    private static final String[] STANDARD_INDENTS = new String[32];

    static {
        for (int level = 0; level < STANDARD_INDENTS.length; level++) {
            STANDARD_INDENTS[level] = STANDARD_INDENT.repeat(level);
        }
    }

    static void appendIndent(StringBuilder out, String indent, int level) {
        if (level < STANDARD_INDENTS.length && indent.equals(STANDARD_INDENT)) {
            out.append(STANDARD_INDENTS[level]);
            return;
        }
        for (int i = 0; i < level; i++) {
            out.append(indent);
        }
    }

    /** This node in docutils' pseudo-XML form, as docutils' pformat() prints it. */
    public final String pformat() {
        StringBuilder out = new StringBuilder();
        pformat(out, "    ", 0);
        return out.toString();
    }

    /** Source and line of this node or, when it has none, of its nearest ancestor that has. */
    public Node locatedAncestor() {
        Node node = this;
        while (node != null && node.line == 0) {
            node = node.parent;
        }
        return node;
    }

    /** Removes this node from its parent, if it has one. */
    public void detach() {
        if (parent != null) {
            parent.remove(this);
        }
    }
}
