package org.kdocs.source;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.PyText;

/**
 * Lines of text, each remembering the source and zero-based line offset it
 * came from (docutils.statemachine.StringList). Included files, directive
 * content and table cells are all slices of these, so a message anywhere can
 * name the original file and line.
 */
public final class SourceLines {
    /** Where one line came from: a source name and a zero-based line offset. */
    public record Origin(String source, int offset) {
    }

    private final List<String> lines;
    private final List<Origin> origins;
    // A slice remembers where it was cut from: lines inserted into it (an
    // include inside a nested parse) are inserted into its parent too, as
    // docutils' ViewList does, so the enclosing parse sees them.
    private final SourceLines parent;
    private final int parentOffset;

    public SourceLines() {
        this(new ArrayList<>(), new ArrayList<>(), null, 0);
    }

    private SourceLines(List<String> lines, List<Origin> origins, SourceLines parent, int parentOffset) {
        this.lines = lines;
        this.origins = origins;
        this.parent = parent;
        this.parentOffset = parentOffset;
    }

    /** Lines of one source, numbered from {@code firstOffset}. */
    public static SourceLines of(List<String> lines, String source, int firstOffset) {
        SourceLines result = new SourceLines();
        for (int i = 0; i < lines.size(); i++) {
            result.add(lines.get(i), new Origin(source, firstOffset + i));
        }
        return result;
    }

    /**
     * Splits text into lines as docutils' string2lines does for the parser:
     * vertical tab and form feed become spaces, tabs are expanded to
     * {@code tabWidth} columns, trailing white space is removed.
     */
    public static List<String> string2lines(String text, int tabWidth) {
        String converted = text.replace('\u000b', ' ').replace('\f', ' ');
        List<String> result = new ArrayList<>();
        for (String line : PyText.splitlines(converted)) {
            result.add(PyText.rstrip(expandTabs(line, tabWidth)));
        }
        return result;
    }

    /** Python's str.expandtabs(tabWidth) for a single line. */
    public static String expandTabs(String line, int tabWidth) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length() + 16);
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                if (tabWidth > 0) {
                    int spaces = tabWidth - (column % tabWidth);
                    out.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                out.append(c);
                column = (c == '\n' || c == '\r') ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    public int size() {
        return lines.size();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public String get(int index) {
        return lines.get(index);
    }

    public void set(int index, String line) {
        lines.set(index, line);
    }

    public Origin origin(int index) {
        return origins.get(index);
    }

    public String source(int index) {
        return origins.get(index).source();
    }

    /** Zero-based line offset in its source. */
    public int offset(int index) {
        return origins.get(index).offset();
    }

    public void add(String line, Origin origin) {
        lines.add(line);
        origins.add(origin);
    }

    public void addAll(SourceLines other) {
        lines.addAll(other.lines);
        origins.addAll(other.origins);
    }

    /** Inserts other's lines before index, in this list and in the lists it was sliced from. */
    public void insert(int index, SourceLines other) {
        List<String> newLines = List.copyOf(other.lines);
        List<Origin> newOrigins = List.copyOf(other.origins);
        for (SourceLines list = this; list != null; list = list.parent) {
            list.lines.addAll(index, newLines);
            list.origins.addAll(index, newOrigins);
            index += list.parentOffset;
        }
    }

    public void remove(int from, int to) {
        lines.subList(from, to).clear();
        origins.subList(from, to).clear();
    }

    /** Lines [from, to) as a new list linked to this one: insertions into it also reach this list. */
    public SourceLines slice(int from, int to) {
        return new SourceLines(new ArrayList<>(lines.subList(from, to)), new ArrayList<>(origins.subList(from, to)),
                this, from);
    }

    /** An independent copy: nothing done to it reaches this list. */
    public SourceLines copy() {
        return new SourceLines(new ArrayList<>(lines), new ArrayList<>(origins), null, 0);
    }

    /** The plain lines, read-only. */
    public List<String> lines() {
        return java.util.Collections.unmodifiableList(lines);
    }

    /** Removes {@code n} characters from the start of each line in [from, to) (trim_left). */
    public void trimLeft(int n, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            lines.set(i, line.length() <= n ? "" : line.substring(n));
        }
    }

    /** The lines joined with newlines. */
    public String text() {
        return String.join("\n", lines);
    }
}
