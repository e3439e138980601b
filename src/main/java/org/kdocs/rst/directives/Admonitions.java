package org.kdocs.rst.directives;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The admonition directives (docutils directives/admonitions.py): the
 * specific ones (note, warning, ...) and the generic "admonition", whose
 * argument is its title.
 */
final class Admonitions implements Directive {
    private final NodeType nodeType;

    Admonitions(NodeType nodeType) {
        this.nodeType = nodeType;
    }

    static void registerAll(DirectiveRegistry registry) {
        for (NodeType type : List.of(NodeType.ATTENTION, NodeType.CAUTION, NodeType.DANGER, NodeType.ERROR,
                NodeType.HINT, NodeType.IMPORTANT, NodeType.NOTE, NodeType.TIP, NodeType.WARNING)) {
            registry.register(type.tagname(), () -> new Admonitions(type));
        }
        registry.register("admonition", () -> new Admonitions(NodeType.ADMONITION));
    }

    private boolean generic() {
        return nodeType == NodeType.ADMONITION;
    }

    @Override
    public DirectiveSyntax syntax() {
        return DirectiveSyntax.arguments(generic() ? 1 : 0, 0).withFinalArgumentWhitespace()
                .withOptions(Map.of("class", Options.CLASS_OPTION, "name", Options.UNCHANGED)).withContent();
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        Element admonition = new Element(nodeType, DirectiveSupport.contentText(call));
        DirectiveSupport.applyOptions(call.options(), admonition);
        DirectiveSupport.addName(call, admonition);
        if (generic()) {
            String titleText = call.arguments().get(0);
            List<Element> messages = new ArrayList<>();
            Element title = DirectiveSupport.title(call, titleText, messages);
            DirectiveSupport.locate(call, title);
            admonition.add(title);
            admonition.addAll(messages);
            if (!call.options().containsKey("class")) {
                admonition.classes().add("admonition-" + Names.makeId(titleText));
            }
        }
        call.context().nestedParse(call.content(), call.contentOffset(), admonition);
        return List.of(admonition);
    }
}
