package org.kdocs.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * Labels and cross-references of one source tree (Sphinx's std domain and
 * autosectionlabel as the kernel configures it): explicit targets, and
 * {@code docname:Section title} for sections at depth one and two. Resolves
 * {@code :ref:} and {@code :doc:} to relative links, warning as Sphinx does
 * when a target is unknown. References of other domains (the C domain) go to the
 * {@link XrefDomain}s that extensions register. Then runs the extensions' steps on resolved pages.
 */
final class CrossReferences {
    /**
     * Where a label points. Title null: the label is usable only with an explicit title.
     * Numbered: what {@code :numref:} needs of the labelled element, null when it is not a section,
     * figure, table or code-block (and for objects and terms).
     */
    record Label(Page page, String anchor, String title, Numbered numbered) {
        Label(Page page, String anchor, String title) {
            this(page, anchor, title, null);
        }
    }

    /**
     * A labelled element that can have a number: its kind and position ({@link PageFacts.Nodes}),
     * and the id its page's document gives the label's name (when it has that name at all).
     */
    record Numbered(String figtype, int index, String name, boolean named, String nameId) {
    }

    // a label as the page's doctree shows it, before it is kept without the doctree
    private record Found(String anchor, String title, Element node) {
    }

    private static final int AUTOSECTION_MAXDEPTH = 2;

    // Sphinx's std domain keeps two tables: every label (anonlabels, for a reference with an explicit
    // title) and those with a title of their own (labels); in both the document read last wins
    private final Map<String, Label> anonLabels = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Label> terms = new HashMap<>();
    // the registered domains of this tree (the C domain), by refdomain
    private final Map<String, XrefDomain> domains = new java.util.LinkedHashMap<>();
    private final Map<String, Label> stdObjects = new HashMap<>();
    private final Map<String, Label> citations = new HashMap<>();
    private final Map<String, Page> pagesByKey;
    private final Consumer<Warning> warnings;
    private Numbering numbering;

    CrossReferences(Map<String, Page> pagesByKey, Consumer<Warning> warnings, SphinxConfig config,
                    List<XrefDomain.Factory> domainFactories) {
        this.pagesByKey = pagesByKey;
        this.warnings = warnings;
        for (XrefDomain.Factory factory : domainFactories) {
            XrefDomain domain = factory.create(config);
            domains.putIfAbsent(domain.name(), domain);
        }
    }

    /** The section and figure numbers that {@code :numref:} shows; without them every numref fails. */
    void useNumbering(Numbering numbers) {
        this.numbering = numbers;
    }

    /**
     * What one page defines, taken from its held doctree on any thread, in the order the tables
     * take it ({@link #add}): labels, objects, the domains' declarations, citations, glossary
     * terms, section labels. It holds nothing of the doctree: warnings name bare place nodes.
     */
    static final class Definitions {
        private final Page page;
        private final List<Definition> list = new ArrayList<>();

        private Definitions(Page page) {
            this.page = page;
        }

        /** All of it as text, the same for the same definitions on every build; null when a domain cannot tell its part. */
        String describe() {
            StringBuilder out = new StringBuilder();
            for (Definition definition : list) {
                if (definition instanceof LabelDefinition d) {
                    out.append("label ").append(d.name()).append(' ').append(d.label()).append(' ')
                            .append(XrefDomain.describePlace(d.where())).append(' ').append(d.unlessKnown());
                } else if (definition instanceof CitationDefinition d) {
                    out.append("citation ").append(d.key()).append(' ').append(d.label()).append(' ').append(d.target())
                            .append(' ').append(XrefDomain.describePlace(d.where()));
                } else if (definition instanceof DomainDeclarations d) {
                    String declarations = d.declarations().describe();
                    if (declarations == null) {
                        return null;
                    }
                    out.append("domain ").append(declarations);
                } else {
                    out.append(definition); // objects and terms: records of text and labels
                }
                out.append('\n');
            }
            return out.toString();
        }
    }

