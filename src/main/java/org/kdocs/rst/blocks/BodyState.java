package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.kdocs.rst.BlockQuoteAttribution;
import org.kdocs.rst.InlineResult;
import org.kdocs.rst.LineBlockNesting;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * Classifies the first line of a block (docutils states.Body): lists, block
 * quotes, doctest and line blocks, tables, explicit markup, section
 * adornments and paragraphs. Specialised list states extend it and accept
 * only their own kind of item.
 */
class BodyState extends State {

    BodyState(LineMachine sm) {
        super(sm);
    }

    @Override
    StateName name() {
        return StateName.BODY;
    }

    @Override
    List<Transition> ownTransitions() {
        return List.of(
                new Transition("bullet", BlockMarkers.BULLET, BlockMarkers.BULLET_FIRST, this::bullet),
                new Transition("enumerator", BlockMarkers.ENUMERATOR, BlockMarkers.ENUMERATOR_FIRST,
                        this::enumerator),
                new Transition("field_marker", BlockMarkers.FIELD_MARKER, ":", this::fieldMarker),
                new Transition("option_marker", BlockMarkers.OPTION_MARKER, BlockMarkers.OPTION_FIRST,
                        this::optionMarker),
                new Transition("doctest", BlockMarkers.DOCTEST, ">", this::doctest),
                new Transition("line_block", BlockMarkers.LINE_BLOCK, "|", this::lineBlock),
                new Transition("grid_table_top", BlockMarkers.GRID_TABLE_TOP, "+", this::gridTableTop),
                new Transition("simple_table_top", BlockMarkers.SIMPLE_TABLE_TOP, "=", this::simpleTableTop),
                new Transition("explicit_markup", BlockMarkers.EXPLICIT_MARKUP, ".", this::explicitMarkup),
                new Transition("anonymous", BlockMarkers.ANONYMOUS, "_", this::anonymous),
                new Transition("line", BlockMarkers.LINE, BlockMarkers.LINE_FIRST, this::line),
                new Transition("text", BlockMarkers.TEXT, this::text));
    }

    // ---- block quotes

    @Override
    Transition.Step indent(Matcher match, List<String> context) {
        int start = sm.lineOffset;
        LineMachine.Indented indented = sm.getIndented();
        sm.release(start, sm.lineOffset + 1);
        parent.addAll(blockQuote(indented.lines(), indented.offset()));
        if (!indented.blankFinish()) {
            parent.add(unindentWarning("Block quote"));
        }
        return stay(context);
    }

    List<Element> blockQuote(SourceLines indented, int lineOffset) {
        List<Element> elements = new ArrayList<>();
        while (indented.size() > 0) {
            // no rawsource (docutils keeps the quoted text): at every nesting level it would
            // repeat all the text inside, which makes deep nesting cubic in memory
            Element quote = new Element(NodeType.BLOCK_QUOTE);
            locate(quote, lineOffset + 1);
            BlockQuoteAttribution split = BlockQuoteAttribution.find(indented);
            SourceLines quoteLines = split == null ? indented : memo.links.slice(indented, 0, split.start());
            nestedParse(quoteLines, lineOffset, quote);
            elements.add(quote);
            if (split == null) {
                break;
            }
            int start = split.start();
            int end = split.end();
            String text = PyText.rstrip(split.lines(indented).text());
            int lineno = 1 + lineOffset + start;
            InlineResult inline = inlineText(text, lineno);
            Element attribution = new Element(NodeType.ATTRIBUTION, text);
            attribution.addAll(inline.nodes());
            locate(attribution, lineno);
            quote.add(attribution);
            elements.addAll(inline.messages());
            indented = memo.links.tail(indented, end);
            lineOffset += end;
            int skip = 0;
            while (skip < indented.size() && indented.get(skip).isEmpty()) {
                skip++;
            }
            memo.links.trimStart(indented, skip);
            lineOffset += skip;
        }
        return elements;
    }

    // ---- lists

