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
    final boolean matchTitles;
    final LineMachine parentMachine;
    SourceLines lines;
    int inputOffset;
    int lineOffset = -1;
    String line;
    private final Map<StateName, State> states = new EnumMap<>(StateName.class);

    LineMachine(ParseSession session, Element node, boolean matchTitles, LineMachine parentMachine) {
        this.session = session;
        this.node = node;
        this.matchTitles = matchTitles;
        this.parentMachine = parentMachine;
    }

    /** The state instance of this machine (created on first use, as docutils keeps one per machine). */
    State state(StateName name) {
        return states.computeIfAbsent(name, n -> States.create(n, this));
    }

    /** Runs the machine from the initial state over the lines until they are used up. */
    void run(SourceLines input, int offset, StateName initial) {
        this.lines = input;
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
            if (only != null && !only.equals(transition.name())) {
                continue;
            }
            Matcher match = transition.pattern().matcher(line);
            if (match.lookingAt()) {
                return transition.handler().apply(match, context);
            }
        }
        return state.noMatch(context);
    }

    // ---- navigation (docutils next_line, previous_line, goto_line ...)

    String nextLine() {
        return nextLine(1);
    }

    String nextLine(int n) {
        lineOffset += n;
        try {
            if (lineOffset < 0 || lineOffset >= lines.size()) {
                line = null;
                throw new ControlFlow.Eof();
            }
            line = lines.get(lineOffset);
            return line;
        } finally {
            notifySource();
        }
    }

    String previousLine(int n) {
        lineOffset -= n;
        line = lineOffset < 0 ? null : lines.get(lineOffset);
        notifySource();
        return line;
    }

    String gotoLine(int absOffset) {
        lineOffset = absOffset - inputOffset;
        try {
            if (lineOffset < 0 || lineOffset >= lines.size()) {
                line = null;
                throw new ControlFlow.Eof();
            }
            line = lines.get(lineOffset);
            return line;
        } finally {
            notifySource();
        }
    }

    boolean isNextLineBlank() {
        int next = lineOffset + 1;
        return next >= lines.size() || PyText.isBlank(lines.get(next));
    }

    boolean atEof() {
        return lineOffset >= lines.size() - 1;
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
        int size = lines.size();
        if (index >= -size && index < 0) {
            return lines.origin(size + index);
        }
        if (index >= 0 && index < size) {
            return lines.origin(index);
        }
        if (index == size && size > 0) {
            return new SourceLines.Origin(lines.source(size - 1), -1);
        }
        return null;
    }

    /** Source and one-based line of an absolute line number, or of the current line (null). */
    Reporter.SourceLine sourceAndLine(Integer lineno) {
        int offset = lineno == null ? lineOffset : lineno - inputOffset - 1;
        int size = lines.size();
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
        lines.insert(lineOffset + 1, padded);
    }

    // ---- blocks

    /** A contiguous block of non-blank lines from the current one; advances to its last line. */
    SourceLines getTextBlock(boolean flushLeft) {
        int end = lineOffset;
        while (end < lines.size()) {
            String text = lines.get(end);
            if (PyText.isBlank(text)) {
                break;
            }
            if (flushLeft && text.charAt(0) == ' ') {
                SourceLines block = lines.slice(lineOffset, end);
                nextLine(block.size() - 1);
                throw new UnexpectedIndentation(block, lines.source(end), lines.offset(end) + 1);
            }
            end++;
        }
        SourceLines block = lines.slice(lineOffset, end);
        nextLine(block.size() - 1);
        return block;
    }

    /** An indented block of unknown indent starting at the current line. */
    Indented getIndented(boolean untilBlank, boolean stripIndent) {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, untilBlank, stripIndent, null, null);
        if (raw.lines().size() > 0) {
            nextLine(raw.lines().size() - 1);
        }
        return stripTop(raw, offset);
    }

    /** An indented block whose indent is known for all lines (the first line may be anything). */
    Indented getKnownIndented(int indent, boolean untilBlank, boolean stripIndent) {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, untilBlank, stripIndent, indent, null);
        nextLine(raw.lines().size() - 1);
        return stripTop(raw, offset);
    }

    /** An indented block whose first line's indent is known and the others' is not. */
    Indented getFirstKnownIndented(int indent, boolean untilBlank, boolean stripIndent, boolean stripTop) {
        int offset = absLineOffset();
        Indented raw = cutIndented(lineOffset, untilBlank, stripIndent, null, indent);
        nextLine(raw.lines().size() - 1);
        return stripTop ? stripTop(raw, offset) : new Indented(raw.lines(), raw.indent(), offset, raw.blankFinish());
    }

    private static Indented stripTop(Indented raw, int offset) {
        SourceLines block = raw.lines();
        int skip = 0;
        while (skip < block.size() && PyText.isBlank(block.get(skip))) {
            skip++;
        }
        if (skip > 0) {
            block.remove(0, skip);
        }
        return new Indented(block, raw.indent(), offset + skip, raw.blankFinish());
    }

    /** StringList.get_indented. */
    private Indented cutIndented(int start, boolean untilBlank, boolean stripIndent, Integer blockIndent,
                                 Integer firstIndent) {
        Integer indent = blockIndent;
        int end = start;
        if (blockIndent != null && firstIndent == null) {
            firstIndent = blockIndent;
        }
        if (firstIndent != null) {
            end++;
        }
        boolean blankFinish = true;
        while (end < lines.size()) {
            String text = lines.get(end);
            if (!text.isEmpty() && (text.charAt(0) != ' '
                    || (blockIndent != null && !PyText.isBlank(prefix(text, blockIndent))))) {
                blankFinish = end > start && PyText.isBlank(lines.get(end - 1));
                break;
            }
            String stripped = PyText.lstrip(text);
            if (stripped.isEmpty()) {
                if (untilBlank) {
                    blankFinish = true;
                    break;
                }
            } else if (blockIndent == null) {
                int lineIndent = text.length() - stripped.length();
                indent = indent == null ? lineIndent : Math.min(indent, lineIndent);
            }
            end++;
        }
        SourceLines block = lines.slice(start, Math.min(end, lines.size()));
        if (firstIndent != null && block.size() > 0) {
            block.set(0, substringFrom(block.get(0), firstIndent));
        }
        if (indent != null && indent > 0 && stripIndent) {
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
