package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.InlineResult;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

/**
 * Base of all block parser states (docutils RSTState over StateWS): the
 * blank and indent transitions every state has, nested parsing, sections,
 * paragraphs and inline text.
 */
abstract class State {
    static final Pattern BLANK = Pattern.compile(" *$");
    static final Pattern INDENT = Pattern.compile(" +");

    /** A nested parse's result: where it stopped, and whether it ended with a blank line. */
    record ListResult(int offset, boolean blankFinish) {
    }

    final LineMachine sm;
    final ParseSession memo;
    final Document document;
    final Reporter reporter;
    final Element parent;
    /** Whether the construct this state collects ended with a blank line (docutils blank_finish). */
    boolean blankFinish = true;
    private List<Transition> transitions;

    State(LineMachine sm) {
        this.sm = sm;
        this.memo = sm.session;
        this.document = memo.document;
        this.reporter = memo.reporter;
        this.parent = sm.node;
    }

    abstract StateName name();

    /** The transitions after blank and indent, in the order they are tried. */
    abstract List<Transition> ownTransitions();

    List<Transition> transitions() {
        if (transitions == null) {
            transitions = new ArrayList<>();
            transitions.add(new Transition("blank", BLANK, " ", this::blank));
            transitions.add(new Transition("indent", INDENT, " ", this::indent));
            transitions.addAll(ownTransitions());
        }
        return transitions;
    }

    /** Replaces the transitions (QuotedLiteralBlock adapts its own while running). */
    void setTransitions(List<Transition> replacement) {
        transitions = replacement;
    }

    Transition.Step stay(List<String> context) {
        return new Transition.Step(context, name());
    }

    static Transition.Step go(StateName next) {
        return new Transition.Step(new ArrayList<>(), next);
    }

    Transition.Step blank(Matcher match, List<String> context) {
        return stay(context);
    }

    Transition.Step indent(Matcher match, List<String> context) {
        return noMatch(context);
    }

    void eof(List<String> context) {
    }

    Transition.Step noMatch(List<String> context) {
        reporter.severe("Internal error: no transition pattern match.  State: \"" + name() + "\"; current line: "
                + sm.line + ".", null);
        return stay(context);
    }

    // ---- nested parsing

    void gotoLine(int absOffset) {
        try {
            sm.gotoLine(absOffset);
        } catch (ControlFlow.Eof ignored) {
            // a jump past the end just leaves the machine at its end
        }
    }

    /**
     * Parses a block as body elements into node, section titles not recognised (docutils
     * nested_parse with match_titles=False); returns the absolute offset reached.
     */
    int nestedParse(SourceLines block, int inputOffset, Element node) {
        return nestedParse(block, inputOffset, LineMachine.forBody(memo, node));
    }

    /** As {@link #nestedParse(SourceLines, int, Element)}, with section titles recognised (match_titles=True). */
    int nestedParseWithTitles(SourceLines block, int inputOffset, Element node) {
        return nestedParse(block, inputOffset, LineMachine.forSections(memo, node));
    }

    private int nestedParse(SourceLines block, int inputOffset, LineMachine machine) {
        if (memo.nesting >= ParseSession.MAX_NESTING) {
            nestingTooDeep(machine.node, block, inputOffset);
            return inputOffset + block.size();
        }
        int before = block.size();
        memo.nesting++;
        try {
            machine.run(block, inputOffset, StateName.BODY);
        } finally {
            memo.nesting--;
        }
        int grown = block.size() - before;
        if (grown != 0 && memo.links.isLinked(block)) {
            sm.nextLine(grown);
        }
        return machine.absLineOffset();
    }

    /** Parses a block as a list-like construct with a specialised initial state (docutils nested_list_parse). */
    ListResult nestedListParse(SourceLines block, int inputOffset, Element node, ListParse how) {
        if (memo.nesting >= ParseSession.MAX_NESTING) {
            nestingTooDeep(node, block, inputOffset);
            return new ListResult(inputOffset + block.size(), true);
        }
        LineMachine machine = how.newMachine(memo, node);
        memo.nesting++;
        try {
            machine.run(block, inputOffset, how.initial());
        } finally {
            memo.nesting--;
        }
        return how.result(machine);
    }

    // kdocs' own bound (docutils has none and fails at Python's recursion limit): the block stays text,
    // after the message rather than in it, so that a report does not repeat it
    private void nestingTooDeep(Element node, SourceLines block, int inputOffset) {
        node.add(reporter.error("Nesting too deep: more than " + ParseSession.MAX_NESTING
                + " levels of nested body elements; the block is kept as a literal block.", inputOffset + 1));
        node.add(literalBlock(block.text()));
    }

    /** The rest of this machine's lines after the current one, for a list-like construct. */
    ListResult parseFollowing(Element node, ListParse how) {
        LineMachine machine = sm.runOverRest(how.newMachine(memo, node), sm.lineOffset + 1, how.initial());
        ListResult result = how.result(machine);
        gotoLine(result.offset());
        return result;
    }

