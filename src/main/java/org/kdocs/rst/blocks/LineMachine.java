package org.kdocs.rst.blocks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;

/**
 * A line-by-line state machine over one block of input lines (docutils
 * statemachine.StateMachineWS with RSTStateMachine / NestedStateMachine).
 * Nested constructs run their own machine over a slice of the lines; line
 * numbers stay absolute through {@code inputOffset}.
 */
final class LineMachine {
    /** An indented block cut from the input (docutils get_indented's tuple). */
    record Indented(SourceLines lines, int indent, int offset, boolean blankFinish) {
    }

    /**
     * The keyword arguments of docutils' get_indented, get_known_indented and get_first_known_indented.
     * {@link #DEFAULTS} are docutils' defaults: the block goes on past blank lines, its indent is
     * stripped, and so are the blank lines at its top (which docutils' first two methods always strip).
     */
    record IndentOptions(boolean untilBlank, boolean stripIndent, boolean stripTop) {
        static final IndentOptions DEFAULTS = new IndentOptions(false, true, true);

        /** The block ends at the first blank line (until_blank=True). */
        IndentOptions stoppingAtBlank() {
            return new IndentOptions(true, stripIndent, stripTop);
        }

        /** The lines keep their indentation (strip_indent=False). */
        IndentOptions keepingIndent() {
            return new IndentOptions(untilBlank, false, stripTop);
        }

        /** Blank lines at the top stay in the block (strip_top=False). */
        IndentOptions keepingTopBlanks() {
            return new IndentOptions(untilBlank, stripIndent, false);
        }
    }

    /** Lines that ended in unexpected indentation, with where it happened. */
    static final class UnexpectedIndentation extends ControlFlow {
        final SourceLines block;
        final String source;
        final int line;

        UnexpectedIndentation(SourceLines block, String source, int line) {
            super("unexpected indentation");
            this.block = block;
            this.source = source;
            this.line = line;
        }
    }

    final ParseSession session;
    final Element node;
    /** Whether section titles are recognised here (docutils match_titles): at the top and in sections only. */
    final boolean matchTitles;
    /** The input: lines [base, end) of {@code all}; a machine for the rest of its parent's block shares its list. */
    private SourceLines all;
    private int base;
    int inputOffset;
    int lineOffset = -1;
    String line;
    private final Map<StateName, State> states = new EnumMap<>(StateName.class);

    private LineMachine(ParseSession session, Element node, boolean matchTitles) {
        this.session = session;
        this.node = node;
        this.matchTitles = matchTitles;
    }

    /** A machine for body elements: section titles are not recognised in it. */
    static LineMachine forBody(ParseSession session, Element node) {
        return new LineMachine(session, node, false);
    }

    /** A machine for a document or a section's body, where section titles are recognised. */
    static LineMachine forSections(ParseSession session, Element node) {
        return new LineMachine(session, node, true);
    }

    /** The state instance of this machine (created on first use, as docutils keeps one per machine). */
    State state(StateName name) {
        return states.computeIfAbsent(name, n -> States.create(n, this));
    }

    /** Runs the machine from the initial state over the lines until they are used up. */
    void run(SourceLines input, int offset, StateName initial) {
        runWindow(input, 0, offset, initial);
    }

    /** Runs over lines [from, end) of a list shared with the calling machine, without copying them. */
    void runWindow(SourceLines input, int from, int offset, StateName initial) {
        this.all = input;
        this.base = Math.min(from, input.size());
        this.inputOffset = offset;
        this.lineOffset = -1;
        State state = state(initial);
        String onlyTransition = null;
        List<String> context = new java.util.ArrayList<>();
        while (true) {
            StateName next;
            try {
                Transition.Step step;
                try {
                    nextLine();
                    step = checkLine(context, state, onlyTransition);
                } catch (ControlFlow.Eof eof) {
                    step = null;
                }
                if (step == null) {
                    // end of input, or a transition asked to end this machine
                    state.eof(context);
                    break;
                }
                context = step.context();
                next = step.next();
                onlyTransition = null;
            } catch (ControlFlow.TransitionCorrection correction) {
                previousLine(1);
                onlyTransition = correction.transition;
                continue;
            } catch (ControlFlow.StateCorrection correction) {
                previousLine(1);
                next = correction.state;
                onlyTransition = correction.transition;
            }
            state = state(next);
        }
    }

