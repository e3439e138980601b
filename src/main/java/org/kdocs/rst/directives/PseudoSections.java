package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The topic and sidebar directives (docutils directives/body.py
 * BasePseudoSection, Topic, Sidebar): titled blocks allowed only where a
 * section could stand (a sidebar also inside a sidebar's parent).
 */
final class PseudoSections implements Directive {
    private static final DirectiveSyntax SIDEBAR = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
            .withOptions(options(true)).withContent();
    private static final DirectiveSyntax TOPIC = DirectiveSyntax.arguments(1, 0).withFinalArgumentWhitespace()
            .withOptions(options(false)).withContent();

    private final boolean sidebar;

    private PseudoSections(boolean sidebar) {
        this.sidebar = sidebar;
    }

    static void registerAll(DirectiveRegistry registry) {
        registry.register("topic", () -> new PseudoSections(false));
        registry.register("sidebar", () -> new PseudoSections(true));
    }

    @Override
    public DirectiveSyntax syntax() {
        return sidebar ? SIDEBAR : TOPIC;
    }

    private static Map<String, OptionConverter> options(boolean sidebar) {
        Map<String, OptionConverter> spec = new LinkedHashMap<>();
        spec.put("class", Options.CLASS_OPTION);
        spec.put("name", Options.UNCHANGED);
        if (sidebar) {
            spec.put("subtitle", Options.UNCHANGED_REQUIRED);
        }
        return spec;
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        DirectiveContext context = call.context();
        boolean inSidebar = context.currentNode() != null && context.currentNode().is(NodeType.SIDEBAR);
        if (sidebar) {
            if (inSidebar) {
                throw DirectiveError.error("The \"" + call.name() + "\" directive may not be used within a sidebar"
                        + " element.");
            }
            if (call.options().containsKey("subtitle") && call.arguments().isEmpty()) {
                throw DirectiveError.error("The \"subtitle\" option may not be used without a title.");
            }
        }
        if (!(context.matchTitles() || inSidebar)) {
            throw DirectiveError.error("The \"" + call.name() + "\" directive may not be used within topics or body"
                    + " elements.");
        }
        call.assertHasContent();
        List<Node> heading = new ArrayList<>();
        List<Element> messages = new ArrayList<>();
        if (!call.arguments().isEmpty()) {
            heading.add(DirectiveSupport.title(call, call.arguments().get(0), messages));
            Object subtitle = call.options().get("subtitle");
            if (subtitle != null) {
                heading.add(DirectiveSupport.textElement(call, NodeType.SUBTITLE, (String) subtitle, messages));
            }
        }
        String text = DirectiveSupport.contentText(call);
        Element node = new Element(sidebar ? NodeType.SIDEBAR : NodeType.TOPIC, text);
        node.addAll(heading);
        node.addAll(messages);
        DirectiveSupport.applyClasses(call.options(), node);
        DirectiveSupport.addName(call, node);
        if (!text.isEmpty()) {
            context.nestedParse(call.content(), call.contentOffset(), node);
        }
        return List.of(node);
    }
}