    Transition.Step bullet(Matcher match, List<String> context) {
        Element list = new Element(NodeType.BULLET_LIST);
        locateAtCurrentLine(list);
        parent.add(list);
        list.set("bullet", match.group().substring(0, 1));
        ItemResult item = listItem(match.end());
        list.add(item.item());
        ListResult result = parseFollowing(list, ListParse.of(StateName.BULLET_LIST, item.blankFinish()));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Bullet list"));
        }
        return go(name());
    }

    record ItemResult(Element item, boolean blankFinish) {
    }

    ItemResult listItem(int indent) {
        int start = sm.lineOffset;
        LineMachine.Indented indented;
        if (LineMachine.substringFrom(sm.line, indent).isEmpty()) {
            indented = sm.getFirstKnownIndented(indent);
        } else {
            indented = sm.getKnownIndented(indent);
        }
        sm.release(start + 1, sm.lineOffset + 1);
        Element item = new Element(NodeType.LIST_ITEM); // no rawsource, as for block quotes
        if (indented.lines().size() > 0) {
            nestedParse(indented.lines(), indented.offset(), item);
        }
        return new ItemResult(item, indented.blankFinish());
    }

    Transition.Step enumerator(Matcher match, List<String> context) {
        Enumerators.Parsed parsed = Enumerators.parse(match);
        if (!isEnumeratedListItem(parsed.ordinal(), parsed.sequence(), parsed.format())) {
            throw new ControlFlow.TransitionCorrection("text");
        }
        Element list = new Element(NodeType.ENUMERATED_LIST);
        parent.add(list);
        list.set("enumtype", parsed.sequence().equals("#") ? "arabic" : parsed.sequence());
        list.set("prefix", Enumerators.prefix(parsed.format()));
        list.set("suffix", Enumerators.suffix(parsed.format()));
        if (parsed.ordinal() != 1) {
            list.set("start", parsed.ordinal());
            parent.add(reporter.info("Enumerated list start value not ordinal-1: \"" + parsed.text()
                    + "\" (ordinal " + parsed.ordinal() + ")", null));
        }
        ItemResult item = listItem(match.end());
        list.add(item.item());
        ListResult result = parseFollowing(list, ListParse.of(StateName.ENUMERATED_LIST, item.blankFinish())
                .settingUp(state -> ((SpecializedBody.EnumeratedList) state).start(parsed)));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Enumerated list"));
        }
        return go(name());
    }

    /** Valid ordinal, and the next line is blank, indented, or the next enumerator. */
    boolean isEnumeratedListItem(Integer ordinal, String sequence, String format) {
        if (ordinal == null) {
            return false;
        }
        String next;
        try {
            next = sm.nextLine();
        } catch (ControlFlow.Eof eof) {
            next = null;
        }
        sm.previousLine(1);
        return BlockMarkers.followedByItem(ordinal, sequence, format, next);
    }

    Transition.Step fieldMarker(Matcher match, List<String> context) {
        Element list = new Element(NodeType.FIELD_LIST);
        parent.add(list);
        ItemResult field = field(match);
        list.add(field.item());
        ListResult result = parseFollowing(list, ListParse.of(StateName.FIELD_LIST, field.blankFinish()));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Field list"));
        }
        return go(name());
    }

    ItemResult field(Matcher match) {
        String marker = match.group().substring(1);
        String name = marker.substring(0, marker.lastIndexOf(':'));
        var where = sm.currentSourceAndLine();
        int lineno = sm.absLineNumber();
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
        Element field = new Element(NodeType.FIELD);
        field.setSource(where.source());
        field.setLine(where.line() == null ? 0 : where.line());
        InlineResult inline = fieldNameText(name, lineno);
        Element fieldName = new Element(NodeType.FIELD_NAME, name);
        fieldName.addAll(inline.nodes());
        field.add(fieldName);
        Element body = new Element(NodeType.FIELD_BODY, indented.lines().text());
        body.addAll(inline.messages());
        field.add(body);
        if (indented.lines().size() > 0) {
            parseFieldBody(indented.lines(), indented.offset(), body);
        }
        return new ItemResult(field, indented.blankFinish());
    }

    InlineResult fieldNameText(String name, int lineno) {
        return inlineText(name, lineno);
    }

    void parseFieldBody(SourceLines indented, int offset, Element body) {
        nestedParse(indented, offset, body);
    }

    Transition.Step optionMarker(Matcher match, List<String> context) {
        Element list = new Element(NodeType.OPTION_LIST);
        locateAtCurrentLine(list);
        ItemResult item;
        try {
            item = optionListItem(match);
        } catch (ControlFlow.MarkupError error) {
            parent.add(reporter.error("Invalid option list marker: " + error.getMessage(), null));
            LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
            parent.addAll(blockQuote(indented.lines(), indented.offset()));
            if (!indented.blankFinish()) {
                parent.add(unindentWarning("Option list"));
            }
            return go(name());
        }
        parent.add(list);
        list.add(item.item());
        ListResult result = parseFollowing(list, ListParse.of(StateName.OPTION_LIST, item.blankFinish()));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Option list"));
        }
        return go(name());
    }

    ItemResult optionListItem(Matcher match) {
        int offset = sm.absLineOffset();
        List<Element> options = OptionMarkers.parse(match.group());
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
        if (indented.lines().isEmpty()) {
            gotoLine(offset);
            throw new ControlFlow.TransitionCorrection("text");
        }
        Element group = new Element(NodeType.OPTION_GROUP);
        group.addAll(options);
        Element description = new Element(NodeType.DESCRIPTION, indented.lines().text());
        Element item = new Element(NodeType.OPTION_LIST_ITEM);
        item.add(group);
        item.add(description);
        nestedParse(indented.lines(), indented.offset(), description);
        return new ItemResult(item, indented.blankFinish());
    }

    Transition.Step doctest(Matcher match, List<String> context) {
        String data = sm.getTextBlock().text();
        parent.add(Element.text(NodeType.DOCTEST_BLOCK, data, data));
        return go(name());
    }

    Transition.Step lineBlock(Matcher match, List<String> context) {
        Element block = new Element(NodeType.LINE_BLOCK);
        parent.add(block);
        int lineno = sm.absLineNumber();
        LineBlocks.LineResult first = LineBlocks.line(this, match, lineno);
        block.add(first.line());
        parent.addAll(first.messages());
        boolean blankFinish = first.blankFinish();
        if (!blankFinish) {
            blankFinish = parseFollowing(block, ListParse.of(StateName.LINE_BLOCK, false)).blankFinish();
        }
        if (!blankFinish) {
            parent.add(reporter.warning("Line block ends without a blank line.", lineno + 1));
        }
        LineBlockNesting.nest(block, memo.lineIndents);
        return go(name());
    }

    Transition.Step gridTableTop(Matcher match, List<String> context) {
        return TableBlocks.tableTop(this, TableBlocks.Kind.GRID);
    }

    Transition.Step simpleTableTop(Matcher match, List<String> context) {
        return TableBlocks.tableTop(this, TableBlocks.Kind.SIMPLE);
    }

    // ---- explicit markup

    Transition.Step explicitMarkup(Matcher match, List<String> context) {
        ExplicitMarkup.Built built = new ExplicitMarkup(this).construct(match);
        parent.addAll(built.nodes());
        explicitList(built.blankFinish());
        return go(name());
    }

    void explicitList(boolean blankFinish) {
        ListResult result = parseFollowing(parent,
                ListParse.of(StateName.EXPLICIT, blankFinish).matchingTitles(sm.matchTitles));
        if (!result.blankFinish()) {
            parent.add(unindentWarning("Explicit markup"));
        }
    }

    Transition.Step anonymous(Matcher match, List<String> context) {
        ExplicitMarkup.Built built = new ExplicitMarkup(this).anonymousTarget(match);
        parent.addAll(built.nodes());
        explicitList(built.blankFinish());
        return go(name());
    }

    // ---- adornment lines and text

    Transition.Step line(Matcher match, List<String> context) {
        if (sm.matchTitles) {
            List<String> next = new ArrayList<>();
            next.add(sm.line);
            return new Transition.Step(next, StateName.LINE);
        }
        String stripped = PyText.strip(sm.line);
        if (stripped.equals("::")) {
            throw new ControlFlow.TransitionCorrection("text");
        }
        if (PyText.len(stripped) < 4) {
            parent.add(reporter.info("Unexpected possible title overline or transition.\n"
                    + "Treating it as ordinary text because it's so short.", sm.absLineNumber()));
            throw new ControlFlow.TransitionCorrection("text");
        }
        parent.add(reporter.severe("Unexpected section title or transition.", sm.absLineNumber(),
                literalBlock(sm.line)));
        return go(name());
    }

    Transition.Step text(Matcher match, List<String> context) {
        List<String> next = new ArrayList<>();
        next.add(sm.line);
        return new Transition.Step(next, StateName.TEXT);
    }
}
