package org.kdocs.tree;

/**
 * A leaf holding text (docutils.nodes.Text). The text may keep backslash
 * escapes as NUL markers ({@code \u0000}), exactly as docutils' inliner leaves
 * them; {@link #astext()} removes them.
 */
public final class Text extends Node {
    private final String text;

    public Text(String text) {
        this.text = text;
    }

    /** The stored text, escape markers included. */
    public String raw() {
        return text;
    }

    @Override
    public String astext() {
        return Escapes.unescape(text);
    }

    @Override
    public Text deepCopy() {
        Text copy = new Text(text);
        copy.setOrigin(this);
        return copy;
    }

    @Override
    void pformat(StringBuilder out, String indent, int level) {
        String prefix = indent.repeat(level);
        for (String line : PyText.splitlines(astext())) {
            out.append(prefix).append(line).append('\n');
        }
    }

    @Override
    public String toString() {
        return "#text: " + text;
    }
}