    // ---- sections

    void section(String title, String source, String style, int lineno, List<Element> messages) {
        if (checkSubsection(source, style, lineno)) {
            newSubsection(title, lineno, messages);
        }
    }

    private boolean checkSubsection(String source, String style, int lineno) {
        List<String> styles = memo.titleStyles;
        int myLevel = memo.sectionLevel;
        int index = styles.indexOf(style);
        if (index < 0) {
            if (styles.size() == memo.sectionLevel) {
                styles.add(style);
                return true;
            }
            parent.add(titleInconsistent(source, lineno));
            return false;
        }
        int level = index + 1;
        if (level <= myLevel) {
            memo.sectionLevel = level;
            if (style.length() == 2) {
                memo.sectionBubbleUpKludge = true;
            }
            sm.previousLine(style.length() + 1);
            throw new ControlFlow.Eof();
        }
        if (level == myLevel + 1) {
            return true;
        }
        parent.add(titleInconsistent(source, lineno));
        return false;
    }

    private Element titleInconsistent(String source, int lineno) {
        return reporter.severe("Title level inconsistent:", lineno, literalBlock(source));
    }

    private void newSubsection(String title, int lineno, List<Element> messages) {
        int myLevel = memo.sectionLevel;
        memo.sectionLevel++;
        Element section = new Element(NodeType.SECTION);
        parent.add(section);
        InlineResult inline = inlineText(title, lineno);
        Element titleNode = new Element(NodeType.TITLE, title);
        titleNode.addAll(inline.nodes());
        section.names().add(Names.fullyNormalize(titleNode.astext()));
        section.add(titleNode);
        section.addAll(messages);
        section.addAll(inline.messages());
        document.noteImplicitTarget(section, section);
        int newOffset = sm.runOverRest(LineMachine.forSections(memo, section), sm.lineOffset + 1, StateName.BODY)
                .absLineOffset();
        gotoLine(newOffset);
        if (memo.sectionLevel <= myLevel) {
            throw new ControlFlow.Eof();
        }
        memo.sectionLevel = myLevel;
    }

    // ---- text

    /** A paragraph (and its messages) from lines; the flag says a literal block follows ("::"). */
    record ParagraphResult(List<Element> nodes, boolean literalNext) {
    }

    ParagraphResult paragraph(List<String> lines, int lineno) {
        String data = org.kdocs.tree.PyText.rstrip(String.join("\n", lines));
        String text;
        boolean literalNext;
        if (endsWithLiteralMarker(data)) {
            if (data.length() == 2) {
                return new ParagraphResult(List.of(), true);
            }
            char before = data.charAt(data.length() - 3);
            text = before == ' ' || before == '\n'
                    ? org.kdocs.tree.PyText.rstrip(data.substring(0, data.length() - 3))
                    : data.substring(0, data.length() - 1);
            literalNext = true;
        } else {
            text = data;
            literalNext = false;
        }
        InlineResult inline = inlineText(text, lineno);
        Element paragraph = new Element(NodeType.PARAGRAPH, data);
        paragraph.addAll(inline.nodes());
        locate(paragraph, lineno);
        List<Element> result = new ArrayList<>();
        result.add(paragraph);
        result.addAll(inline.messages());
        return new ParagraphResult(result, literalNext);
    }

    /**
     * docutils' {@code re.search(r'(?<!\\)(\\\\)*::$', data)}: "::" at the end, not escaped (an even
     * number of backslashes before it). Written out because the regex search tries every position
     * of every paragraph, which made it the parser's largest single cost.
     */
    static boolean endsWithLiteralMarker(String data) {
        if (!data.endsWith("::")) {
            return false;
        }
        int backslashes = 0;
        for (int i = data.length() - 3; i >= 0 && data.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    InlineResult inlineText(String text, int lineno) {
        try {
            return memo.inliner.parse(text, lineno, parent);
        } catch (ControlFlow | org.kdocs.tree.Reporter.Halt stop) {
            throw stop;
        } catch (RuntimeException crash) {
            // a defect in inline parsing must not lose the text or stop the document
            Element msg = reporter.error("Problem parsing inline markup: " + crash, lineno);
            return new InlineResult(List.of(new Text(text)), List.of(msg));
        }
    }

    Element unindentWarning(String nodeName) {
        return reporter.warning(nodeName + " ends without a blank line; unexpected unindent.",
                sm.absLineNumber() + 1);
    }

    /** Sets an element's source and line to those of the current line. */
    void locateAtCurrentLine(Element element) {
        locate(element, null);
    }

    /** Sets an element's source and line from an absolute line number. */
    void locate(Element element, Integer lineno) {
        Reporter.SourceLine where = sm.sourceAndLine(lineno);
        element.setSource(where.source());
        element.setLine(where.line() == null ? 0 : where.line());
    }

    static Element literalBlock(String text) {
        Element block = new Element(NodeType.LITERAL_BLOCK, text);
        if (!text.isEmpty()) {
            block.add(new Text(text));
        }
        return block;
    }
}
