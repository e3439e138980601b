package org.kdocs.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.kdocs.site.CrossReferences.Label;
import org.kdocs.site.CrossReferences.Numbered;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;

/**
 * What one page defines for the tables of {@link CrossReferences}, taken from its held doctree on
 * any thread, in the order the tables take it ({@link CrossReferences#add}): labels (Sphinx's std
 * domain and autosectionlabel), objects, the domains' declarations, citations, glossary terms,
 * section labels. It holds nothing of the doctree: warnings name bare place nodes.
 */
final class PageDefinitions {
    private static final int AUTOSECTION_MAXDEPTH = 2;

    final Page page;
    final List<Definition> list = new ArrayList<>();

    private PageDefinitions(Page page) {
        this.page = page;
    }

    /** The definitions {@code list} of a page, as its summary kept them ({@link PageSummary}). */
    static PageDefinitions of(Page page, List<Definition> list) {
        PageDefinitions out = new PageDefinitions(page);
        out.list.addAll(list);
        return out;
    }

    // one entry; where: the place a duplicate is reported at
    interface Definition {
    }

    record LabelDefinition(String name, Label label, Element where, boolean unlessKnown) implements Definition {
    }

    record ObjectDefinition(String key, Label label) implements Definition {
    }

    record CitationDefinition(String key, String label, Label target, Element where) implements Definition {
    }

    record TermDefinition(String key, Label label) implements Definition {
    }

    record DomainDeclarations(String domain, XrefDomain.Declarations declarations) implements Definition {
    }

    /** Takes what a page defines from its held doctree, whose {@code nodes} are given; on any thread. */
    static PageDefinitions of(Page page, PageFacts.Nodes nodes, Collection<XrefDomain> domains) {
        Document document = page.document();
        PageDefinitions out = new PageDefinitions(page);
        detached(page, nodes, out);
        for (Element element : nodes.named) {
            for (String name : element.names()) {
                if (document.isExplicitName(name) && !element.ids().isEmpty()) {
                    Found found = explicitLabel(element);
                    // Sphinx links a label to its own id, not to the first id of what it labels
                    String labelId = document.idForName(name);
                    if (found != null && labelId != null && element.ids().contains(labelId)) {
                        found = new Found(labelId, found.title(), found.node());
                    }
                    if (found != null) {
                        out.list.add(new LabelDefinition(name, label(page, name, found, nodes),
                                XrefDomain.placeOf(element), false));
                    }
                }
            }
        }
        for (Element signature : nodes.signatures) {
            for (String stdKey : signature.list(SphinxNodes.STD_KEY)) {
                if (!signature.ids().isEmpty()) {
                    out.list.add(new ObjectDefinition(CrossReferences.key(page, stdKey),
                            new Label(page, signature.ids().get(0), stdKey)));
                }
            }
        }
        for (XrefDomain domain : domains) {
            out.list.add(new DomainDeclarations(domain.name(), domain.declarations(page)));
        }
        for (Element citation : nodes.citations) {
            String label = citation.size() > 0 ? citation.child(0).astext() : "";
            if (!citation.ids().isEmpty()) {
                out.list.add(new CitationDefinition(page.source().tree().name() + "\u0000" + label, label,
                        new Label(page, citation.ids().get(0), label), XrefDomain.placeOf(citation)));
            }
        }
        for (Element list : nodes.glossaries) {
            for (Element term : list.findAll(NodeType.TERM)) {
                if (!term.ids().isEmpty()) {
                    out.list.add(new TermDefinition(CrossReferences.key(page, term.astext()),
                            new Label(page, term.ids().get(0), term.astext())));
                }
            }
        }
        // AsciiDoc and Markdown give two sections of one title distinct anchors: their first section
        // keeps the label, with no duplicate warning about labels that their writers never wrote
        boolean rst = page.source().suffix().equals(".rst");
        for (Element section : nodes.sections) {
            int depth = sectionDepth(section);
            Element title = firstTitle(section);
            if (depth < AUTOSECTION_MAXDEPTH && title != null && !section.ids().isEmpty()) {
                String name = page.source().docname() + ":" + Names.fullyNormalize(title.astext());
                out.list.add(new LabelDefinition(name, new Label(page, section.ids().get(0), title.astext()),
                        XrefDomain.placeOf(section), !rst));
            }
        }
        return out;
    }

