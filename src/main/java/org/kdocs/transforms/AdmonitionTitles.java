package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.Map;

import org.kdocs.tree.Category;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Turns specific admonitions (note, warning, ...) into generic ones with a
 * title and the specific name as a class; HTML and LaTeX writers add it,
 * the pseudo-XML writer does not (docutils.transforms.writer_aux.Admonitions).
 */
final class AdmonitionTitles implements Transform {
    /** English titles (docutils.languages.en labels). */
    static final Map<String, String> LABELS = Map.of("attention", "Attention!", "caution", "Caution!",
            "danger", "!DANGER!", "error", "Error", "hint", "Hint", "important", "Important", "note", "Note",
            "tip", "Tip", "warning", "Warning");

    @Override
    public void apply(TransformContext context, Pending startNode) {
        for (Element node : context.document().findAll(e -> e.is(Category.ADMONITION))) {
            node.classes().add(node.tagname());
            if (node.is(NodeType.ADMONITION) || node.parent() == null) {
                continue;
            }
            Element admonition = new Element(NodeType.ADMONITION, node.rawsource());
            admonition.setOrigin(node);
            TitlePromoter.updateAllAttributes(admonition, node);
            admonition.addAll(new ArrayList<>(node.children()));
            admonition.insert(0, Element.text(NodeType.TITLE, "",
                    LABELS.getOrDefault(node.tagname(), node.tagname())));
            TreeOps.replaceSelf(node, admonition);
        }
    }
}
