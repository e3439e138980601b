package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kdocs.source.SourceLines;
import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.Escapes;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Text;

/**
 * Explicit markup blocks starting with "..": footnotes, citations,
 * hyperlink targets, substitution definitions and comments; directives go
 * to {@link DirectiveRunner} (docutils Body.explicit_construct and friends).
 */
final class ExplicitMarkup {
    private static final String SIMPLENAME = BlockMarkers.SIMPLENAME;
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NO_WS_BEFORE = "(?<![\\s\\x00])";
    private static final Pattern TARGET = Pattern.compile("(_|(?!_)(?<quote>`?)(?![ `])(?<name>.+?)" + NO_WS_BEFORE
            + "\\k<quote>)(?<!(?<!\\x00):)" + NO_WS_BEFORE + "[ ]?:([ ]+|$)", U);
    private static final Pattern REFERENCE = Pattern.compile("((?<simple>" + SIMPLENAME + ")_|`(?![ ])(?<phrase>.+?)"
            + NO_WS_BEFORE + "`_)$", U);
    private static final Pattern SUBSTITUTION = Pattern.compile("((?![ ])(?<name>.+?)" + NO_WS_BEFORE + "\\|)([ ]+|$)",
            U);
    private static final String EMAILC = "[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\\x00]";
    private static final String URIC = "[-_.!~*'()\\[\\];/:@&=+$,%a-zA-Z0-9\\x00]";
    private static final Pattern EMAIL = Pattern.compile(EMAILC + "+(?:\\." + EMAILC + "+)*(?<!\\x00)@" + EMAILC
            + "+(?:\\." + EMAILC + "*)*(?:[_~*/=+a-zA-Z0-9]|" + URIC + "(?=[>]))$");

    /** Nodes built from one construct, and whether it ended with a blank line. */
    record Built(List<? extends Node> nodes, boolean blankFinish) {
    }

    private final BodyState state;
    private final LineMachine sm;

    ExplicitMarkup(BodyState state) {
        this.state = state;
        this.sm = state.sm;
    }

    Built construct(Matcher explicitMatch) {
        String line = sm.line;
        List<Element> errors = new ArrayList<>();
        try {
            Matcher m;
            if ((m = BlockMarkers.FOOTNOTE.matcher(line)).lookingAt()) {
                return footnote(m);
            } else if ((m = BlockMarkers.CITATION.matcher(line)).lookingAt()) {
                return citation(m);
            } else if ((m = BlockMarkers.HYPERLINK_TARGET.matcher(line)).lookingAt()) {
                return hyperlinkTarget(m);
            } else if ((m = BlockMarkers.SUBSTITUTION_DEF.matcher(line)).lookingAt()) {
                return substitutionDef(m);
            } else if ((m = BlockMarkers.DIRECTIVE.matcher(line)).lookingAt()) {
                return new DirectiveRunner(state).directive(m, null);
            }
        } catch (ControlFlow.MarkupError error) {
            errors.add(state.reporter.warning(error.getMessage(), sm.absLineNumber()));
        }
        Built comment = comment(explicitMatch, line);
        List<Node> nodes = new ArrayList<>(comment.nodes());
        nodes.addAll(errors);
        return new Built(nodes, comment.blankFinish());
    }

    private Built footnote(Matcher match) {
        var where = sm.currentSourceAndLine();
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
        String label = match.group(1);
        String name = Names.fullyNormalize(label);
        Element footnote = new Element(NodeType.FOOTNOTE, indented.lines().text());
        footnote.setSource(where.source());
        footnote.setLine(where.line() == null ? 0 : where.line());
        if (name.startsWith("#")) {
            name = name.substring(1);
            footnote.set("auto", 1);
            if (!name.isEmpty()) {
                footnote.names().add(name);
            }
            state.document.noteAutofootnote(footnote);
        } else if (name.equals("*")) {
            name = "";
            footnote.set("auto", "*");
            state.document.noteSymbolFootnote(footnote);
        } else {
            footnote.add(Element.text(NodeType.LABEL, "", label));
            footnote.names().add(name);
            state.document.noteFootnote(footnote);
        }
        if (!name.isEmpty()) {
            state.document.noteExplicitTarget(footnote, footnote);
        } else {
            state.document.setId(footnote, footnote, "");
        }
        if (indented.lines().size() > 0) {
            state.nestedParse(indented.lines(), indented.offset(), footnote);
        }
        return new Built(List.of(footnote), indented.blankFinish());
    }