    /**
     * Labels whose element a transform took out of the tree: docutils' DocInfo replaces the field list
     * a label points at (a translation's included disclaimer starts with {@code :orphan:}) and leaves
     * the old node among the document's ids. Sphinx's std domain reads labels from there, so such a label still
     * works with an explicit title. Sphinx links its id, which no element of the page has any more;
     * kdocs links the page itself, where the label stood.
     */
    private static void detached(Page page, PageFacts.Nodes nodes, PageDefinitions out) {
        Document document = page.document();
        java.util.Set<String> inTree = new java.util.HashSet<>();
        for (Element element : nodes.named) {
            inTree.addAll(element.names());
        }
        for (Map.Entry<String, String> entry : document.nameIds().entrySet()) {
            String name = entry.getKey();
            Element node = entry.getValue() == null ? null : document.elementById(entry.getValue());
            if (!document.isExplicitName(name) || inTree.contains(name) || node == null
                    || node.is(NodeType.FOOTNOTE) || node.getString("refuri") != null || node.is(NodeType.TARGET)) {
                continue;
            }
            out.list.add(new LabelDefinition(name, label(page, name, new Found(null, null, node), nodes),
                    XrefDomain.placeOf(document), false));
        }
    }

    // a label as the page's doctree shows it, before it is kept without the doctree
    private record Found(String anchor, String title, Element node) {
    }

    // the label of a name, kept with what numref needs of its element
    private static Label label(Page page, String name, Found found, PageFacts.Nodes nodes) {
        String figtype = found.node() == null ? null : Numbering.figtype(found.node());
        int index = figtype == null ? -1 : nodes.position(found.node());
        Numbered numbered = figtype == null ? null : new Numbered(figtype, index, name,
                page.document().nameIds().containsKey(name), page.document().nameIds().get(name));
        return new Label(page, found.anchor(), found.title(), numbered);
    }

    private static Found explicitLabel(Element element) {
        String anchor = element.ids().get(0);
        // Sphinx's std domain makes no label of a footnote ([#f1] is per document) or an external target
        if (element.is(NodeType.FOOTNOTE) || element.getString("refuri") != null) {
            return null;
        }
        if (element.is(NodeType.SECTION)) {
            Element title = firstTitle(element);
            return new Found(anchor, title == null ? null : title.astext(), element);
        }
        if (element.is(NodeType.TARGET) && element.getString("refuri") == null) {
            // a label right before a section names that section (before or after target propagation)
            Element next = nextNonTarget(element);
            if (next != null && next.is(NodeType.SECTION)) {
                Element title = firstTitle(next);
                return new Found(anchor, title == null ? null : title.astext(), next);
            }
            return new Found(anchor, null, element);
        }
        for (Node child : element.children()) {
            if (child instanceof Element e && (e.is(NodeType.CAPTION) || e.is(NodeType.TITLE))) {
                return new Found(anchor, e.astext(), element);
            }
        }
        return new Found(anchor, null, element);
    }

    private static Element nextNonTarget(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return null;
        }
        for (int i = parent.indexOf(element) + 1; i < parent.size(); i++) {
            if (parent.child(i) instanceof Element e && !e.is(NodeType.TARGET)) {
                return e;
            }
        }
        return null;
    }

    private static Element firstTitle(Element section) {
        return section.size() > 0 && section.child(0) instanceof Element e && e.is(NodeType.TITLE) ? e : null;
    }

    private static int sectionDepth(Element section) {
        int depth = 0;
        for (Element p = section.parent(); p != null && !p.is(NodeType.DOCUMENT); p = p.parent()) {
            depth++;
        }
        return depth;
    }
}
