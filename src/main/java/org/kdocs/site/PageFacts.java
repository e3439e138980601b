package org.kdocs.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.kdocs.specrun.SpecDirectives;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * What the site's whole-site stages need of a page without its doctree (Sphinx keeps the like
 * in its environment, apart from the pickled doctrees): its toctrees, the shape of its sections,
 * toctrees and numbered elements, the files it includes and depends on, and its ids. Taken once,
 * right after the page is read; the doctree itself is then dropped and loaded again only to
 * resolve and write the page, so that no stage holds every doctree at once.
 *
 * <p>Elements are named by their position in the document ({@link Nodes}): the same on every
 * load of the same doctree.
 */
final class PageFacts {
    /** The kind of a {@link Shape} node. */
    enum Kind { SECTION, TOCTREE, ENUMERABLE, OTHER }

    /**
     * One node of a page's shape: a section (its first id or null, and its title as a table of
     * contents shows it), a toctree, an element Numbering may number (its figtype, and whether it
     * has a caption and an id), or another element holding some of these.
     *
     * @param index the element's position among the page's sections, toctrees or enumerables
     */
    record Shape(Kind kind, int index, String id, String title, String figtype, boolean numberable,
                 List<Shape> children) {
        /** The toctrees in this subtree, this node included, in document order. */
        void toctrees(List<Shape> out) {
            if (kind == Kind.TOCTREE) {
                out.add(this);
            }
            for (Shape child : children) {
                child.toctrees(out);
            }
        }
    }

    /**
     * One toctree directive of a page as written: its entries and options.
     *
     * @param numberedDepth how deep a {@code :numbered:} toctree numbers (0: not numbered)
     */
    record TocTree(Page owner, int index, int line, List<String> entries, boolean glob, boolean reversed,
                   boolean hidden, boolean includehidden, int numberedDepth) {
    }

    /**
     * The sections, toctrees and enumerable elements of one doctree, by position, and the elements
     * the site's tables take from it (named ones, object signatures, citations, glossaries, index
     * nodes), each in document order: one walk of the doctree serves all the site's stages, since
     * walking a large tree costs more than anything done at its elements.
     */
    static final class Nodes {
        final List<Element> toctrees = new ArrayList<>();
        final List<Element> sections = new ArrayList<>();
        final List<Element> enumerables = new ArrayList<>();
        final List<Element> named = new ArrayList<>();
        final List<Element> signatures = new ArrayList<>();
        final List<Element> citations = new ArrayList<>();
        final List<Element> glossaries = new ArrayList<>();
        final List<Element> indexes = new ArrayList<>();
        boolean hasSpecs;
        boolean showsFiles;
        private final Map<Element, Integer> positions = new IdentityHashMap<>();

        Nodes(Document document) {
            this(document, e -> false);
        }

        /** The nodes of {@code document}; {@code converted}: the elements a figure conversion works on. */
        Nodes(Document document, Predicate<Element> converted) {
            document.findAll(e -> {
                List<Element> kind = e.is(SphinxNodes.TOCTREE) ? toctrees : e.is(NodeType.SECTION) ? sections
                        : Numbering.figtype(e) != null ? enumerables : null;
                if (kind != null) {
                    positions.put(e, kind.size());
                    kind.add(e);
                }
                if (!e.names().isEmpty()) {
                    named.add(e);
                }
                if (e.is(SphinxNodes.DESC_SIGNATURE)) {
                    signatures.add(e);
                } else if (e.is(NodeType.CITATION)) {
                    citations.add(e);
                } else if (e.is(NodeType.DEFINITION_LIST) && e.classes().contains("glossary")) {
                    glossaries.add(e);
                } else if (e.is(SphinxNodes.INDEX)) {
                    indexes.add(e);
                }
                hasSpecs |= e.is(SpecDirectives.SPEC) || e.is(SpecDirectives.SPEC_TABLE);
                showsFiles |= e.is(NodeType.IMAGE) || e.is(SphinxNodes.DOWNLOAD_REFERENCE) || converted.test(e);
                return false;
            });
        }

        /** The position of a toctree, section or enumerable element among its kind; -1 for others. */
        int position(Element e) {
            return positions.getOrDefault(e, -1);
        }
    }

    private final List<TocTree> toctrees;
    private final List<Shape> shape;
    private final List<String> included;
    private final List<String> dependencies;
    private final Set<String> ids;
    private final String manName;
    private final String manVolume;
    private final String manPurpose;
    private final boolean hasSpecs;
    private final boolean showsFiles;

