package org.kdocs.transforms;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Moves the ids and names of empty block-level targets to the element that
 * follows them; the target then refers to it by refid
 * (docutils.transforms.references.PropagateTargets).
 */
final class PropagateTargets implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        for (Element target : document.findAll(NodeType.TARGET)) {
            if (target.parent() == null || target.parent().is(Category.TEXT_ELEMENT)
                    || target.has("refid") || target.has("refuri") || target.has("refname")) {
                continue;
            }
            Node next = TreeOps.nextNodeAscending(target);
            while (next instanceof Element e && e.is(NodeType.SYSTEM_MESSAGE)) {
                next = TreeOps.nextNodeAscending(e);
            }
            if (!(next instanceof Element nextElement)
                    || (nextElement.is(Category.INVISIBLE) || nextElement.is(Category.TARGETABLE))
                    && !nextElement.is(NodeType.TARGET)) {
                continue;
            }
            if (target.ids().isEmpty()) {
                continue;
            }
            nextElement.ids().addAll(target.ids());
            nextElement.names().addAll(target.names());
            for (String id : target.ids()) {
                document.registerId(id, nextElement);
            }
            context.expectReferencedBy(nextElement, target);
            target.set("refid", target.ids().get(0));
            target.ids().clear();
            target.names().clear();
            document.noteRefid(target);
        }
    }
}