    private Built citation(Matcher match) {
        var where = sm.currentSourceAndLine();
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
        String label = match.group(1);
        Element citation = new Element(NodeType.CITATION, indented.lines().text());
        citation.setSource(where.source());
        citation.setLine(where.line() == null ? 0 : where.line());
        citation.add(Element.text(NodeType.LABEL, "", label));
        citation.names().add(Names.fullyNormalize(label));
        state.document.noteCitation(citation);
        state.document.noteExplicitTarget(citation, citation);
        if (indented.lines().size() > 0) {
            state.nestedParse(indented.lines(), indented.offset(), citation);
        }
        return new Built(List.of(citation), indented.blankFinish());
    }

    private Built hyperlinkTarget(Matcher match) {
        int lineno = sm.absLineNumber();
        String first = sm.line;
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end(),
                LineMachine.IndentOptions.DEFAULTS.stoppingAtBlank().keepingIndent());
        String blocktext = first.substring(0, match.end()) + indented.lines().text();
        List<String> block = new ArrayList<>();
        for (String line : indented.lines().lines()) {
            block.add(Escapes.escapeToNull(line));
        }
        if (block.isEmpty()) {
            throw new ControlFlow.MarkupError("malformed hyperlink target.");
        }
        String escaped = block.get(0);
        int index = 0;
        Matcher target;
        while (true) {
            target = TARGET.matcher(escaped);
            if (target.lookingAt()) {
                break;
            }
            index++;
            if (index >= block.size()) {
                throw new ControlFlow.MarkupError("malformed hyperlink target.");
            }
            escaped += block.get(index);
        }
        block = new ArrayList<>(block.subList(index, block.size()));
        String padded = block.get(0) + " ";
        int start = target.end() - escaped.length() - 1;
        start = start < 0 ? Math.max(0, padded.length() + start) : Math.min(start, padded.length());
        block.set(0, PyText.strip(padded.substring(start)));
        Element node = makeTarget(block, blocktext, lineno, target.group("name"));
        return new Built(List.of(node), indented.blankFinish());
    }

    Built anonymousTarget(Matcher match) {
        int lineno = sm.absLineNumber();
        String first = sm.line;
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end(),
                LineMachine.IndentOptions.DEFAULTS.stoppingAtBlank());
        String blocktext = first.substring(0, match.end()) + indented.lines().text();
        List<String> block = new ArrayList<>();
        for (String line : indented.lines().lines()) {
            block.add(Escapes.escapeToNull(line));
        }
        return new Built(List.of(makeTarget(block, blocktext, lineno, "")), indented.blankFinish());
    }

    private Element makeTarget(List<String> block, String blocktext, int lineno, String targetName) {
        String refname = null;
        if (!block.isEmpty() && PyText.strip(block.get(block.size() - 1)).endsWith("_")) {
            List<String> stripped = new ArrayList<>();
            for (String line : block) {
                stripped.add(PyText.strip(line));
            }
            refname = isReference(String.join(" ", stripped));
        }
        Element target = new Element(NodeType.TARGET, blocktext);
        if (refname != null) {
            target.set("refname", Names.fullyNormalize(refname));
            addTarget(targetName, "", target, lineno);
            state.document.noteIndirectTarget(target);
            return target;
        }
        List<String> parts = new ArrayList<>();
        for (String part : splitEscapedWhitespace(String.join(" ", block))) {
            parts.add(String.join("", PyText.split(Escapes.unescape(part))));
        }
        addTarget(targetName, String.join(" ", parts), target, lineno);
        return target;
    }

    private static List<String> splitEscapedWhitespace(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : text.split("\u0000 ", -1)) {
            parts.addAll(List.of(piece.split("\u0000\n", -1)));
        }
        return parts;
    }

    private static String isReference(String reference) {
        Matcher match = REFERENCE.matcher(Names.whitespaceNormalize(reference));
        if (!match.lookingAt()) {
            return null;
        }
        return Escapes.unescape(match.group("simple") != null ? match.group("simple") : match.group("phrase"));
    }

    private void addTarget(String targetName, String refuri, Element target, int lineno) {
        target.setLine(lineno);
        if (targetName != null && !targetName.isEmpty()) {
            target.names().add(Names.fullyNormalize(Escapes.unescape(targetName)));
            if (!refuri.isEmpty()) {
                target.set("refuri", EMAIL.matcher(refuri).lookingAt() ? "mailto:" + refuri : refuri);
            }
            state.document.noteExplicitTarget(target, state.parent);
        } else {
            if (!refuri.isEmpty()) {
                target.set("refuri", refuri);
            }
            target.set("anonymous", 1);
            state.document.noteAnonymousTarget(target);
        }
    }

    private Built substitutionDef(Matcher match) {
        var where = sm.currentSourceAndLine();
        String first = sm.line;
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end(),
                LineMachine.IndentOptions.DEFAULTS.keepingIndent());
        SourceLines block = indented.lines();
        int offset = indented.offset();
        String blocktext = first.substring(0, match.end()) + block.text();
        if (block.isEmpty()) {
            throw new ControlFlow.MarkupError("malformed substitution definition.");
        }
        String escaped = Escapes.escapeToNull(PyText.rstrip(block.get(0)));
        int index = 0;
        Matcher subdef;
        while (true) {
            subdef = SUBSTITUTION.matcher(escaped);
            if (subdef.lookingAt()) {
                break;
            }
            index++;
            if (index >= block.size()) {
                throw new ControlFlow.MarkupError("malformed substitution definition.");
            }
            escaped = escaped + " " + Escapes.escapeToNull(PyText.strip(block.get(index)));
        }
        block = block.slice(index, block.size());
        String padded = PyText.strip(block.get(0)) + " ";
        int start = subdef.end() - escaped.length() - 1;
        start = start < 0 ? Math.max(0, padded.length() + start) : Math.min(start, padded.length());
        block.set(0, padded.substring(start, Math.max(start, padded.length() - 1)));
        if (block.get(0).isEmpty()) {
            block.remove(0, 1);
            offset++;
        }
        while (block.size() > 0 && PyText.isBlank(block.get(block.size() - 1))) {
            block.remove(block.size() - 1, block.size());
        }
        String subname = subdef.group("name");
        Element node = new Element(NodeType.SUBSTITUTION_DEFINITION, blocktext);
        node.setSource(where.source());
        node.setLine(where.line() == null ? 0 : where.line());
        if (block.isEmpty()) {
            return new Built(List.of(state.reporter.messageWithSource(org.kdocs.tree.Severity.WARNING,
                    "Substitution definition \"" + subname + "\" missing contents.", where.source(), where.line(),
                    State.literalBlock(blocktext))), indented.blankFinish());
        }
        block.set(0, PyText.strip(block.get(0)));
        node.names().add(Names.whitespaceNormalize(subname));
        State.ListResult result = state.nestedListParse(block, offset, node,
                ListParse.of(StateName.SUBSTITUTION_DEF, indented.blankFinish()));
        boolean blankFinish = result.blankFinish();
        for (Node child : List.copyOf(node.children())) {
            if (!(child instanceof Text) && !((Element) child).is(Category.INLINE)) {
                state.parent.add(child);
            }
        }
        for (Element element : node.findAll(e -> true)) {
            if (element != node && disallowed(element)) {
                Element pformat = State.literalBlock(PyText.rstrip(element.pformat()));
                pformat.setRawsource("");
                return new Built(List.of(state.reporter.messageWithSource(org.kdocs.tree.Severity.ERROR,
                        "Substitution definition contains illegal element <" + element.tagname() + ">:",
                        where.source(), where.line(), pformat, State.literalBlock(blocktext))), blankFinish);
            }
        }
        if (node.isEmpty()) {
            return new Built(List.of(state.reporter.messageWithSource(org.kdocs.tree.Severity.WARNING,
                    "Substitution definition \"" + subname + "\" empty or invalid.", where.source(), where.line(),
                    State.literalBlock(blocktext))), blankFinish);
        }
        state.document.noteSubstitutionDef(node, subname, state.parent);
        return new Built(List.of(node), blankFinish);
    }

    private static boolean disallowed(Element node) {
        return !node.ids().isEmpty()
                || (node.is(NodeType.REFERENCE) && node.has("anonymous") && isTrue(node.get("anonymous")))
                || (node.is(NodeType.FOOTNOTE_REFERENCE) && node.has("auto") && isTrue(node.get("auto")));
    }

    private static boolean isTrue(Object value) {
        return value != null && !Integer.valueOf(0).equals(value) && !"".equals(value) && !Boolean.FALSE.equals(value);
    }

    private Built comment(Matcher match, String line) {
        if (sm.isNextLineBlank()) {
            String firstLine = line.substring(match.end());
            if (PyText.isBlank(firstLine)) {
                return new Built(List.of(new Element(NodeType.COMMENT)), true);
            }
            if (firstLine.startsWith("end of inclusion from \"")) {
                if (!state.memo.includeLog.isEmpty()) {
                    state.memo.includeLog.remove(state.memo.includeLog.size() - 1);
                }
                return new Built(List.of(), true);
            }
        }
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end());
        SourceLines lines = indented.lines();
        while (lines.size() > 0 && PyText.isBlank(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1, lines.size());
        }
        String text = lines.text();
        return new Built(List.of(Element.text(NodeType.COMMENT, text, text)), indented.blankFinish());
    }
}
