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
        // PyText.splitlines, written straight into the output: the writer prints every text node
        // (over a char array, which costs less per character than String.charAt on non-Latin-1 text)
        char[] text = astext().toCharArray();
        int start = 0;
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (PyText.isLineBreak(c)) {
                appendIndent(out, indent, level);
                out.append(text, start, i - start).append('\n');
                if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            appendIndent(out, indent, level);
            out.append(text, start, n - start).append('\n');
        }
    }

    @Override
    public String toString() {
        return "#text: " + text;
    }
}
