package org.kdocs.rst.blocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.source.SourceLines;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyRepr;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Text;

/**
 * Finds a directive by name, splits its block into arguments, options and
 * content per its spec, and runs it (docutils Body.directive,
 * run_directive, parse_directive_block and parse_extension_options).
 */
final class DirectiveRunner {
    private final BodyState state;
    private final LineMachine sm;

    DirectiveRunner(BodyState state) {
        this.state = state;
        this.sm = state.sm;
    }

    /** Runs the directive the match names; alt is the substitution name when inside a definition. */
    ExplicitMarkup.Built directive(Matcher match, String alt) {
        String typeName = match.group(1);
        String normName = typeName.toLowerCase(java.util.Locale.ROOT);
        // docutils looks in its registry first (where extensions such as Sphinx's code-block
        // register), and maps a name through the document language only when it is not there
        Directive directive = state.memo.directives.create(normName);
        if (directive == null) {
            String canonical = state.memo.language.directives().get(normName);
            if (canonical == null) {
                String text = "No directive entry for \"" + typeName + "\" in module \""
                        + state.memo.language.moduleName() + "\".\nTrying \"" + typeName
                        + "\" as canonical directive name.";
                int line = state.document.currentLine();
                state.parent.add(state.reporter.info(text, line > 0 ? line : null));
                canonical = normName;
            }
            directive = state.memo.directives.create(canonical);
        }
        if (directive == null) {
            return unknown(typeName);
        }
        Map<String, Object> presets = new LinkedHashMap<>();
        if (alt != null) {
            presets.put("alt", alt);
        }
        return run(directive, match, typeName, presets);
    }

    private ExplicitMarkup.Built unknown(String typeName) {
        int lineno = sm.absLineNumber();
        LineMachine.Indented indented = sm.getFirstKnownIndented(0, LineMachine.IndentOptions.DEFAULTS.keepingIndent());
        String text = indented.lines().text();
        return new ExplicitMarkup.Built(List.of(state.reporter.error("Unknown directive type \"" + typeName + "\".",
                lineno, State.literalBlock(text))), indented.blankFinish());
    }

    private record Parts(List<String> arguments, Map<String, Object> options, SourceLines content,
                         int contentOffset) {
    }

    private ExplicitMarkup.Built run(Directive directive, Matcher match, String typeName,
                                     Map<String, Object> presets) {
        int lineno = sm.absLineNumber();
        int initialLineOffset = sm.lineOffset;
        LineMachine.Indented indented = sm.getFirstKnownIndented(match.end(),
                LineMachine.IndentOptions.DEFAULTS.keepingTopBlanks());
        String blockText = sm.text(initialLineOffset, sm.lineOffset + 1);
        Parts parts;
        try {
            parts = parseBlock(indented.lines(), indented.offset(), directive, presets);
        } catch (ControlFlow.MarkupError detail) {
            Element error = state.reporter.error("Error in \"" + typeName + "\" directive:\n" + detail.getMessage()
                    + ".", lineno, State.literalBlock(blockText));
            return new ExplicitMarkup.Built(List.of(error), indented.blankFinish());
        }
        DirectiveCall call = new DirectiveCall(typeName, parts.arguments(), parts.options(), parts.content(), lineno,
                parts.contentOffset(), blockText, new BlockDirectiveContext(state));
        List<Node> result;
        try {
            result = new ArrayList<>(directive.run(call));
        } catch (DirectiveError error) {
            Element msg = state.reporter.message(error.level(), error.getMessage(), lineno);
            msg.add(State.literalBlock(blockText));
            result = List.of(msg);
        } catch (ControlFlow flow) {
            throw flow;
        } catch (RuntimeException crash) {
            if (crash instanceof Reporter.Halt) {
                throw crash;
            }
            // a defect in the directive: report it like a directive error rather than stop the document
            Element msg = state.reporter.error("Problem running directive \"" + typeName + "\": " + crash, lineno,
                    State.literalBlock(blockText));
            result = List.of(msg);
        }
        return new ExplicitMarkup.Built(result, indented.blankFinish() || sm.isNextLineBlank());
    }

