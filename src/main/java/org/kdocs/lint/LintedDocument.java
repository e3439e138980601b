package org.kdocs.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as the linter sees it: the name used in findings, the exact
 * text, its lines without terminators, and the lines as docutils' parser
 * sees them (string2lines: tabs expanded to 8 columns, trailing whitespace
 * removed, a leading BOM dropped as Sphinx's utf-8-sig decoding does).
 */
public record LintedDocument(String name, String text, List<String> rawLines, List<String> lines) {

    public static LintedDocument of(String name, String text) {
        List<String> raw = splitLines(text);
        List<String> view = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            view.add(rstrip(expandTabs(line)));
        }
        return new LintedDocument(name, text, List.copyOf(raw), List.copyOf(view));
    }

    /** Lines split at LF; a CR before the LF is kept out of the line (it is restored by fixes). */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                int spaces = 8 - col % 8;
                out.append(" ".repeat(spaces));
                col += spaces;
            } else {
                out.appendCodePoint(c);
                col++;
            }
        }
        return out.toString();
    }

    /** Python's str.rstrip(): removes trailing Unicode whitespace as Python defines it. */
    static String rstrip(String line) {
        int end = line.length();
        while (end > 0 && isPySpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    static boolean isPySpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == '\u0085'
                || Character.isSpaceChar(c) && c != '\u200b';
    }

    /** Number of leading spaces of a docutils-view line. */
    public static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
