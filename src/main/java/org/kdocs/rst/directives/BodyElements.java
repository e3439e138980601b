package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.rst.LineBlockNesting;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.PyText;

/**
 * The body-element directives of docutils directives/body.py other than
 * topic, sidebar and code: line-block, parsed-literal, math, rubric,
 * epigraph, highlights, pull-quote, compound and container.
 */
final class BodyElements implements Directive {
    private static final Map<String, OptionConverter> CLASS_AND_NAME = Map.of("class", Options.CLASS_OPTION, "name",
            Options.UNCHANGED);

    private enum Kind {
        LINE_BLOCK, PARSED_LITERAL, MATH, RUBRIC, EPIGRAPH, HIGHLIGHTS, PULL_QUOTE, COMPOUND, CONTAINER
    }

    private final Kind kind;

    private BodyElements(Kind kind) {
        this.kind = kind;
    }

    static void registerAll(DirectiveRegistry registry) {
        for (Kind kind : Kind.values()) {
            registry.register(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    () -> new BodyElements(kind));
        }
    }

    private boolean isBlockQuote() {
        return kind == Kind.EPIGRAPH || kind == Kind.HIGHLIGHTS || kind == Kind.PULL_QUOTE;
    }

    @Override
    public DirectiveSyntax syntax() {
        return switch (kind) {
            case RUBRIC -> DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace().withOptions(CLASS_AND_NAME);
            case CONTAINER -> DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
                    .withOptions(Map.of("name", Options.UNCHANGED)).withContent();
            case EPIGRAPH, HIGHLIGHTS, PULL_QUOTE -> DirectiveSyntax.arguments(0, 0).withContent();
            default -> DirectiveSyntax.arguments(0, 0).withOptions(CLASS_AND_NAME).withContent();
        };
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        return switch (kind) {
            case LINE_BLOCK -> lineBlock(call);
            case PARSED_LITERAL -> parsedLiteral(call);
            case MATH -> math(call);
            case RUBRIC -> rubric(call);
            case COMPOUND -> compound(call);
            case CONTAINER -> container(call);
            default -> blockQuote(call);
        };
    }

    private List<Node> lineBlock(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        Element block = new Element(NodeType.LINE_BLOCK);
        DirectiveSupport.applyClasses(call.options(), block);
        DirectiveSupport.addName(call, block);
        List<Node> result = new ArrayList<>();
        result.add(block);
        Map<Element, Integer> indents = new IdentityHashMap<>();
        int offset = call.contentOffset();
        for (String lineText : call.content().lines()) {
            String stripped = PyText.strip(lineText);
            InlineResult parsed = call.context().inlineText(stripped, call.lineno() + offset);
            Element line = new Element(NodeType.LINE, lineText);
            line.addAll(parsed.nodes());
            if (!stripped.isEmpty()) {
                indents.put(line, PyText.len(lineText) - PyText.len(PyText.lstrip(lineText)));
            }
            block.add(line);
            result.addAll(parsed.messages());
            offset++;
        }
        LineBlockNesting.nest(block, indents);
        return result;
    }

    private List<Node> parsedLiteral(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        String text = DirectiveSupport.contentText(call);
        InlineResult parsed = call.context().inlineText(text, call.lineno());
        Element node = new Element(NodeType.LITERAL_BLOCK, text);
        node.addAll(parsed.nodes());
        DirectiveSupport.applyOptions(call.options(), node);
        node.setLine(call.contentOffset() + 1);
        DirectiveSupport.addName(call, node);
        return DirectiveSupport.nodes(node, parsed.messages());
    }

    private List<Node> math(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        List<Node> result = new ArrayList<>();
        for (String block : DirectiveSupport.contentText(call).split("\n\n", -1)) {
            if (block.isEmpty()) {
                continue;
            }
            Element node = Element.text(NodeType.MATH_BLOCK, call.blockText(), block);
            DirectiveSupport.applyOptions(call.options(), node);
            node.setLine(call.contentOffset() + 1);
            if (result.isEmpty()) {
                // docutils' add_name pops the option: only the first block gets the name
                DirectiveSupport.addName(call, node);
            }
            result.add(node);
        }
        return result;
    }

    private List<Node> rubric(DirectiveCall call) {
        List<Element> messages = new ArrayList<>();
        Element rubric = DirectiveSupport.textElement(call, NodeType.RUBRIC, call.arguments().get(0), messages);
        DirectiveSupport.applyOptions(call.options(), rubric);
        DirectiveSupport.addName(call, rubric);
        return DirectiveSupport.nodes(rubric, messages);
    }

    private List<Node> blockQuote(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        List<Node> elements = BlockQuotes.parse(call.context(), call.content(), call.contentOffset());
        String className = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (Node element : elements) {
            if (element instanceof Element e && e.is(NodeType.BLOCK_QUOTE)) {
                e.classes().add(className);
            }
        }
        return elements;
    }

    private List<Node> compound(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        Element node = new Element(NodeType.COMPOUND, DirectiveSupport.contentText(call));
        DirectiveSupport.applyClasses(call.options(), node);
        DirectiveSupport.addName(call, node);
        call.context().nestedParse(call.content(), call.contentOffset(), node);
        return List.of(node);
    }

    private List<Node> container(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        List<String> classes = List.of();
        if (!call.arguments().isEmpty()) {
            try {
                classes = Options.classOption(call.arguments().get(0));
            } catch (IllegalArgumentException invalid) {
                throw DirectiveError.error("Invalid class attribute value for \"" + call.name() + "\" directive: \""
                        + call.arguments().get(0) + "\".");
            }
        }
        Element node = new Element(NodeType.CONTAINER, DirectiveSupport.contentText(call));
        node.classes().addAll(classes);
        DirectiveSupport.addName(call, node);
        call.context().nestedParse(call.content(), call.contentOffset(), node);
        return List.of(node);
    }
}
