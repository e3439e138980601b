package org.kdocs.transforms;

import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;

/**
 * Moves transitions that end a section up to after the section, and reports
 * transitions at the start or end of the document or section and adjacent
 * ones (docutils.transforms.misc.Transitions).
 */
final class Transitions implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        for (Element transition : context.document().findAll(NodeType.TRANSITION)) {
            visit(context, transition);
        }
    }

    private static boolean isTitle(Element parent, int index, NodeType type) {
        return index < parent.size() && parent.child(index) instanceof Element e && e.is(type);
    }

    private void visit(TransformContext context, Element node) {
        Element parent = node.parent();
        if (parent == null) {
            return;
        }
        Reporter reporter = context.reporter();
        int index = parent.indexOf(node);
        Element error = null;
        Integer line = node.line() > 0 ? node.line() : null;
        if (index == 0 || isTitle(parent, 0, NodeType.TITLE)
                && (index == 1 || isTitle(parent, 1, NodeType.SUBTITLE) && index == 2)) {
            error = reporter.messageWithSource(Severity.ERROR,
                    "Document or section may not begin with a transition.", node.source(), line);
        } else if (parent.child(index - 1) instanceof Element previous && previous.is(NodeType.TRANSITION)) {
            error = reporter.messageWithSource(Severity.ERROR, "At least one body element must separate "
                    + "transitions; adjacent transitions are not allowed.", node.source(), line);
        }
        if (error != null) {
            parent.insert(index, error);
            index++;
        }
        if (index != parent.size() - 1) {
            return;
        }
        Element sibling = node;
        while (index == sibling.parent().size() - 1) {
            sibling = sibling.parent();
            if (sibling.parent() == null) {
                Element end = reporter.message(Severity.ERROR, "Document may not end with a transition.", line);
                parent.insert(parent.indexOf(node) + 1, end);
                return;
            }
            index = sibling.parent().indexOf(sibling);
        }
        parent.remove(node);
        sibling.parent().insert(index + 1, node);
    }
}
