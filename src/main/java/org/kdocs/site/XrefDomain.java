package org.kdocs.site;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * A domain of cross-reference targets (Sphinx's Domain, as {@code add_domain} registers it):
 * it collects the objects each page of a source tree declares and resolves the pending
 * references whose {@code refdomain} is its {@link #name}. {@link CrossReferences} makes one
 * instance per source tree and build, and knows no domain by name.
 */
public interface XrefDomain {
    /** The {@code refdomain} of the pending references this domain resolves ("c"). */
    String name();

    /**
     * Takes what one page declares from its held doctree, on any thread (pages are read in
     * parallel); the build adds the result to the domain's tables in page order.
     */
    Declarations declarations(Page page);

    /** What one page declares, holding nothing of its doctree. */
    @FunctionalInterface
    interface Declarations {
        /** Adds it to the domain's tables; in page order. Duplicates are reported to {@code problems}. */
        void add(Problems problems);

        /**
         * All of it as text, the same for the same declarations on every build; null when it cannot
         * be told, and the build then treats the page's declarations as changed on every build.
         */
        default String describe() {
            return null;
        }
    }

    /** The place of a node from {@link #placeOf}, as text. */
    static String describePlace(Node place) {
        return place.source() + ":" + place.line();
    }

    /** Where the pending reference {@code xref} of a page points, or null: it then shows its text. */
    Target resolve(Page page, Element xref, Problems problems);

    /** The object {@code name} as seen from the top scope (the kernel's automarkup), or null. */
    Target find(String name);

    /** A declared object: its page and the anchor of its declaration. */
    record Target(Page page, String anchor) {
    }

    /** Where a domain reports a problem at a node of the page it works on. */
    @FunctionalInterface
    interface Problems {
        void warn(Element node, String message);
    }

    /**
     * A bare element at the place (source file and line) that a warning about {@code node} names:
     * kept instead of the node, it holds nothing of the node's doctree.
     */
    static Element placeOf(Node node) {
        Node located = node.locatedAncestor();
        Element place = new Element(NodeType.INLINE);
        if (located != null) {
            place.setLine(located.line());
            place.setSource(located.source());
        }
        return place;
    }

    /** Makes a source tree's domain from the tree's conf.py. */
    @FunctionalInterface
    interface Factory {
        XrefDomain create(SphinxConfig config);
    }
}
