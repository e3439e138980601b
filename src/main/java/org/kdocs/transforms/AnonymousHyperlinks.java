package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Pairs anonymous references with anonymous targets in document order, or
 * reports a count mismatch (docutils.transforms.references.AnonymousHyperlinks).
 */
final class AnonymousHyperlinks implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        List<Element> refs = anonymous(document, NodeType.REFERENCE);
        List<Element> targets = anonymous(document, NodeType.TARGET);
        if (refs.size() != targets.size()) {
            Element message = context.reporter().error("Anonymous hyperlink mismatch: " + refs.size()
                    + " references but " + targets.size() + " targets.\nSee \"backrefs\" attribute for IDs.", null);
            String messageId = document.setId(message);
            for (Element ref : refs) {
                TreeOps.replaceWithProblematic(context, ref, message, messageId);
            }
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            Element ref = refs.get(i);
            Element target = targets.get(i);
            target.setReferenced(true);
            while (true) {
                if (target.has("refuri")) {
                    ref.set("refuri", target.get("refuri"));
                    context.markResolved(ref);
                    break;
                }
                if (target.ids().isEmpty()) {
                    Element next = document.elementById(target.getString("refid"));
                    if (next == null || next == target) {
                        break;
                    }
                    target = next;
                    continue;
                }
                ref.set("refid", target.ids().get(0));
                document.noteRefid(ref);
                break;
            }
        }
    }

    private static List<Element> anonymous(Document document, NodeType type) {
        List<Element> found = new ArrayList<>();
        for (Element e : document.findAll(type)) {
            if (Truth.of(e.get("anonymous"))) {
                found.add(e);
            }
        }
        return found;
    }
}
