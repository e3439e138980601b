package org.kdocs.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.kdocs.tree.Element;
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

    /** What a page defines, from its held doctree whose {@code nodes} are given; on any thread. */
    PageDefinitions definitions(Page page, PageFacts.Nodes nodes) {
        return PageDefinitions.of(page, nodes, domains.values());
    }

    /** This tree's domains by refdomain, to restore what pages declared from their summaries. */
    Map<String, XrefDomain> domains() {
        return java.util.Collections.unmodifiableMap(domains);
    }

    /** Adds what a page defines to the tables; in page order, as Sphinx's environment takes its pages. */
    void add(PageDefinitions definitions) {
        Page page = definitions.page;
        for (PageDefinitions.Definition definition : definitions.list) {
            if (definition instanceof PageDefinitions.LabelDefinition d) {
                if (!d.unlessKnown() || !labels.containsKey(key(page, d.name()))) {
                    addLabel(page, d.name(), d.label(), d.where());
                }
            } else if (definition instanceof PageDefinitions.ObjectDefinition d) {
                stdObjects.putIfAbsent(d.key(), d.label());
            } else if (definition instanceof PageDefinitions.DomainDeclarations d) {
                d.declarations().add((node, message) -> warn(page, node, message));
            } else if (definition instanceof PageDefinitions.CitationDefinition d) {
                Label old = citations.put(d.key(), d.target());
                if (old != null) {
                    warn(page, d.where(), "duplicate citation " + d.label() + ", other instance in "
                            + old.page().source().file());
                }
            } else if (definition instanceof PageDefinitions.TermDefinition d) {
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

    static String key(Page page, String name) {
        return page.source().tree().name() + "\u0000" + name.toLowerCase(Locale.ROOT);
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
