package org.kdocs.interp.exec;

import java.util.HashMap;
import java.util.Map;

import org.kdocs.interp.Origin;

/**
 * Where a source position falls in its function's machine code, for {@code function+0xoff/0xsize}.
 * Instrumented x86-64 code takes roughly one byte per character of C source, so a function takes
 * a 4-byte prologue (endbr64), then one byte per non-blank character of its lines, then its
 * {@code ret}; its symbol size is rounded up to the 16-byte function alignment. Two accesses on
 * one line get different offsets, and a longer function is larger.
 */
final class CodeLayout {
    private static final int PROLOGUE = 4;

    /** First non-blank column and non-blank width of each document line of the example. */
    private record Line(int firstColumn, int width) { }

    private final Map<Integer, Line> lines = new HashMap<>();

    CodeLayout(String source, Origin origin) {
        String[] text = source.split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            String s = text[i].stripTrailing();
            int start = 0;
            while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            int column = origin.firstColumn() + start;
            lines.put(origin.firstLine() + i, new Line(column, s.length() - start));
        }
    }

    /** The symbol size of a function on document lines {@code first} to {@code last}. */
    int size(int first, int last) {
        int bytes = PROLOGUE + span(first, last + 1) + 1;
        return (bytes + 15) / 16 * 16;
    }

    /** The offset of document position {@code line}:{@code column} in a function starting on {@code first}. */
    int offset(int first, int line, int column) {
        Line l = lines.get(line);
        if (l == null || line < first) {
            return 0;
        }
        return PROLOGUE + span(first, line) + Math.max(0, Math.min(column - l.firstColumn(), l.width() - 1));
    }

    private int span(int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            bytes += l == null ? 0 : l.width();
        }
        return bytes;
    }
}
