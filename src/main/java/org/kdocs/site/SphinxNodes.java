package org.kdocs.site;

import java.util.List;

import org.kdocs.tree.Category;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;

/**
 * Element types Sphinx adds to the docutils tree (sphinx.addnodes), with the
 * attributes our directives and roles give them.
 */
public final class SphinxNodes {
    /** A toctree: attribute {@code entries} holds the raw entry lines; options as Sphinx names them. */
    public static final NodeType TOCTREE = NodeType.define("toctree", Category.GENERAL);
    /** A cross-reference waiting for resolution: reftype, reftarget, refexplicit, refdomain. */
    public static final NodeType PENDING_XREF = NodeType.define("pending_xref", Category.INLINE);
    /** The text of versionadded, versionchanged and deprecated: type, version. */
    public static final NodeType VERSIONMODIFIED = NodeType.define("versionmodified", Category.GENERAL);
    /** A "See also" admonition. */
    public static final NodeType SEEALSO = NodeType.define("seealso", Category.ADMONITION);
    /** Content kept only when the tag expression {@code expr} holds. */
    public static final NodeType ONLY = NodeType.define("only", Category.GENERAL);
    /** The default highlighting language from here on: lang. */
    public static final NodeType HIGHLIGHTLANG = NodeType.define("highlightlang", Category.SPECIAL, Category.INVISIBLE);
    /** Index entries (collected for a general index later); invisible in the page. */
    public static final NodeType INDEX = NodeType.define("index", Category.SPECIAL, Category.INVISIBLE);

    /** A keyboard key, or with class {@code compound} a key combination of kbd children (Sphinx's literal.kbd). */
    public static final NodeType KBD = NodeType.define("kbd", Category.INLINE);
    /** Content kept only when the ifconfig expression {@code expr} holds for the build's configuration values. */
    public static final NodeType IFCONFIG = NodeType.define("ifconfig", Category.GENERAL);

    /** A described object (C function, macro, struct...): attributes domain, objtype. */
    public static final NodeType DESC = NodeType.define("desc", Category.GENERAL);
    /** The signature line of a desc: attributes fullname, ids "c.NAME". */
    public static final NodeType DESC_SIGNATURE = NodeType.define("desc_signature", Category.PART, Category.TEXT_ELEMENT);
    /** The body of a desc. */
    public static final NodeType DESC_CONTENT = NodeType.define("desc_content", Category.PART);

    /** A link to a file the site copies into _downloads: attribute reftarget (Sphinx's download_reference). */
    public static final NodeType DOWNLOAD_REFERENCE = NodeType.define("download_reference", Category.INLINE);

    /** Document attribute: the program that later options belong to (std domain's program directive). */
    public static final String PROGRAM = "std:program";
    /** A signature's attribute: the keys :option: and :envvar: look up ("option PROGRAM NAME", "envvar NAME"). */
    public static final String STD_KEY = "std:key";

    /** Document attribute: the files that include directives of the document read. */
    public static final String INCLUDED = "sphinx-included";

    private static final java.util.Set<String> STD_TYPES = java.util.Set.of("doc", "ref", "term", "numref", "option",
            "envvar");

    private SphinxNodes() {
    }

    /** The files that include directives of {@code document} included. */
    public static List<String> includedBy(Document document) {
        return document.list(INCLUDED);
    }

    /** Sphinx's figure directive gives the :name: to the figure, where docutils gives it to the image. */
    public static void nameFigures(Document document) {
        for (Element figure : document.findAll(NodeType.FIGURE)) {
            if (figure.size() > 0 && figure.child(0) instanceof Element image && image.is(NodeType.IMAGE)
                    && !image.names().isEmpty()) {
                figure.names().addAll(image.names());
                figure.ids().addAll(image.ids());
                for (String id : image.ids()) {
                    document.registerId(id, figure);
                }
                image.names().clear();
                image.ids().clear();
            }
        }
    }

    /**
     * A toctree node as the toctree directive builds it, also used by tests
     * and other front ends (Markdown, AsciiDoc) that want the same navigation.
     */
    public static Element toctree(List<String> entries, int maxdepth, String caption, boolean numbered,
                                  boolean glob, boolean hidden, boolean titlesonly) {
        Element toctree = new Element(TOCTREE);
        toctree.list("entries").addAll(entries);
        toctree.set("maxdepth", maxdepth);
        if (caption != null) {
            toctree.set("caption", caption);
        }
        toctree.set("numbered", numbered);
        toctree.set("glob", glob);
        toctree.set("hidden", hidden);
        toctree.set("titlesonly", titlesonly);
        return toctree;
    }

    /** An index node (sphinx.addnodes.index): entry lines for the general index, pointing at {@code refid}. */
    public static Element index(String entries, String refid) {
        Element index = new Element(INDEX);
        index.set("entries", entries);
        index.set("refid", refid);
        return index;
    }

    /** A compound wrapper holding a toctree, as Sphinx puts it in the tree. */
    public static Element toctreeWrapper(Element toctree) {
        Element wrapper = Element.of(NodeType.COMPOUND, toctree);
        wrapper.classes().add("toctree-wrapper");
        return wrapper;
    }

    /** A pending cross-reference whose content shows {@code title}. */
    public static Element pendingXref(String reftype, String target, String title, boolean explicit,
                                      String innerClasses) {
        Element xref = new Element(PENDING_XREF);
        boolean std = STD_TYPES.contains(reftype);
        xref.set("refdomain", std ? "std" : "c");
        xref.set("reftype", reftype);
        xref.set("reftarget", target);
        xref.set("refexplicit", explicit);
        boolean code = !std || reftype.equals("option") || reftype.equals("envvar");
        Element inner = Element.text(code ? NodeType.LITERAL : NodeType.INLINE,
                "", title);
        for (String cls : innerClasses.split(" ")) {
            inner.classes().add(cls);
        }
        xref.add(inner);
        return xref;
    }

    /** The lookup key of an option of a program (a {@link #STD_KEY}). */
    public static String optionKey(String program, String option) {
        return "option " + program + " " + option;
    }

    /** The text a pending cross-reference shows. */
    public static String shownText(Element pendingXref) {
        return pendingXref.astext();
    }

    /** Replaces the shown text of a pending cross-reference (for an implicit title found at resolution). */
    public static void setShownText(Element pendingXref, String title) {
        if (pendingXref.size() > 0 && pendingXref.child(0) instanceof Element inner) {
            inner.clearChildren();
            inner.add(new Text(title));
        }
    }
}