    // one entry of a page's Definitions; where: the place a duplicate is reported at
    private interface Definition {
    }

    private record LabelDefinition(String name, Label label, Element where, boolean unlessKnown) implements Definition {
    }

    private record ObjectDefinition(String key, Label label) implements Definition {
    }

    private record CitationDefinition(String key, String label, Label target, Element where) implements Definition {
    }

    private record TermDefinition(String key, Label label) implements Definition {
    }

    private record DomainDeclarations(XrefDomain.Declarations declarations) implements Definition {
    }

    /** Takes what a page defines from its held doctree, whose {@code nodes} are given; on any thread. */
    Definitions definitions(Page page, PageFacts.Nodes nodes) {
        Document document = page.document();
        Definitions out = new Definitions(page);
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
                    out.list.add(new ObjectDefinition(key(page, stdKey), new Label(page, signature.ids().get(0), stdKey)));
                }
            }
        }
        for (XrefDomain domain : domains.values()) {
            out.list.add(new DomainDeclarations(domain.declarations(page)));
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
                    out.list.add(new TermDefinition(key(page, term.astext()),
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

    /** Adds what a page defines to the tables; in page order, as Sphinx's environment takes its pages. */
    void add(Definitions definitions) {
        Page page = definitions.page;
        for (Definition definition : definitions.list) {
            if (definition instanceof LabelDefinition d) {
                if (!d.unlessKnown() || !labels.containsKey(key(page, d.name()))) {
                    addLabel(page, d.name(), d.label(), d.where());
                }
            } else if (definition instanceof ObjectDefinition d) {
                stdObjects.putIfAbsent(d.key(), d.label());
            } else if (definition instanceof DomainDeclarations d) {
                d.declarations().add((node, message) -> warn(page, node, message));
            } else if (definition instanceof CitationDefinition d) {
                Label old = citations.put(d.key(), d.target());
                if (old != null) {
                    warn(page, d.where(), "duplicate citation " + d.label() + ", other instance in "
                            + old.page().source().file());
                }
            } else if (definition instanceof TermDefinition d) {
                terms.putIfAbsent(d.key(), d.label());
            }
        }
    }

    // as Sphinx's std domain (process_doc): a name already given to something with a title (a section,
    // a captioned figure or table) is a duplicate; one that only marks a place (a paragraph, a table
    // without caption, an inline target) is not. Pages come in docname order, as Sphinx reads them, so
    // the later definition replaces the earlier one in each table.
    private void addLabel(Page page, String name, Label label, Element where) {
        String key = key(page, name);
        Label titled = labels.get(key);
        if (titled != null) {
            warn(page, where, "duplicate label " + name.toLowerCase(Locale.ROOT) + ", other instance in "
                    + titled.page().source().file());
        }
        anonLabels.put(key, label);
        if (label.title() != null) {
            labels.put(key, label);
        }
    }

    /**
     * Labels whose element a transform took out of the tree: docutils' DocInfo replaces the field list
     * a label points at (a translation's included disclaimer starts with {@code :orphan:}) and leaves
     * the old node among the document's ids. Sphinx's std domain reads labels from there, so such a label still
     * works with an explicit title. Sphinx links its id, which no element of the page has any more;
     * kdocs links the page itself, where the label stood.
     */
    private static void detached(Page page, PageFacts.Nodes nodes, Definitions out) {
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

    private static String key(Page page, String name) {
        return page.source().tree().name() + "\u0000" + name.toLowerCase(Locale.ROOT);
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

    /** Replaces every pending cross-reference of a page by a link, or by its text when unresolved; problems go to {@code sink}. */
    void resolve(Page page, Consumer<Warning> sink) {
        for (Element xref : page.document().findAll(SphinxNodes.PENDING_XREF)) {
            String type = xref.getString("reftype");
            String target = xref.getString("reftarget");
            boolean explicit = Boolean.TRUE.equals(xref.get("refexplicit"));
            String href = null;
            String title = null;
            if ("citation".equals(xref.getString("refdomain"))) {
                Label citation = citations.get(page.source().tree().name() + "\u0000" + target);
                if (citation == null) {
                    warn(sink, page, xref, "citation not found: " + target);
                } else {
                    href = link(page, citation.page(), citation.anchor());
                }
                replace(xref, href, null);
                continue;
            }
            if ("doc".equals(type)) {
                Page targetPage = pagesByKey.get(page.source().tree().name() + "/"
                        + Docnames.resolve(page.source().docname(), target));
                if (targetPage == null) {
                    warn(sink, page, xref, "unknown document: '" + target + "'");
                } else {
                    href = link(page, targetPage, null);
                    title = targetPage.title();
                }
            } else if ("ref".equals(type)) {
                Label label = (explicit ? anonLabels : labels).get(key(page, target));
                if (label == null && target.equals("search")) {
                    // one of Sphinx's built-in labels: the search page
                    href = Urls.relative(page.path(), "search.html");
                    title = "Search Page";
                } else if (label == null && target.equals("genindex")) {
                    href = Urls.relative(page.path(), "genindex.html");
                    title = "Index";
                } else if (label == null && !explicit && anonLabels.containsKey(key(page, target))) {
                    warn(sink, page, xref, "Failed to create a cross reference. A title or caption not found: '"
                            + target + "'");
                } else if (label == null) {
                    warn(sink, page, xref, "undefined label: '" + target + "'");
                } else {
                    href = link(page, label.page(), label.anchor());
                    title = label.title();
                }
            } else if ("numref".equals(type)) {
                String[] resolved = numref(page, xref, target, explicit, sink);
                href = resolved == null ? null : resolved[0];
                if (resolved != null) {
                    SphinxNodes.setShownText(xref, resolved[1]);
                }
            } else if ("option".equals(type) || "envvar".equals(type)) {
                Label object = "envvar".equals(type) ? stdObjects.get(key(page, "envvar " + target))
                        : option(page, xref.getString(SphinxNodes.PROGRAM), target);
                if (object != null) {
                    href = link(page, object.page(), object.anchor());
                } else if ("option".equals(type)) {
                    warn(sink, page, xref, "unknown option: '" + target + "'");
                }
            } else if ("term".equals(type)) {
                Label term = terms.get(key(page, target));
                if (term == null) {
                    warn(sink, page, xref, "term not in glossary: '" + target + "'");
                } else {
                    href = link(page, term.page(), term.anchor());
                }
            } else if (domains.containsKey(xref.getString("refdomain"))) {
                XrefDomain.Target object = domains.get(xref.getString("refdomain"))
                        .resolve(page, xref, (node, message) -> warn(sink, page, node, message));
                if (object != null) {
                    href = link(page, object.page(), object.anchor());
                }
            }
            replace(xref, href, explicit || !"ref".equals(type) && !"doc".equals(type) ? null : title);
        }
    }

    // Sphinx's std domain: the option under the role's program, else "prog sub -x" names its program
    private Label option(Page page, String program, String target) {
        Label found = stdObjects.get(key(page, SphinxNodes.optionKey(program == null ? "" : program, target)));
        String[] words = target.strip().split("\\s+");
        if (found == null && words.length > 1) {
            String prog = String.join("-", java.util.Arrays.asList(words).subList(0, words.length - 1));
            found = stdObjects.get(key(page, SphinxNodes.optionKey(prog, words[words.length - 1])));
        }
        return found;
    }

    /**
     * Sphinx's std domain _resolve_numref_xref: the link and the text "Fig. 2" (or the explicit
     * title with {number} and {name} filled in), or null with a warning.
     */
    private String[] numref(Page page, Element xref, String target, boolean explicit, Consumer<Warning> sink) {
        Label label = labels.getOrDefault(key(page, target), anonLabels.get(key(page, target)));
        String figtype = label == null || label.numbered() == null ? null : label.numbered().figtype();
        if (figtype == null) {
            warn(sink, page, xref, "undefined label: '" + target + "'");
            return null;
        }
        if (!figtype.equals("section") && (numbering == null || !numbering.numfig())) {
            warn(sink, page, xref, "numfig is disabled. :numref: is ignored.");
            return null;
        }
        Numbering.Number number = numbering == null ? null
                : numbering.numberOf(label.page(), figtype, label.numbered().index());
        if (number == null && figtype.equals("section")) {
            return null;
        }
        if (number == null) {
            Numbered numbered = label.numbered();
            // the id the labelled page's document gives the target's name, else the label's anchor
            String labelId = target.equals(numbered.name()) && numbered.named() ? numbered.nameId() : label.anchor();
            warn(sink, page, xref, "Failed to create a cross reference. Any number is not assigned: " + labelId);
            return null;
        }
        String format = explicit ? SphinxNodes.shownText(xref) : numbering.formatOf(figtype);
        if (label.title() == null && format.contains("{name}")) {
            warn(sink, page, xref, "the link has no caption: " + format);
            return null;
        }
        String text = Numbering.format(format, number.text(), label.title());
        if (text == null) {
            warn(sink, page, xref, "invalid numfig_format: " + format);
            return null;
        }
        return new String[] {link(page, label.page(), label.anchor()), text};
    }

    /** Runs the extensions' steps on a page whose references are resolved, with what it may link to. */
    void resolved(Page page, List<SiteExtension.ResolvedStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        SiteExtension.PageTargets targets = new SiteExtension.PageTargets() {
            @Override
            public String object(String domain, String name) {
                XrefDomain.Target object = domains.containsKey(domain) ? domains.get(domain).find(name) : null;
                return object == null ? null : link(page, object.page(), object.anchor());
            }

            @Override
            public java.nio.file.Path sourceFile() {
                return page.source().file();
            }

            @Override
            public SiteExtension.DocLink document(String target) {
                Page targetPage = pagesByKey.get(page.source().tree().name() + "/"
                        + Docnames.resolve(page.source().docname(), target));
                return targetPage == null ? null : new SiteExtension.DocLink(link(page, targetPage, null),
                        targetPage.title());
            }
        };
        for (SiteExtension.ResolvedStep step : steps) {
            step.apply(page.document(), targets);
        }
    }

    private static String link(Page from, Page to, String anchor) {
        String base = from == to ? "" : Urls.relative(from.path(), to.path());
        return anchor == null ? (base.isEmpty() ? "#" : base) : base + "#" + anchor;
    }

    private static void replace(Element xref, String href, String implicitTitle) {
        if (implicitTitle != null) {
            SphinxNodes.setShownText(xref, implicitTitle);
        }
        List<Node> content = xref.children();
        if (href == null) {
            xref.parent().replace(xref, List.copyOf(content));
            return;
        }
        Element reference = new Element(NodeType.REFERENCE);
        reference.set("refuri", href);
        reference.set("internal", true);
        if (xref.getString("reftitle") != null) {
            reference.set("reftitle", xref.getString("reftitle"));
        }
        // a citation reference keeps its id on the link, as in Sphinx's page
        reference.ids().addAll(xref.ids());
        reference.setOrigin(xref);
        reference.addAll(List.copyOf(content));
        xref.parent().replace(xref, reference);
    }

    private void warn(Page page, Element node, String message) {
        warn(warnings, page, node, message);
    }

    private static void warn(Consumer<Warning> sink, Page page, Element node, String message) {
        Node located = node.locatedAncestor();
        int line = located == null ? 0 : located.line();
        // text read from another file (include, maintainers-include) is reported there, as Sphinx does
        String file = located != null && located.source() != null ? located.source() : page.source().file().toString();
        sink.accept(new Warning(file, line, Severity.WARNING, message));
    }
}