    private Parts parseBlock(SourceLines indented, int lineOffset, Directive directive, Map<String, Object> presets) {
        Map<String, OptionConverter> spec = directive.optionSpec();
        boolean takesArguments = directive.requiredArguments() > 0 || directive.optionalArguments() > 0;
        if (indented.size() > 0 && PyText.isBlank(indented.get(0))) {
            state.memo.links.trimStart(indented, 1);
            lineOffset++;
        }
        while (indented.size() > 0 && PyText.isBlank(indented.get(indented.size() - 1))) {
            indented.remove(indented.size() - 1, indented.size());
        }
        SourceLines argBlock;
        SourceLines content;
        int contentOffset;
        int i = 0;
        if (indented.size() > 0 && (takesArguments || spec != null)) {
            while (i < indented.size() && !PyText.isBlank(indented.get(i))) {
                i++;
            }
            argBlock = state.memo.links.slice(indented, 0, i);
            content = state.memo.links.tail(indented, i + 1);
            contentOffset = lineOffset + i + 1;
        } else {
            content = indented;
            contentOffset = lineOffset;
            argBlock = new SourceLines();
        }
        Map<String, Object> options = new LinkedHashMap<>();
        if (spec != null) {
            options.putAll(presets);
            int optionStart = argBlock.size();
            for (int j = 0; j < argBlock.size(); j++) {
                if (BlockMarkers.FIELD_MARKER.matcher(argBlock.get(j)).lookingAt()) {
                    optionStart = j;
                    break;
                }
            }
            SourceLines optionBlock = argBlock.slice(optionStart, argBlock.size());
            argBlock = argBlock.slice(0, optionStart);
            if (optionBlock.size() > 0) {
                options.putAll(parseOptions(spec, optionBlock));
            }
        }
        if (argBlock.size() > 0 && !takesArguments) {
            content = argBlock.copy();
            content.addAll(indented.slice(i, indented.size()));
            contentOffset = lineOffset;
            argBlock = new SourceLines();
        }
        while (content.size() > 0 && PyText.isBlank(content.get(0))) {
            state.memo.links.trimStart(content, 1);
            contentOffset++;
        }
        List<String> arguments = takesArguments ? parseArguments(directive, argBlock) : List.of();
        if (content.size() > 0 && !directive.hasContent()) {
            throw new ControlFlow.MarkupError("no content permitted");
        }
        return new Parts(arguments, options, content, contentOffset);
    }

    private static List<String> parseArguments(Directive directive, SourceLines argBlock) {
        int required = directive.requiredArguments();
        int optional = directive.optionalArguments();
        String text = argBlock.text();
        List<String> arguments = PyText.split(text);
        if (arguments.size() < required) {
            throw new ControlFlow.MarkupError(required + " argument(s) required, " + arguments.size() + " supplied");
        }
        if (arguments.size() > required + optional) {
            if (!directive.finalArgumentWhitespace()) {
                throw new ControlFlow.MarkupError("maximum " + (required + optional) + " argument(s) allowed, "
                        + arguments.size() + " supplied");
            }
            arguments = splitMax(text, required + optional - 1);
        }
        return arguments;
    }

    /** Python's str.split(None, maxsplit). */
    static List<String> splitMax(String text, int maxSplit) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && PyText.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (out.size() == maxSplit) {
                out.add(PyText.rstrip(text.substring(i)));
                break;
            }
            int start = i;
            while (i < n && !PyText.isSpace(text.charAt(i))) {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    private Map<String, Object> parseOptions(Map<String, OptionConverter> spec, SourceLines lines) {
        Element fieldList = new Element(NodeType.FIELD_LIST);
        State.ListResult result = state.nestedListParse(lines, 0, fieldList,
                ListParse.of(StateName.EXTENSION_OPTIONS, true));
        if (result.offset() != lines.size()) {
            throw new ControlFlow.MarkupError("invalid option block");
        }
        List<String[]> pairs = new ArrayList<>();
        for (Node child : fieldList.children()) {
            // Not every child is a field: a message the field name's inline markup reports (a duplicate
            // target) lands in the list before its field, as in docutils, whose extract_options then
            // rejects its text as a name of several words. A one-word name without a body cannot occur.
            Element field = (Element) child;
            Element name = (Element) field.child(0);
            if (PyText.split(name.astext()).size() != 1 || field.size() < 2) {
                throw new ControlFlow.MarkupError("invalid option data: "
                        + "extension option field name may not contain multiple words");
            }
            Element body = (Element) field.child(1);
            String optionName = name.astext().toLowerCase(java.util.Locale.ROOT);
            String data;
            if (body.isEmpty()) {
                data = null;
            } else if (body.size() > 1 || !(body.child(0) instanceof Element p) || !p.is(NodeType.PARAGRAPH)
                    || p.size() != 1 || !(p.child(0) instanceof Text)) {
                throw new ControlFlow.MarkupError("invalid option data: extension option field body may contain\n"
                        + "a single paragraph only (option \"" + optionName + "\")");
            } else {
                data = body.child(0).astext();
            }
            pairs.add(new String[] {optionName, data});
        }
        Map<String, Object> options = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            OptionConverter converter = spec.get(pair[0]);
            if (converter == null) {
                throw new ControlFlow.MarkupError("unknown option: \"" + pair[0] + "\"");
            }
            if (options.containsKey(pair[0])) {
                throw new ControlFlow.MarkupError("invalid option data: duplicate option \"" + pair[0] + "\"");
            }
            try {
                options.put(pair[0], converter.convert(pair[1]));
            } catch (IllegalArgumentException | ClassCastException detail) {
                throw new ControlFlow.MarkupError("invalid option value: (option: \"" + pair[0] + "\"; value: "
                        + (pair[1] == null ? "None" : PyRepr.repr(pair[1])) + ")\n" + detail.getMessage());
            }
        }
        if (!result.blankFinish()) {
            throw new ControlFlow.MarkupError("option data incompletely parsed");
        }
        return options;
    }
}
