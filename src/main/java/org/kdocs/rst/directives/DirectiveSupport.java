package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.rst.InlineResult;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Helpers the standard directives share (the methods of docutils'
 * Directive base class and the module-level helpers they call).
 */
final class DirectiveSupport {
    private DirectiveSupport() {
    }

    /** A literal block quoting text, as attached to directive error messages. */
    static Element literalBlock(String text) {
        Element block = new Element(NodeType.LITERAL_BLOCK, text);
        if (!text.isEmpty()) {
            block.add(new Text(text));
        }
        return block;
    }

    /** A message at the directive's line quoting the directive block. */
    static Element message(DirectiveCall call, Severity level, String text) {
        return call.context().reporter().message(level, text, call.lineno(), literalBlock(call.blockText()));
    }

    /** docutils' add_name: the "name" option becomes a name and an explicit target. */
    static void addName(DirectiveCall call, Element node) {
        Object name = call.options().get("name");
        if (name != null) {
            node.names().add(Names.fullyNormalize((String) name));
            call.context().document().noteExplicitTarget(node, node);
        }
    }

    /** The "class" option's class names (empty when absent). */
    @SuppressWarnings("unchecked")
    static List<String> classes(Map<String, Object> options) {
        Object value = options.get("class");
        return value == null ? List.of() : (List<String>) value;
    }

    /** Adds the "class" option's names to node's classes (docutils set_classes, then the node's classes). */
    static void applyClasses(Map<String, Object> options, Element node) {
        node.classes().addAll(classes(options));
    }

    /**
     * Every option as an attribute, as docutils' {@code node_class(text,
     * **self.options)}: "class" becomes classes, "name" is left to
     * {@link #addName}, presets such as a substitution's "alt" stay.
     */
    static void applyOptions(Map<String, Object> options, Element node) {
        for (Map.Entry<String, Object> option : options.entrySet()) {
            switch (option.getKey()) {
                case "class" -> node.classes().addAll(classes(options));
                case "name" -> { }
                default -> node.set(option.getKey(), option.getValue());
            }
        }
    }

    /** A title element holding the inline markup of text; its messages go to messages. */
    static Element title(DirectiveCall call, String text, List<Element> messages) {
        return textElement(call, NodeType.TITLE, text, messages);
    }

    /** A text element of the given type with inline markup parsed at the directive's line. */
    static Element textElement(DirectiveCall call, NodeType type, String text, List<Element> messages) {
        InlineResult parsed = call.context().inlineText(text, call.lineno());
        Element element = new Element(type, text);
        element.addAll(parsed.nodes());
        messages.addAll(parsed.messages());
        return element;
    }

    /** The title's source and line, from the directive's line (get_source_and_line). */
    static void locate(DirectiveCall call, Node node) {
        var where = call.context().sourceAndLine(call.lineno());
        node.setSource(where.source());
        if (where.line() != null) {
            node.setLine(where.line());
        }
    }

    static List<Node> nodes(Node first, List<? extends Node> rest) {
        List<Node> result = new ArrayList<>();
        result.add(first);
        result.addAll(rest);
        return result;
    }

    /** The content joined with newlines. */
    static String contentText(DirectiveCall call) {
        return String.join("\n", call.content().lines());
    }
}
