package org.kdocs.transforms;

import java.util.List;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/** Tree edits the transforms share, with docutils' semantics. */
final class TreeOps {
    private TreeOps() {
    }

    /**
     * docutils Node.replace_self with a list: the first new node, when it is an
     * element, takes over the old node's ids, classes, names and dupnames.
     * A detached node is left alone.
     */
    static void replaceSelf(Element old, List<? extends Node> replacements) {
        if (old.parent() == null) {
            return;
        }
        if (!replacements.isEmpty() && replacements.get(0) instanceof Element first) {
            first.updateBasicAttributes(old);
        }
        old.parent().replace(old, replacements);
    }

    static void replaceSelf(Element old, Node replacement) {
        replaceSelf(old, List.of(replacement));
    }

    /**
     * Replaces a node that cannot be resolved by a problematic element showing
     * its source text and linking to the message, as docutils does everywhere.
     */
    static void replaceWithProblematic(TransformContext context, Element node, Element message, String messageId) {
        Element problematic = problematicFor(node, messageId);
        String problematicId = context.document().setId(problematic);
        message.backrefs().add(problematicId);
        replaceSelf(node, problematic);
    }

    static Element problematicFor(Element node, String messageId) {
        Element problematic = Element.text(NodeType.PROBLEMATIC, node.rawsource(), node.rawsource());
        problematic.set("refid", messageId);
        return problematic;
    }

    /**
     * The element's first id; one is assigned when it has none. docutils
     * asserts the id exists (the parser always sets one); trees built by
     * other code should not make a transform fail.
     */
    static String idOf(TransformContext context, Element element) {
        return element.ids().isEmpty() ? context.document().setId(element) : element.ids().get(0);
    }

    /** docutils next_node(ascend=True): the next sibling, or the next sibling of the nearest ancestor that has one. */
    static Node nextNodeAscending(Node node) {
        Node current = node;
        while (current.parent() != null) {
            Element parent = current.parent();
            int index = parent.indexOf(current);
            if (index + 1 < parent.size()) {
                return parent.child(index + 1);
            }
            current = parent;
        }
        return null;
    }

    /** The node itself or its nearest ancestor that knows its source or line (docutils get_source_line). */
    static Element locatedSelfOrAncestor(Element node) {
        Element current = node;
        while (current != null) {
            if (current.source() != null || current.line() > 0) {
                return current;
            }
            current = current.parent();
        }
        return node;
    }

    /** The first descendant element of this type (not the node itself), or null. */
    static Element firstDescendant(Element node, NodeType type) {
        for (Node n : node.traverse()) {
            if (n != node && n instanceof Element e && e.is(type)) {
                return e;
            }
        }
        return null;
    }

    /** A pending detail as a list of strings (docutils stores class lists; a single value counts as one). */
    static List<String> stringList(Object value) {
        List<String> out = new java.util.ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(item));
            }
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
