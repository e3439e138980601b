package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.rst.blocks.table.GridTableParser;
import org.kdocs.rst.blocks.table.SimpleTableParser;
import org.kdocs.rst.blocks.table.TableBuilder;
import org.kdocs.rst.blocks.table.TableMarkupError;
import org.kdocs.rst.blocks.table.TableStructure;
import org.kdocs.source.DisplayWidth;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Severity;

/**
 * Cuts grid and simple tables out of the input and turns them into table
 * elements or "Malformed table." errors (docutils Body.table_top, table,
 * isolate_grid_table, isolate_simple_table, malformed_table).
 */
final class TableBlocks {
    /** Placed after each wide character so that columns line up in code units. */
    private static final char PAD = '\u0000';

    /** The two table syntaxes (docutils grid_table_top and simple_table_top). */
    enum Kind { GRID, SIMPLE }

    private record Isolated(SourceLines block, List<Element> messages, boolean blankFinish) {
    }

    private final BodyState state;
    private final LineMachine sm;

    private TableBlocks(BodyState state) {
        this.state = state;
        this.sm = state.sm;
    }

    static Transition.Step tableTop(BodyState state, Kind kind) {
        boolean grid = kind == Kind.GRID;
        TableBlocks tables = new TableBlocks(state);
        Isolated isolated = grid ? tables.isolateGrid() : tables.isolateSimple();
        List<Element> nodes = new ArrayList<>();
        if (isolated.block() != null) {
            SourceLines block = isolated.block();
            try {
                TableStructure structure = grid ? new GridTableParser().parse(block)
                        : new SimpleTableParser().parse(block);
                int tableLine = state.sm.absLineNumber() - block.size() + 1;
                nodes.add(new TableBuilder(new BlockDirectiveContext(state)).build(structure, tableLine));
            } catch (TableMarkupError error) {
                nodes.addAll(tables.malformed(block, error.getMessage(), Math.max(0, error.offset())));
            }
        }
        nodes.addAll(isolated.messages());
        state.parent.addAll(nodes);
        if (!isolated.blankFinish()) {
            state.parent.add(state.reporter.warning("Blank line required after table.", tables.sm.absLineNumber() + 1));
        }
        return State.go(state.name());
    }

    private Isolated isolateGrid() {
        List<Element> messages = new ArrayList<>();
        boolean blankFinish = true;
        SourceLines block;
        try {
            block = sm.getFlushLeftTextBlock();
        } catch (LineMachine.UnexpectedIndentation error) {
            block = error.block;
            messages.add(state.reporter.messageWithSource(Severity.ERROR, "Unexpected indentation.", error.source,
                    error.line));
            blankFinish = false;
        }
        block = block.copy();
        padDoubleWidth(block);
        int width = PyText.strip(block.get(0)).length();
        for (int i = 0; i < block.size(); i++) {
            block.set(i, PyText.strip(block.get(i)));
            char first = block.get(i).isEmpty() ? ' ' : block.get(i).charAt(0);
            if (first != '+' && first != '|') {
                blankFinish = false;
                sm.previousLine(block.size() - i);
                block.remove(i, block.size());
                break;
            }
        }
        if (block.isEmpty() || !BlockMarkers.GRID_TABLE_TOP.matcher(block.get(block.size() - 1)).lookingAt()) {
            blankFinish = false;
            boolean found = false;
            for (int i = block.size() - 2; i > 1; i--) {
                if (BlockMarkers.GRID_TABLE_TOP.matcher(block.get(i)).lookingAt()) {
                    sm.previousLine(block.size() - i + 1);
                    block.remove(i + 1, block.size());
                    found = true;
                    break;
                }
            }
            if (!found) {
                messages.addAll(malformed(block, "", 0));
                return new Isolated(null, messages, blankFinish);
            }
        }
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            char last = line.isEmpty() ? ' ' : line.charAt(line.length() - 1);
            if (line.length() != width || (last != '+' && last != '|')) {
                messages.addAll(malformed(block, "", 0));
                return new Isolated(null, messages, blankFinish);
            }
        }
        return new Isolated(block, messages, blankFinish);
    }

    private Isolated isolateSimple() {
        int start = sm.lineOffset;
        int limit = sm.size() - 1;
        int topLength = PyText.strip(sm.get(start)).length();
        int found = 0;
        int foundAt = -1;
        int end = -1;
        int i = start + 1;
        while (i <= limit) {
            String line = sm.get(i);
            if (BlockMarkers.SIMPLE_TABLE_BORDER.matcher(line).lookingAt()) {
                if (PyText.strip(line).length() != topLength) {
                    sm.nextLine(i - start);
                    List<Element> messages = malformed(sm.slice(start, i + 1),
                            "Bottom/header table border does not match top border.", 0);
                    return new Isolated(null, messages, i == limit || PyText.isBlank(sm.get(i + 1)));
                }
                found++;
                foundAt = i;
                if (found == 2 || i == limit || PyText.isBlank(sm.get(i + 1))) {
                    end = i;
                    break;
                }
            }
            i++;
        }
        if (end < 0) {
            String extra;
            SourceLines block;
            if (found > 0) {
                extra = " or no blank line after table bottom";
                sm.nextLine(foundAt - start);
                block = sm.slice(start, foundAt + 1);
            } else {
                extra = "";
                sm.nextLine(i - start - 1);
                block = sm.slice(start, sm.size());
            }
            List<Element> messages = malformed(block, "No bottom table border found" + extra + ".", 0);
            return new Isolated(null, messages, extra.isEmpty());
        }
        sm.nextLine(end - start);
        SourceLines block = sm.slice(start, end + 1);
        padDoubleWidth(block);
        return new Isolated(block, List.of(), end == limit || PyText.isBlank(sm.get(end + 1)));
    }

    private List<Element> malformed(SourceLines block, String detail, int offset) {
        List<String> cleaned = new ArrayList<>();
        for (String line : block.lines()) {
            cleaned.add(line.replace(String.valueOf(PAD), ""));
        }
        String data = String.join("\n", cleaned);
        String message = "Malformed table." + (detail == null || detail.isEmpty() ? "" : "\n" + detail);
        int startLine = sm.absLineNumber() - block.size() + 1;
        return List.of(state.reporter.error(message, startLine + offset, State.literalBlock(data)));
    }

    private static void padDoubleWidth(SourceLines block) {
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (!DisplayWidth.hasWideOrCombining(line)) {
                continue;
            }
            StringBuilder out = new StringBuilder();
            for (int j = 0; j < line.length(); ) {
                int c = line.codePointAt(j);
                out.appendCodePoint(c);
                if (DisplayWidth.isWide(c)) {
                    out.append(PAD);
                }
                j += Character.charCount(c);
            }
            block.set(i, out.toString());
        }
    }
}