    private Transition.Step checkLine(List<String> context, State state, String only) {
        for (Transition transition : state.transitions()) {
            if (only != null && !only.equals(transition.name()) || !transition.mayMatch(line)) {
                continue;
            }
            Matcher match = transition.pattern().matcher(line);
            if (match.lookingAt()) {
                return transition.handler().apply(match, context);
            }
        }
        return state.noMatch(context);
    }

    // ---- the input window

    int size() {
        return all.size() - base;
    }

    String get(int index) {
        return all.get(base + index);
    }

    SourceLines.Origin origin(int index) {
        return all.origin(base + index);
    }

    /**
     * Blanks input lines [from, to) that were copied into a nested block and
     * will not be read again, so that deeply nested blocks do not keep every
     * level's copy of the same text alive.
     */
    void release(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            all.set(base + i, "");
        }
    }

    /** A copy of the input lines [from, to), unlinked (for tables, which are parsed apart). */
    SourceLines slice(int from, int to) {
        return all.slice(base + from, base + Math.min(to, size()));
    }

    /** The lines [from, to) of the input joined by newlines. */
    String text(int from, int to) {
        return String.join("\n", all.lines().subList(base + Math.max(0, from), base + Math.min(to, size())));
    }

    /**
     * Runs {@code machine} (new, for a nested node) over this machine's input from line {@code fromLine}
     * on, sharing the lines rather than copying them; returns it, run.
     */
    LineMachine runOverRest(LineMachine machine, int fromLine, StateName initial) {
        int from = Math.max(0, fromLine);
        machine.runWindow(all, base + Math.min(from, size()), inputOffset + from, initial);
        return machine;
    }

    // ---- navigation (docutils next_line, previous_line, goto_line ...)

    String nextLine() {
        return nextLine(1);
    }

    String nextLine(int n) {
        lineOffset += n;
        return loadLine();
    }

    String previousLine(int n) {
        lineOffset -= n;
        line = lineOffset < 0 ? null : get(lineOffset);
        notifySource();
        return line;
    }

    String gotoLine(int absOffset) {
        lineOffset = absOffset - inputOffset;
        return loadLine();
    }

    // the line at lineOffset becomes current; past either end there is none, and the input has ended
    private String loadLine() {
        try {
            if (lineOffset < 0 || lineOffset >= size()) {
                line = null;
                throw new ControlFlow.Eof();
            }
            line = get(lineOffset);
            return line;
        } finally {
            notifySource();
        }
    }

    boolean isNextLineBlank() {
        int next = lineOffset + 1;
        return next >= size() || PyText.isBlank(get(next));
    }

    boolean atEof() {
        return lineOffset >= size() - 1;
    }

    int absLineOffset() {
        return lineOffset + inputOffset;
    }

    int absLineNumber() {
        return lineOffset + inputOffset + 1;
    }

    // docutils notify_observers -> document.note_source; Python list indexing included
    private void notifySource() {
        SourceLines.Origin origin = info(lineOffset);
        if (origin == null) {
            session.document.noteSource(null, -1);
        } else {
            session.document.noteSource(origin.source(), origin.offset());
        }
    }

    /** StringList.info with Python index semantics; offset -1 marks "just past the end". */
    private SourceLines.Origin info(int index) {
        int size = size();
        if (index >= -size && index < 0) {
            return origin(size + index);
        }
        if (index >= 0 && index < size) {
            return origin(index);
        }
        if (index == size && size > 0) {
            return new SourceLines.Origin(origin(size - 1).source(), -1);
        }
        return null;
    }

    /** Source and one-based line of the current line. */
    Reporter.SourceLine currentSourceAndLine() {
        return sourceAndLine(null);
    }

    /** Source and one-based line of an absolute line number, or of the current line (null). */
    Reporter.SourceLine sourceAndLine(Integer lineno) {
        int offset = lineno == null ? lineOffset : lineno - inputOffset - 1;
        int size = size();
        if (offset == size && size > 0) {
            Reporter.SourceLine before = sourceAndLine(offset + inputOffset);
            return new Reporter.SourceLine(before.source(), before.line() == null ? null : before.line() + 1);
        }
        SourceLines.Origin origin = info(offset);
        if (origin == null) {
            return new Reporter.SourceLine(null, null);
        }
        return new Reporter.SourceLine(origin.source(), origin.offset() + 1);
    }

    /** Inserts included lines after the current line, padded as docutils insert_input does. */
    void insertInput(SourceLines input, String source) {
        SourceLines padded = new SourceLines();
        padded.add("", new SourceLines.Origin("internal padding before " + source, -1));
        padded.addAll(input);
        padded.add("", new SourceLines.Origin("internal padding after " + source, input.size()));
        session.links.insert(all, base + lineOffset + 1, padded);
    }

    // ---- blocks

    /** A contiguous block of non-blank lines from the current one; advances to its last line. */
    SourceLines getTextBlock() {
        return getTextBlock(false);
    }

    /** As {@link #getTextBlock()}, but an indented line ends it with {@link UnexpectedIndentation}. */
    SourceLines getFlushLeftTextBlock() {
        return getTextBlock(true);
    }

    private SourceLines getTextBlock(boolean flushLeft) {
        int end = lineOffset;
        while (end < size()) {
            String text = get(end);
            if (PyText.isBlank(text)) {
                break;
            }
            if (flushLeft && text.charAt(0) == ' ') {
                SourceLines block = all.slice(base + lineOffset, base + end);
                nextLine(block.size() - 1);
                throw new UnexpectedIndentation(block, origin(end).source(), origin(end).offset() + 1);
            }
            end++;
        }
        SourceLines block = all.slice(base + lineOffset, base + end);
        nextLine(block.size() - 1);
        return block;
    }

    /** An indented block of unknown indent starting at the current line, with docutils' defaults. */
    Indented getIndented() {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, IndentOptions.DEFAULTS, null, null);
        if (raw.lines().size() > 0) {
            nextLine(raw.lines().size() - 1);
        }
        return stripTop(raw, offset, IndentOptions.DEFAULTS);
    }

    /** An indented block whose indent is known for all lines (the first line may be anything). */
    Indented getKnownIndented(int indent) {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, IndentOptions.DEFAULTS, indent, null);
        nextLine(raw.lines().size() - 1);
        return stripTop(raw, offset, IndentOptions.DEFAULTS);
    }

    /** An indented block whose first line's indent is known and the others' is not, with docutils' defaults. */
    Indented getFirstKnownIndented(int indent) {
        return getFirstKnownIndented(indent, IndentOptions.DEFAULTS);
    }

    /** An indented block whose first line's indent is known and the others' is not. */
    Indented getFirstKnownIndented(int indent, IndentOptions options) {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, options, null, indent);
        nextLine(raw.lines().size() - 1);
        return stripTop(raw, offset, options);
    }

    private Indented stripTop(Indented raw, int offset, IndentOptions options) {
        if (!options.stripTop()) {
            return new Indented(raw.lines(), raw.indent(), offset, raw.blankFinish());
        }
        SourceLines block = raw.lines();
        int skip = 0;
        while (skip < block.size() && PyText.isBlank(block.get(skip))) {
            skip++;
        }
        if (skip > 0) {
            session.links.trimStart(block, skip);
        }
        return new Indented(block, raw.indent(), offset + skip, raw.blankFinish());
    }

    /** StringList.get_indented. */
    private Indented cutIndented(int start, IndentOptions options, Integer blockIndent, Integer firstIndent) {
        Integer indent = blockIndent;
        int end = start;
        if (blockIndent != null && firstIndent == null) {
            firstIndent = blockIndent;
        }
        if (firstIndent != null) {
            end++;
        }
        boolean blankFinish = true;
        while (end < size()) {
            String text = get(end);
            if (!text.isEmpty() && (text.charAt(0) != ' '
                    || (blockIndent != null && !PyText.isBlank(prefix(text, blockIndent))))) {
                blankFinish = end > start && PyText.isBlank(get(end - 1));
                break;
            }
            String stripped = PyText.lstrip(text);
            if (stripped.isEmpty()) {
                if (options.untilBlank()) {
                    blankFinish = true;
                    break;
                }
            } else if (blockIndent == null) {
                int lineIndent = text.length() - stripped.length();
                indent = indent == null ? lineIndent : Math.min(indent, lineIndent);
            }
            end++;
        }
        SourceLines block = session.links.slice(all, base + start, base + end);
        if (firstIndent != null && block.size() > 0) {
            block.set(0, substringFrom(block.get(0), firstIndent));
        }
        if (indent != null && indent > 0 && options.stripIndent()) {
            block.trimLeft(indent, firstIndent != null ? 1 : 0, block.size());
        }
        return new Indented(block, indent == null ? 0 : indent, start, blankFinish);
    }

    private static String prefix(String text, int n) {
        return text.length() <= n ? text : text.substring(0, n);
    }

    static String substringFrom(String text, int n) {
        return text.length() <= n ? "" : text.substring(n);
    }
}
