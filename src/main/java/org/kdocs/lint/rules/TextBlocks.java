package org.kdocs.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kdocs.lint.LintContext;
import org.kdocs.lint.MarkupScan;
import org.kdocs.lint.LintedDocument;

/**
 * The prose of a document cut into the texts the RST inliner would see one
 * at a time, approximately: a run of prose lines is one paragraph, cut where
 * a list item, a field or a line-block line begins or the indentation
 * changes other than after a list marker; each cell of a grid-table row is
 * a text of its own. Each text keeps its source lines whole (indentation is
 * whitespace to the inliner either way), joined by newlines.
 */
final class TextBlocks {
    private static final Pattern ITEM_START = Pattern.compile(
            "([-+*\u2022]|\\(?(?:[0-9]+|[a-zA-Z#])[.)]|:[^:\\s][^:]*:)( +|$).*");

    /** A part of a source line: 0-based line, and the [from, to) range of its characters. */
    record Piece(int line, int from, int to) {
    }

    /** One text: its pieces in order, joined by '\n' into {@link #text()}. */
    record Block(List<Piece> parts, String text) {
        /** The source piece holding text index {@code index} (the last piece for the text's end). */
        Piece at(int index) {
            int offset = 0;
            for (Piece p : parts) {
                int length = p.to() - p.from();
                if (index <= offset + length) {
                    return new Piece(p.line(), p.from() + index - offset, p.to());
                }
                offset += length + 1;
            }
            Piece last = parts.get(parts.size() - 1);
            return new Piece(last.line(), last.to(), last.to());
        }

        /** The source pieces covering [start, end) of the text. */
        List<Piece> pieces(int start, int end) {
            List<Piece> out = new ArrayList<>();
            int offset = 0;
            for (Piece p : parts) {
                int length = p.to() - p.from();
                int from = Math.max(start, offset);
                int to = Math.min(end, offset + length);
                if (from < to) {
                    out.add(new Piece(p.line(), p.from() + from - offset, p.from() + to - offset));
                }
                offset += length + 1;
            }
            return out;
        }
    }

    private TextBlocks() {
    }

    static List<Block> of(LintContext context) {
        return context.derived("text-blocks", () -> compute(context.doc(), context.scan()));
    }

    /** The texts of the original, when there is one (empty otherwise). */
    static List<Block> ofOriginal(LintContext context) {
        return context.derived("original-text-blocks", () -> context.originalScan()
                .map(scan -> compute(context.original().orElseThrow(), scan)).orElse(List.of()));
    }

    private static List<Block> compute(LintedDocument doc, MarkupScan scan) {
        List<String> raw = doc.rawLines();
        List<String> view = doc.lines();
        List<Block> blocks = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int previous = -2;
        for (int i = 0; i < raw.size(); i++) {
            if (scan.kind(i) != MarkupScan.Kind.PROSE) {
                continue;
            }
            String line = raw.get(i);
            int from = i == 0 && line.startsWith("\uFEFF") ? 1 : 0;
            String stripped = view.get(i).strip();
            if (stripped.startsWith("|") && stripped.endsWith("|") && stripped.length() > 1) {
                flush(current, raw, blocks);
                cells(i, line, blocks, raw);
                previous = -2;
                continue;
            }
            if (previous != i - 1 || startsNew(view.get(previous), view.get(i))) {
                flush(current, raw, blocks);
            }
            current.add(new Piece(i, from, line.length()));
            previous = i;
        }
        flush(current, raw, blocks);
        return List.copyOf(blocks);
    }

    /** True when line {@code next} cannot continue the paragraph whose last line is {@code last}. */
    private static boolean startsNew(String last, String next) {
        String body = next.strip();
        if (body.startsWith("| ") || ITEM_START.matcher(body).matches()) {
            return true;
        }
        int was = LintedDocument.indent(last);
        int now = LintedDocument.indent(next);
        return now != was && !(now > was && ITEM_START.matcher(last.strip()).matches());
    }

    private static void cells(int i, String line, List<Block> blocks, List<String> raw) {
        int bar = line.indexOf('|');
        while (bar >= 0) {
            int next = line.indexOf('|', bar + 1);
            if (next < 0) {
                break;
            }
            flush(new ArrayList<>(List.of(new Piece(i, bar + 1, next))), raw, blocks);
            bar = next;
        }
    }

    private static void flush(List<Piece> pieces, List<String> raw, List<Block> blocks) {
        if (pieces.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            text.append(k > 0 ? "\n" : "").append(raw.get(p.line()), p.from(), p.to());
        }
        blocks.add(new Block(List.copyOf(pieces), text.toString()));
        pieces.clear();
    }
}
