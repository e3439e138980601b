package org.kdocs.transforms;

import java.util.LinkedHashSet;
import java.util.List;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.Severity;

/**
 * Resolves targets that point at other targets by name, following chains to
 * the final refuri or refid, and rewrites the references to them; reports
 * missing, duplicate and circular chains
 * (docutils.transforms.references.IndirectHyperlinks).
 */
final class IndirectHyperlinks implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        for (Element target : List.copyOf(context.document().indirectTargets())) {
            if (!context.isResolved(target)) {
                resolveTarget(context, target);
            }
            resolveReferences(context, target);
        }
    }

    private void resolveTarget(TransformContext context, Element target) {
        Document document = context.document();
        String refname = target.getString("refname");
        String reftargetId;
        if (refname == null) {
            reftargetId = target.getString("refid");
        } else {
            reftargetId = document.idForName(refname);
            if (reftargetId == null || reftargetId.isEmpty()) {
                nonexistent(context, target);
                return;
            }
        }
        Element reftarget = reftargetId == null ? null : document.elementById(reftargetId);
        if (reftarget == null) {
            nonexistent(context, target);
            return;
        }
        context.noteReferencedBy(reftarget, null, reftargetId);
        if (reftarget.is(NodeType.TARGET) && !context.isResolved(reftarget) && reftarget.has("refname")) {
            if (context.isMultiplyIndirect(target)) {
                error(context, target, "forming a circular reference");
                return;
            }
            context.setMultiplyIndirect(target, true);
            resolveTarget(context, reftarget);
            context.setMultiplyIndirect(target, false);
        }
        if (reftarget.has("refuri")) {
            target.set("refuri", reftarget.get("refuri"));
            target.remove("refid");
        } else if (reftarget.has("refid")) {
            target.set("refid", reftarget.get("refid"));
            document.noteRefid(target);
        } else if (!reftarget.ids().isEmpty()) {
            target.set("refid", reftargetId);
            document.noteRefid(target);
        } else {
            nonexistent(context, target);
            return;
        }
        if (refname != null) {
            target.remove("refname");
        }
        context.markResolved(target);
    }

    private void nonexistent(TransformContext context, Element target) {
        if (context.document().hasName(target.getString("refname"))) {
            error(context, target, "which is a duplicate, and cannot be used as a unique reference");
        } else {
            error(context, target, "which does not exist");
        }
    }

    private void error(TransformContext context, Element target, String explanation) {
        Document document = context.document();
        String naming = "";
        LinkedHashSet<Element> refs = new LinkedHashSet<>();
        if (!target.names().isEmpty()) {
            naming = "\"" + target.names().get(0) + "\" ";
        }
        for (String name : target.names()) {
            refs.addAll(document.referencesToName(name));
        }
        for (String id : target.ids()) {
            refs.addAll(document.referencesToId(id));
        }
        if (!target.ids().isEmpty()) {
            naming += "(id=\"" + target.ids().get(0) + "\")";
        }
        Element message = context.reporter().messageAt(Severity.ERROR, "Indirect hyperlink target " + naming
                + " refers to target \"" + target.getString("refname") + "\", " + explanation + ".", target);
        String messageId = document.setId(message);
        // Element keeps identity equality, so the set drops repeats as docutils' uniq does
        for (Element ref : List.copyOf(refs)) {
            TreeOps.replaceWithProblematic(context, ref, message, messageId);
        }
        context.markResolved(target);
    }

    private void resolveReferences(TransformContext context, Element target) {
        Document document = context.document();
        String attribute;
        boolean noteRefid;
        if (target.has("refid")) {
            attribute = "refid";
            noteRefid = true;
        } else if (target.has("refuri")) {
            attribute = "refuri";
            noteRefid = false;
        } else {
            return;
        }
        Object value = target.get(attribute);
        for (String name : List.copyOf(target.names())) {
            List<Element> refs = document.referencesToName(name);
            if (!refs.isEmpty()) {
                context.noteReferencedBy(target, name, null);
            }
            for (Element ref : List.copyOf(refs)) {
                redirect(context, ref, "refname", attribute, value, noteRefid);
            }
        }
        for (String id : List.copyOf(target.ids())) {
            List<Element> refs = document.referencesToId(id);
            if (!refs.isEmpty()) {
                context.noteReferencedBy(target, null, id);
            }
            for (Element ref : List.copyOf(refs)) {
                redirect(context, ref, "refid", attribute, value, noteRefid);
            }
        }
    }

    private void redirect(TransformContext context, Element ref, String oldAttribute, String attribute,
            Object value, boolean noteRefid) {
        if (context.isResolved(ref)) {
            return;
        }
        ref.remove(oldAttribute);
        ref.set(attribute, value);
        if (noteRefid) {
            context.document().noteRefid(ref);
        }
        context.markResolved(ref);
        if (ref.is(NodeType.TARGET)) {
            resolveReferences(context, ref);
        }
    }
}
