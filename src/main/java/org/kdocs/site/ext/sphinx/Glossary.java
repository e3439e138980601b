package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.Directive;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.OptionConverter;
import org.kdocs.rst.directives.Options;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * The glossary directive (sphinx.domains.std.Glossary), for the common form
 * where the content is a definition list: each term gets the anchor
 * {@code term-NAME} that {@code :term:} links to.
 */
public final class Glossary implements Directive {
    @Override
    public boolean hasContent() {
        return true;
    }

    @Override
    public Map<String, OptionConverter> optionSpec() {
        return Map.of("sorted", Options.FLAG);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        call.assertHasContent();
        Element container = new Element(NodeType.CONTAINER);
        container.classes().add("glossary");
        call.context().nestedParse(call.content(), call.contentOffset(), container, false);
        for (Element list : container.findAll(NodeType.DEFINITION_LIST)) {
            list.classes().add("glossary");
            for (Element term : list.findAll(NodeType.TERM)) {
                String id = "term-" + Names.makeId(term.astext());
                if (!id.equals("term-") && !call.context().document().ids.containsKey(id)) {
                    term.ids().add(id);
                    call.context().document().ids.put(id, term);
                }
            }
            if (call.options().containsKey("sorted")) {
                List<Node> items = new java.util.ArrayList<>(list.children());
                items.sort(java.util.Comparator.comparing(n -> n.astext().toLowerCase(java.util.Locale.ROOT)));
                list.clearChildren();
                list.addAll(items);
            }
        }
        return List.of(container);
    }
}