    /** Facts as given (a page's summary, {@link PageSummary}). */
    PageFacts(List<TocTree> toctrees, List<Shape> shape, List<String> included, List<String> dependencies,
              Set<String> ids, String manName, String manVolume, String manPurpose, boolean hasSpecs,
              boolean showsFiles) {
        this.toctrees = List.copyOf(toctrees);
        this.shape = List.copyOf(shape);
        this.included = List.copyOf(included);
        this.dependencies = List.copyOf(dependencies);
        this.ids = Set.copyOf(ids);
        this.manName = manName;
        this.manVolume = manVolume;
        this.manPurpose = manPurpose;
        this.hasSpecs = hasSpecs;
        this.showsFiles = showsFiles;
    }

    /** The facts of a page's read document, whose {@code nodes} are given. */
    static PageFacts of(Page page, Document document, Nodes nodes) {
        List<TocTree> toctrees = new ArrayList<>();
        for (int i = 0; i < nodes.toctrees.size(); i++) {
            Element t = nodes.toctrees.get(i);
            int depth = t.get("numbereddepth") instanceof Integer n ? n
                    : Boolean.TRUE.equals(t.get("numbered")) ? Integer.MAX_VALUE : 0;
            toctrees.add(new TocTree(page, i, t.line(), List.copyOf(t.list("entries")),
                    Boolean.TRUE.equals(t.get("glob")), Boolean.TRUE.equals(t.get("reversed")),
                    Boolean.TRUE.equals(t.get("hidden")), Boolean.TRUE.equals(t.get("includehidden")), depth));
        }
        return new PageFacts(toctrees, shapeOf(document, nodes), SphinxNodes.includedBy(document),
                List.copyOf(document.dependencies()), document.elementsById().keySet(),
                document.getString(ForeignPages.MAN_NAME), document.getString(ForeignPages.MAN_VOLUME),
                document.getString(ForeignPages.MAN_PURPOSE), nodes.hasSpecs, nodes.showsFiles);
    }

    private static List<Shape> shapeOf(Element element, Nodes nodes) {
        List<Shape> out = new ArrayList<>();
        for (Node child : element.children()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.is(NodeType.SECTION)) {
                Element title = e.size() > 0 && e.child(0) instanceof Element t && t.is(NodeType.TITLE) ? t : null;
                out.add(new Shape(Kind.SECTION, nodes.position(e), e.ids().isEmpty() ? null : e.ids().get(0),
                        title == null ? "" : org.kdocs.writers.html.HtmlWriter.contentsText(title), null, false,
                        shapeOf(e, nodes)));
            } else if (e.is(SphinxNodes.TOCTREE)) {
                out.add(new Shape(Kind.TOCTREE, nodes.position(e), null, null, null, false, shapeOf(e, nodes)));
            } else if (Numbering.figtype(e) != null) {
                out.add(new Shape(Kind.ENUMERABLE, nodes.position(e), null, null, Numbering.figtype(e),
                        Numbering.captionOf(e) != null && !e.ids().isEmpty(), shapeOf(e, nodes)));
            } else {
                List<Shape> inner = shapeOf(e, nodes);
                if (!inner.isEmpty()) {
                    out.add(new Shape(Kind.OTHER, -1, null, null, null, false, inner));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The page's toctrees, in document order. */
    List<TocTree> toctrees() {
        return toctrees;
    }

    /** The page's top-level shape: the document's children that are or hold sections, toctrees or enumerables. */
    List<Shape> shape() {
        return shape;
    }

    /** The files the page includes (Sphinx's check_consistency does not report them). */
    List<String> included() {
        return included;
    }

    /** The files reading the page depended on. */
    List<String> dependencies() {
        return dependencies;
    }

    /** Whether the page has the id (a link to page#id resolves). */
    boolean hasId(String id) {
        return ids.contains(id);
    }

    /** The page's ids. */
    Set<String> ids() {
        return ids;
    }

    String manName() {
        return manName;
    }

    String manVolume() {
        return manVolume;
    }

    String manPurpose() {
        return manPurpose;
    }

    /** Whether the page holds spec examples or tables (their runs write onto its nodes). */
    boolean hasSpecs() {
        return hasSpecs;
    }

    /**
     * Whether the page shows or offers files (images, downloads) or has figures to convert: such
     * pages have them copied in page order, since names in _images/ depend on it ({@link Assets}).
     */
    boolean showsFiles() {
        return showsFiles;
    }
}
