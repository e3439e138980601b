package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.rst.InlineResult;
import org.kdocs.source.DisplayWidth;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Text;

/**
 * The second line of a text block (docutils states.Text): decides between
 * paragraph, definition list item and underlined section title, and reads
 * the literal block after a paragraph ending in "::".
 */
class TextState extends State {
    private static final Pattern CLASSIFIER_DELIMITER = Pattern.compile(" +: +");

    TextState(LineMachine sm) {
        super(sm);
    }

    @Override
    StateName name() {
        return StateName.TEXT;
    }

    @Override
    List<Transition> ownTransitions() {
        return List.of(new Transition("underline", BlockMarkers.LINE, BlockMarkers.LINE_FIRST, this::underline),
                new Transition("text", BlockMarkers.TEXT, this::text));
    }

    @Override
    Transition.Step blank(Matcher match, List<String> context) {
        ParagraphResult paragraph = paragraph(context, sm.absLineNumber() - 1);
        parent.addAll(paragraph.nodes());
        if (paragraph.literalNext()) {
            parent.addAll(literalBlock());
        }
        return go(StateName.BODY);
    }

    @Override
    void eof(List<String> context) {
        if (!context.isEmpty()) {
            blank(null, context);
        }
    }

    @Override
    Transition.Step indent(Matcher match, List<String> context) {
        Element list = new Element(NodeType.DEFINITION_LIST);
        BodyState.ItemResult item = definitionListItem(context);
        list.add(item.item());
        parent.add(list);
        ListResult result = parseFollowing(list,
                ListParse.of(StateName.DEFINITION_LIST, item.blankFinish()).finishingIn(StateName.DEFINITION));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Definition list"));
        }
        return go(StateName.BODY);
    }

    Transition.Step underline(Matcher match, List<String> context) {
        int lineno = sm.absLineNumber();
        String title = PyText.rstrip(context.get(0));
        String underline = PyText.rstrip(sm.line);
        String source = title + "\n" + underline;
        List<Element> messages = new ArrayList<>();
        if (DisplayWidth.columns(title) > PyText.len(underline)) {
            if (PyText.len(underline) < 4) {
                if (sm.matchTitles) {
                    parent.add(reporter.info("Possible title underline, too short for the title.\n"
                            + "Treating it as ordinary text because it's so short.", lineno));
                }
                throw new ControlFlow.TransitionCorrection("text");
            }
            String blocktext = context.get(0) + "\n" + sm.line;
            messages.add(reporter.warning("Title underline too short.", lineno, literalBlock(blocktext)));
        }
        if (!sm.matchTitles) {
            String blocktext = context.get(0) + "\n" + sm.line;
            var where = sm.currentSourceAndLine();
            Element msg = reporter.messageWithSource(org.kdocs.tree.Severity.SEVERE, "Unexpected section title.",
                    where.source(), where.line(), literalBlock(blocktext));
            parent.addAll(messages);
            parent.add(msg);
            return go(StateName.BODY);
        }
        String style = underline.substring(0, Character.charCount(underline.codePointAt(0)));
        context.clear();
        section(title, source, style, lineno - 1, messages);
        return go(StateName.BODY);
    }

    Transition.Step text(Matcher match, List<String> context) {
        int startline = sm.absLineNumber() - 1;
        Element msg = null;
        List<String> block;
        try {
            block = sm.getFlushLeftTextBlock().lines();
        } catch (LineMachine.UnexpectedIndentation error) {
            block = error.block.lines();
            msg = reporter.messageWithSource(org.kdocs.tree.Severity.ERROR, "Unexpected indentation.",
                    error.source, error.line);
        }
        List<String> lines = new ArrayList<>(context);
        lines.addAll(block);
        ParagraphResult paragraph = paragraph(lines, startline);
        parent.addAll(paragraph.nodes());
        if (msg != null) {
            parent.add(msg);
        }
        if (paragraph.literalNext()) {
            try {
                sm.nextLine();
            } catch (ControlFlow.Eof ignored) {
                // the literal block is missing; literalBlock() reports it
            }
            parent.addAll(literalBlock());
        }
        return go(StateName.BODY);
    }

    /** The literal block after "::": indented, or quoted when not indented. */
    List<Element> literalBlock() {
        LineMachine.Indented indented = sm.getIndented();
        var lines = indented.lines();
        while (lines.size() > 0 && PyText.isBlank(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1, lines.size());
        }
        if (lines.isEmpty()) {
            return quotedLiteralBlock();
        }
        String data = lines.text();
        Element block = literalBlock(data);
        locate(block, indented.offset() + 1);
        List<Element> result = new ArrayList<>();
        result.add(block);
        if (!indented.blankFinish()) {
            result.add(unindentWarning("Literal block"));
        }
        return result;
    }

    private List<Element> quotedLiteralBlock() {
        Element holder = new Element(NodeType.CONTAINER);
        int newOffset = sm.runOverRest(LineMachine.forBody(memo, holder), sm.lineOffset,
                StateName.QUOTED_LITERAL_BLOCK).absLineOffset();
        gotoLine(newOffset);
        List<Element> result = new ArrayList<>();
        for (Node child : List.copyOf(holder.children())) {
            holder.remove(child);
            result.add((Element) child);
        }
        return result;
    }

    BodyState.ItemResult definitionListItem(List<String> termLine) {
        LineMachine.Indented indented = sm.getIndented();
        List<String> all = new ArrayList<>(termLine);
        all.addAll(indented.lines().lines());
        Element item = new Element(NodeType.DEFINITION_LIST_ITEM, String.join("\n", all));
        int lineno = sm.absLineNumber() - 1;
        locate(item, lineno);
        TermResult term = term(termLine, lineno);
        item.addAll(term.nodes());
        Element definition = new Element(NodeType.DEFINITION);
        definition.addAll(term.messages());
        item.add(definition);
        if (termLine.get(0).endsWith("::")) {
            definition.add(reporter.info("Blank line missing before literal block (after the \"::\")? "
                    + "Interpreted as a definition list item.", lineno + 1));
        }
        nestedParse(indented.lines(), indented.offset(), definition);
        return new BodyState.ItemResult(item, indented.blankFinish());
    }

    record TermResult(List<Element> nodes, List<Element> messages) {
    }

    private TermResult term(List<String> lines, int lineno) {
        InlineResult inline = inlineText(lines.get(0), lineno);
        Element term = new Element(NodeType.TERM, lines.get(0));
        locate(term, lineno);
        List<Element> nodes = new ArrayList<>();
        nodes.add(term);
        for (Node node : inline.nodes()) {
            if (node instanceof Text text) {
                String[] parts = CLASSIFIER_DELIMITER.split(text.raw(), -1);
                if (parts.length == 1) {
                    nodes.get(nodes.size() - 1).add(node);
                } else {
                    nodes.get(nodes.size() - 1).add(new Text(PyText.rstrip(parts[0])));
                    for (int i = 1; i < parts.length; i++) {
                        Element classifier = new Element(NodeType.CLASSIFIER, Escapes.restoreBackslashes(parts[i]));
                        classifier.add(new Text(parts[i]));
                        nodes.add(classifier);
                    }
                }
            } else {
                nodes.get(nodes.size() - 1).add(node);
            }
        }
        return new TermResult(nodes, inline.messages());
    }
}
