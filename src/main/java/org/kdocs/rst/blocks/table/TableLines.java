package org.kdocs.rst.blocks.table;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.source.DisplayWidth;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.PyText;

/**
 * Column-level helpers shared by the table parsers: lines as code-point
 * arrays (docutils indexes characters, not UTF-16 units), the NUL padding
 * after East Asian wide characters (docutils StringList.pad_double_width)
 * and cutting a rectangle out of the block (StringList.get_2D_block).
 */
final class TableLines {
    /** Follows each double-width character so that one character fills one column. */
    static final int PAD = 0;

    private TableLines() {
    }

    /**
     * A copy of the block with a NUL after every wide or fullwidth character,
     * unless the caller has padded it already (it then holds NULs).
     */
    static SourceLines padded(SourceLines block) {
        SourceLines copy = block.copy();
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).indexOf('\0') >= 0) {
                return copy;
            }
        }
        for (int i = 0; i < copy.size(); i++) {
            String line = copy.get(i);
            StringBuilder out = new StringBuilder(line.length() + 8);
            line.codePoints().forEach(c -> {
                out.appendCodePoint(c);
                if (DisplayWidth.isWide(c)) {
                    out.append('\0');
                }
            });
            copy.set(i, out.toString());
        }
        return copy;
    }

    static int[] codePoints(String line) {
        return line.codePoints().toArray();
    }

    /** Python's {@code s[from:to]} on code points, with Python's clamping. */
    static String slice(int[] cps, int from, int to) {
        int n = cps.length;
        int start = clamp(from < 0 ? n + from : from, n);
        int end = clamp(to < 0 ? n + to : to, n);
        return end <= start ? "" : new String(cps, start, end - start);
    }

    private static int clamp(int index, int n) {
        return Math.max(0, Math.min(index, n));
    }

    static boolean isCombining(int c) {
        return com.ibm.icu.lang.UCharacter.getCombiningClass(c) != 0;
    }

    static String stripCombining(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().filter(c -> !isCombining(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The rectangle of lines [top, bottom) and columns [left, right), right
     * stripped and with common indentation removed, without the NUL padding.
     * Column positions skip combining characters; like docutils, a position
     * translated for one line carries over to the next.
     */
    static SourceLines rectangle(SourceLines block, int top, int left, int bottom, int right) {
        SourceLines cell = block.slice(top, bottom);
        int indent = right;
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < cell.size(); i++) {
            int[] cps = codePoints(cell.get(i));
            List<Integer> columns = columnIndices(cps);
            left = left < columns.size() ? columns.get(left) : left + cps.length - columns.size();
            right = right < columns.size() ? columns.get(right) : right + cps.length - columns.size();
            String line = PyText.rstrip(slice(cps, left, right));
            cut.add(line);
            if (!line.isEmpty()) {
                indent = Math.min(indent, PyText.len(line) - PyText.len(PyText.lstrip(line)));
            }
        }
        for (int i = 0; i < cut.size(); i++) {
            String line = cut.get(i);
            if (0 < indent && indent < right) {
                line = slice(codePoints(line), indent, Integer.MAX_VALUE);
            }
            cell.set(i, line.replace("\0", ""));
        }
        return cell;
    }

    private static List<Integer> columnIndices(int[] cps) {
        List<Integer> result = new ArrayList<>(cps.length);
        for (int i = 0; i < cps.length; i++) {
            if (!isCombining(cps[i])) {
                result.add(i);
            }
        }
        return result;
    }
}
