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

    public SourceLines() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    private SourceLines(List<String> lines, List<Origin> origins) {
        this.lines = lines;
        this.origins = origins;
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
        // one pass, one substring per plain line; vertical tab and form feed are not line breaks
        // here (they become spaces first), so they and tabs send a line down the slow path
        List<String> result = new ArrayList<>();
        int n = text.length();
        int start = 0;
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\u000b' || c == '\f') {
                plain = false;
            } else if (PyText.isLineBreak(c)) {
                result.add(line(text, start, i, plain, tabWidth));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                plain = true;
            }
        }
        if (start < n) {
            result.add(line(text, start, n, plain, tabWidth));
        }
        return result;
    }

    private static String line(String text, int start, int end, boolean plain, int tabWidth) {
        if (!plain) {
            String converted = text.substring(start, end).replace('\u000b', ' ').replace('\f', ' ');
            return PyText.rstrip(expandTabs(converted, tabWidth));
        }
        while (end > start && PyText.isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
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

    /** Inserts other's lines before index. */
    public void insert(int index, SourceLines other) {
        lines.addAll(index, other.lines);
        origins.addAll(index, other.origins);
    }

    public void remove(int from, int to) {
        lines.subList(from, to).clear();
        origins.subList(from, to).clear();
    }

    /** A copy of lines [from, to). */
    public SourceLines slice(int from, int to) {
        return new SourceLines(new ArrayList<>(lines.subList(from, to)), new ArrayList<>(origins.subList(from, to)));
    }

    public SourceLines copy() {
        return slice(0, size());
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
