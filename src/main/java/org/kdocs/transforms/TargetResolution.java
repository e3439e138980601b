package org.kdocs.transforms;

import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;

/**
 * Resolves references by name to direct targets: external ones get the
 * target's refuri (docutils.transforms.references.ExternalTargets), internal
 * ones its id (docutils.transforms.references.InternalTargets).
 */
final class TargetResolution {
    private TargetResolution() {
    }

    static final Transform EXTERNAL = TargetResolution::external;
    static final Transform INTERNAL = TargetResolution::internal;

    private static void external(TransformContext context, Pending startNode) {
        Document document = context.document();
        for (Element target : document.findAll(NodeType.TARGET)) {
            if (!target.has("refuri")) {
                continue;
            }
            Object refuri = target.get("refuri");
            for (String name : List.copyOf(target.names())) {
                List<Element> refs = document.referencesToName(name);
                if (!refs.isEmpty()) {
                    context.noteReferencedBy(target, name, null);
                }
                for (Element ref : refs) {
                    if (context.isResolved(ref)) {
                        continue;
                    }
                    ref.remove("refname");
                    ref.set("refuri", refuri);
                    context.markResolved(ref);
                }
            }
        }
    }

    private static void internal(TransformContext context, Pending startNode) {
        Document document = context.document();
        for (Element target : document.findAll(NodeType.TARGET)) {
            if (target.has("refuri") || target.has("refid")) {
                continue;
            }
            for (String name : List.copyOf(target.names())) {
                String refid = document.idForName(name);
                List<Element> refs = document.referencesToName(name);
                if (!refs.isEmpty()) {
                    context.noteReferencedBy(target, name, null);
                }
                for (Element ref : refs) {
                    if (context.isResolved(ref)) {
                        continue;
                    }
                    if (refid != null && !refid.isEmpty()) {
                        ref.remove("refname");
                        ref.set("refid", refid);
                    }
                    context.markResolved(ref);
                }
            }
        }
    }
}
