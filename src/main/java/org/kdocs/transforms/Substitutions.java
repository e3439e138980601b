package org.kdocs.transforms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Pending;
import org.kdocs.tree.PyText;
import org.kdocs.tree.Reporter;
import org.kdocs.tree.Severity;
import org.kdocs.tree.Text;

/**
 * Replaces substitution references by copies of their definitions' contents,
 * following nested references and reporting undefined and circular ones
 * (docutils.transforms.references.Substitutions).
 */
final class Substitutions implements Transform {
    @Override
    public void apply(TransformContext context, Pending startNode) {
        Document document = context.document();
        Reporter reporter = context.reporter();
        Map<String, List<String>> nested = new HashMap<>();
        Map<Element, Element> refOrigin = new IdentityHashMap<>();
        List<Element> refs = new ArrayList<>(document.findAll(NodeType.SUBSTITUTION_REFERENCE));
        for (int i = 0; i < refs.size(); i++) {
            Element ref = refs.get(i);
            String refname = ref.getString("refname");
            String key = refname == null ? null
                    : document.hasSubstitutionDefinition(refname) ? refname
                    : document.substitutionNameFor(refname.toLowerCase(Locale.ROOT));
            Element message = null;
            Element subdef = null;
            if (key == null) {
                message = reporter.messageAt(Severity.ERROR,
                        "Undefined substitution referenced: \"" + refname + "\".", ref);
            } else {
                subdef = document.substitutionDefinition(key);
                if (PyText.len(subdef.astext()) > context.settings().lineLengthLimit()) {
                    message = reporter.error("Substitution definition \"" + key
                            + "\" exceeds the line-length-limit.", null);
                }
            }
            if (message != null) {
                String messageId = document.setId(message);
                TreeOps.replaceWithProblematic(context, ref, message, messageId);
                continue;
            }
            if (ref.parent() == null) {
                continue;
            }
            trimNeighbours(ref, subdef);
            Element copy = subdef.deepCopy();
            if (!noteNested(copy, key, ref, nested, refOrigin, refs, document)) {
                reportCircular(context, ref, refname, refOrigin);
                continue;
            }
            List<Node> children = new ArrayList<>(copy.children());
            TreeOps.replaceSelf(ref, children);
            for (Node node : children) {
                if (node instanceof Element e && e.is(Category.REFERENTIAL) && e.has("refname")) {
                    document.noteRefname(e);
                }
            }
        }
    }

    // ltrim/rtrim/trim on the definition strip white space around the reference.
    private static void trimNeighbours(Element ref, Element subdef) {
        Element parent = ref.parent();
        int index = parent.indexOf(ref);
        boolean both = subdef.has("trim");
        if ((both || subdef.has("ltrim")) && index > 0 && parent.child(index - 1) instanceof Text before) {
            parent.replace(before, new Text(PyText.rstrip(before.raw())));
        }
        if ((both || subdef.has("rtrim")) && index + 1 < parent.size()
                && parent.child(index + 1) instanceof Text after) {
            parent.replace(after, new Text(PyText.lstrip(after.raw())));
        }
    }

    /** Queues the copy's own references; false when one leads back into a definition already being expanded. */
    private static boolean noteNested(Element copy, String key, Element ref, Map<String, List<String>> nested,
            Map<Element, Element> refOrigin, List<Element> refs, Document document) {
        for (Element nestedRef : copy.findAll(NodeType.SUBSTITUTION_REFERENCE)) {
            String name = nestedRef.getString("refname");
            String nestedName = name == null ? null : document.substitutionNameFor(name.toLowerCase(Locale.ROOT));
            List<String> users = nested.computeIfAbsent(nestedName, k -> new ArrayList<>());
            if (users.contains(nestedName)) {
                return false;
            }
            users.add(key);
            // docutils keeps the replaced reference's parent link; remember where it was instead
            refOrigin.put(nestedRef, refOrigin.getOrDefault(ref, TreeOps.locatedSelfOrAncestor(ref)));
            refs.add(nestedRef);
        }
        return true;
    }

    private static void reportCircular(TransformContext context, Element ref, String refname,
            Map<Element, Element> refOrigin) {
        Reporter reporter = context.reporter();
        Element parent = ref.parent();
        if (parent.is(NodeType.SUBSTITUTION_DEFINITION)) {
            Element literal = Element.text(NodeType.LITERAL_BLOCK, parent.rawsource(), parent.rawsource());
            Element message = reporter.messageAt(Severity.ERROR, "Circular substitution definition detected:",
                    parent, literal);
            TreeOps.replaceSelf(parent, message);
            return;
        }
        Element origin = refOrigin.getOrDefault(ref, ref);
        Element message = reporter.messageAt(Severity.ERROR,
                "Circular substitution definition referenced: \"" + refname + "\".", origin);
        String messageId = context.document().setId(message);
        TreeOps.replaceWithProblematic(context, ref, message, messageId);
    }
}
