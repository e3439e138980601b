package org.kdocs.transforms;

import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Severity;

/**
 * Reports references whose names no target resolves ("Unknown target name",
 * duplicates), resolves the rest by id, and notes unreferenced targets
 * (docutils.transforms.references.DanglingReferences).
 */
final class DanglingReferences implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        walk(context, document);
        for (Element target : document.findAll(NodeType.TARGET)) {
            if (target.referenced() || Truth.of(target.get("anonymous"))) {
                continue;
            }
            String naming = !target.names().isEmpty() ? target.names().get(0)
                    : !target.ids().isEmpty() ? target.ids().get(0) : target.getString("refid");
            context.reporter().messageAt(Severity.INFO, "Hyperlink target \"" + naming + "\" is not referenced.",
                    target);
        }
    }

    // Children are snapshotted first, so a replaced node's own children are still visited, as in docutils.
    private void walk(TransformContext context, Node node) {
        if (!(node instanceof Element element)) {
            return;
        }
        if (element.is(NodeType.REFERENCE) || element.is(NodeType.FOOTNOTE_REFERENCE)
                || element.is(NodeType.CITATION_REFERENCE)) {
            visitReference(context, element);
        }
        for (Node child : List.copyOf(element.children())) {
            walk(context, child);
        }
    }

    private void visitReference(TransformContext context, Element node) {
        if (context.isResolved(node) || !node.has("refname")) {
            return;
        }
        Document document = context.document();
        String refname = node.getString("refname");
        String id = document.idForName(refname);
        if (id == null) {
            String text = document.hasName(refname)
                    ? "Duplicate target name, cannot be used as a unique reference: \"" + refname + "\"."
                    : "Unknown target name: \"" + refname + "\".";
            Element message = context.reporter().messageAt(Severity.ERROR, text, node);
            String messageId = document.setId(message);
            Element problematic = TreeOps.problematicFor(node, messageId);
            String problematicId = !node.ids().isEmpty() ? node.ids().get(0) : document.setId(problematic);
            message.backrefs().add(problematicId);
            TreeOps.replaceSelf(node, problematic);
            return;
        }
        node.remove("refname");
        node.set("refid", id);
        Element target = document.elementById(id);
        if (target != null) {
            context.noteReferencedBy(target, null, id);
        }
        context.markResolved(node);
    }
}
