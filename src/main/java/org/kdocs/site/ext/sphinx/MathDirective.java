package org.kdocs.site.ext.sphinx;

import java.util.List;
import java.util.Map;

import org.kdocs.rst.directives.DeclaredDirective;
import org.kdocs.rst.directives.DirectiveCall;
import org.kdocs.rst.directives.DirectiveError;
import org.kdocs.rst.directives.DirectiveSyntax;
import org.kdocs.rst.directives.Options;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * Sphinx's math directive (sphinx.directives.patches.MathDirective), which
 * replaces docutils' one: the whole content is one math block (blank lines
 * stay inside it), and it takes {@code :nowrap:} (the content is already a
 * complete LaTeX environment) and {@code :label:} (an anchor
 * {@code equation-LABEL}) besides docutils' {@code :class:} and {@code :name:}.
 */
public final class MathDirective extends DeclaredDirective {
    private static final DirectiveSyntax SYNTAX = DirectiveSyntax.arguments(0, 1).withFinalArgumentWhitespace()
            .withOptions(Map.of(
                    "label", Options.UNCHANGED, "name", Options.UNCHANGED, "class", Options.CLASS_OPTION,
                    "nowrap", Options.FLAG))
            .withContent();

    public MathDirective() {
        super(SYNTAX);
    }

    @Override
    public List<Node> run(DirectiveCall call) throws DirectiveError {
        String latex = String.join("\n", call.content().lines()).strip();
        if (!call.arguments().isEmpty()) {
            latex = latex.isEmpty() ? call.arguments().get(0) : call.arguments().get(0) + "\n\n" + latex;
        }
        if (latex.isEmpty()) {
            throw call.missingContent();
        }
        Element block = Element.text(NodeType.MATH_BLOCK, latex, latex);
        block.setLine(call.lineno());
        if (call.options().get("class") instanceof List<?> classes) {
            classes.forEach(c -> block.classes().add(c.toString()));
        }
        if (call.options().containsKey("nowrap")) {
            block.set("nowrap", true);
        }
        Object label = call.options().containsKey("label") ? call.options().get("label") : call.options().get("name");
        if (label instanceof String name && !name.isBlank()) {
            String id = Names.makeId("equation-" + name);
            block.set("label", name);
            // Sphinx's math domain numbers the labelled equations of a page in order
            int number = call.context().document().get("equation-count") instanceof Integer n ? n + 1 : 1;
            call.context().document().set("equation-count", number);
            block.set("number", number);
            if (!call.context().document().hasId(id)) {
                block.ids().add(id);
                call.context().document().registerId(id, block);
            }
        }
        return List.of(block);
    }
}
