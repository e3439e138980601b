package org.kdocs.site;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.TreeCodec;

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
         * Writes it for the build cache, the same bytes for the same declarations on every build
         * ({@link XrefDomain#restore} reads it back). Throws IOException when it cannot be kept: the
         * build then loads the page's doctree on every rebuild, and treats its declarations as changed.
         */
        default void save(DataOutputStream out) throws IOException {
            throw new IOException("declarations that cannot be kept");
        }
    }

    /** Reads back one page's declarations as {@link Declarations#save} wrote them. */
    default Declarations restore(Page page, DataInputStream in) throws IOException {
        throw new IOException("declarations that cannot be kept");
    }

    /** Writes a place from {@link #placeOf} (its file and line) for the build cache. */
    static void writePlace(DataOutputStream out, Element place) throws IOException {
        TreeCodec.writeValue(out, place.source());
        out.writeInt(place.line());
    }

    /** Reads a place written by {@link #writePlace}. */
    static Element readPlace(DataInputStream in) throws IOException {
        Object source = TreeCodec.readValue(in);
        if (source != null && !(source instanceof String)) {
            throw new IOException("not a place");
        }
        Element place = new Element(NodeType.INLINE);
        place.setSource((String) source);
        place.setLine(in.readInt());
        return place;
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
