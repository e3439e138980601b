package org.kdocs.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.kdocs.tree.Element;
import org.kdocs.tree.Node;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * Section and figure numbers of one source tree, as Sphinx assigns them
 * (sphinx.environment.collectors.toctree: assign_section_numbers and
 * assign_figure_numbers). Sections of documents under a {@code :numbered:}
 * toctree get "2.1"-style numbers. With {@code numfig = True}, captioned
 * figures, titled tables and captioned code-blocks are counted in toctree
 * order from the root document, per section number down to
 * numfig_secnum_depth when that is numbered and through the whole tree
 * otherwise, and shown with numfig_format ("Fig. %s"). Documents no toctree
 * reaches get no numbers.
 */
final class Numbering {
    /** A number with the kind of thing numbered: section, figure, table or code-block. */
    record Number(String figtype, List<Integer> parts) {
        String text() {
            return parts.stream().map(String::valueOf).collect(Collectors.joining("."));
        }
    }

    private static final Map<String, String> PERMALINK = Map.of("figure", "Link to this image",
            "table", "Link to this table", "code-block", "Link to this code");

    private final Map<Element, List<Integer>> sectionNumbers = new IdentityHashMap<>();
    private final Map<Element, Number> figureNumbers = new IdentityHashMap<>();
    private final Toctrees toctrees;
    private final Consumer<Warning> warnings;
    private final SphinxConfig config;

    private Numbering(Toctrees toctrees, Consumer<Warning> warnings, SphinxConfig config) {
        this.toctrees = toctrees;
        this.warnings = warnings;
        this.config = config;
    }

    /** Numbers the sections and figures of one tree whose root document is {@code root} (null: none). */
    static Numbering assign(Page root, List<Page> treePages, Toctrees toctrees, Consumer<Warning> warnings,
                            SphinxConfig config) {
        Numbering numbering = new Numbering(toctrees, warnings, config);
        numbering.assignSections(treePages);
        if (root != null && config.numfig()) {
            numbering.walkDocument(root, List.of(), new HashSet<>(), new HashMap<>());
        }
        numbering.decorate(treePages);
        return numbering;
    }

    /** Whether figures, tables and code-blocks are numbered (numfig). */
    boolean numfig() {
        return config.numfig();
    }

    /**
     * The text numfig_format gives a number: "%s" style ("Fig. %s"), or with {@code {number}}
     * and {@code {name}} (Sphinx's new style, as :numref: titles use).
     */
    static String format(String format, String number, String name) {
        if (format.contains("{name}") || format.contains("number")) {
            return format.replace("{number}", number).replace("{name}", name == null ? "" : name);
        }
        // Python's "format % number": exactly one %s, else Sphinx reports an invalid format
        if (format.split("%s", -1).length != 2 || format.replace("%s", "").replace("%%", "").contains("%")) {
            return null;
        }
        return format.replace("%s", number).replace("%%", "%");
    }

    /** numfig_format's text for a kind: "Fig. %s", ... */
    String formatOf(String figtype) {
        return config.numfigFormat().getOrDefault(figtype, "");
    }

    /** The enumerable kind of an element (Sphinx's get_enumerable_node_type), or null. */
    static String figtype(Element e) {
        if (e.is(NodeType.SECTION)) {
            return "section";
        }
        if (e.is(NodeType.FIGURE)) {
            // also kfigure's: its kernel_figure node is not enumerable, but the figure it wraps is
            return "figure";
        }
        if (e.is(NodeType.TABLE)) {
            return "table";
        }
        if (e.is(NodeType.CONTAINER) && e.classes().contains("literal-block-wrapper")) {
            return "code-block";
        }
        return null;
    }

    /** The number of a section, figure, table or code-block; null when it has none. */
    Number numberOf(Element e) {
        if (e.is(NodeType.SECTION)) {
            List<Integer> parts = sectionNumbers.get(e);
            return parts == null ? null : new Number("section", parts);
        }
        return figureNumbers.get(e);
    }

    // ---- section numbers: every numbered toctree starts a new count

    private void assignSections(List<Page> pages) {
        Set<Page> assigned = new HashSet<>();
        for (Page page : pages) {
            for (Element toctree : page.document().findAll(SphinxNodes.TOCTREE)) {
                int depth = toctree.get("numbereddepth") instanceof Integer n ? n
                        : Boolean.TRUE.equals(toctree.get("numbered")) ? Integer.MAX_VALUE : 0;
                if (depth > 0) {
                    assigned.add(page);
                    List<Integer> numstack = new ArrayList<>(List.of(0));
                    walkToctree(page, toctree, depth, numstack, assigned);
                }
            }
        }
    }

    private void walkToctree(Page page, Element toctree, int depth, List<Integer> numstack, Set<Page> assigned) {
        if (depth <= 0) {
            return;
        }
        for (Toctrees.Entry entry : toctrees.entriesOf(toctree)) {
            if (entry.page() == null || entry.page() == page) {
                continue;
            }
            if (!assigned.add(entry.page())) {
                warnings.accept(new Warning(page.source().file().toString(), toctree.line(), Severity.WARNING,
                        entry.page().source().docname() + " is already assigned section numbers"
                                + " (nested numbered toctree?)"));
                continue;
            }
            walkSections(entry.page(), entry.page().document(), depth, numstack, assigned);
        }
    }

    // one level of the document's table of contents: its sections, and the toctrees among them
    private void walkSections(Page page, Element container, int depth, List<Integer> numstack, Set<Page> assigned) {
        for (Node child : container.children()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.is(NodeType.SECTION)) {
                numstack.set(numstack.size() - 1, numstack.get(numstack.size() - 1) + 1);
                if (depth > 0) {
                    sectionNumbers.put(e, List.copyOf(numstack));
                    String text = new Number("section", numstack).text();
                    if (container == page.document()) {
                        // the page's first section is its title: links to the page show this number
                        page.sectionNumbers.putIfAbsent("", text);
                    }
                    if (!e.ids().isEmpty()) {
                        page.sectionNumbers.put(e.ids().get(0), text);
                    }
                }
                numstack.add(0);
                walkSections(page, e, depth - 1, numstack, assigned);
                numstack.remove(numstack.size() - 1);
            } else if (e.is(SphinxNodes.TOCTREE)) {
                walkToctree(page, e, depth, numstack, assigned);
            } else if (!e.is(NodeType.TITLE)) {
                for (Element toctree : e.findAll(SphinxNodes.TOCTREE)) {
                    walkToctree(page, toctree, depth, numstack, assigned);
                }
            }
        }
    }

    // ---- figure numbers: document order, entering toctree entries where the toctree stands

    private void walkDocument(Page page, List<Integer> secnum, Set<Page> seen, Map<String, Integer> counters) {
        if (seen.add(page)) {
            walkFigures(page, page.document(), secnum, seen, counters);
        }
    }

    private void walkFigures(Page page, Element element, List<Integer> secnum, Set<Page> seen,
                             Map<String, Integer> counters) {
        for (Node child : element.children()) {
            if (!(child instanceof Element e)) {
                continue;
            }
            if (e.is(NodeType.SECTION)) {
                List<Integer> own = sectionNumbers.get(e);
                walkFigures(page, e, own == null || own.isEmpty() ? secnum : own, seen, counters);
            } else if (e.is(SphinxNodes.TOCTREE)) {
                for (Toctrees.Entry entry : toctrees.entriesOf(e)) {
                    if (entry.page() != null && entry.page() != page) {
                        walkDocument(entry.page(), secnum, seen, counters);
                    }
                }
            } else {
                String figtype = figtype(e);
                if (figtype != null && captionOf(e) != null && !e.ids().isEmpty()) {
                    List<Integer> chapter = secnum.subList(0, Math.min(config.numfigSecnumDepth(), secnum.size()));
                    String key = figtype + "\u0000" + chapter;
                    int n = counters.merge(key, 1, Integer::sum);
                    List<Integer> parts = new ArrayList<>(chapter);
                    parts.add(n);
                    figureNumbers.put(e, new Number(figtype, List.copyOf(parts)));
                }
                walkFigures(page, e, secnum, seen, counters);
            }
        }
    }

    /** The caption of a figure or code-block, the title of a table; null when it has none. */
    static Element captionOf(Element e) {
        for (Node child : e.children()) {
            if (child instanceof Element c && (c.is(NodeType.CAPTION) || c.is(NodeType.TITLE))) {
                return c;
            }
        }
        return null;
    }

    // ---- what the HTML writer adds: "1.2. " before section titles; every caption becomes
    // its text with a permalink, after "Fig. 3 " when numbered

    private void decorate(List<Page> pages) {
        for (Map.Entry<Element, List<Integer>> section : sectionNumbers.entrySet()) {
            Element title = captionOf(section.getKey());
            if (title != null) {
                Element number = Element.text(NodeType.INLINE, "", new Number("section", section.getValue()).text()
                        + ". ");
                number.classes().add("section-number");
                title.insert(0, number);
            }
        }
        for (Page page : pages) {
            for (Element e : page.document().findAll(e -> e.is(NodeType.FIGURE) || e.is(NodeType.TABLE)
                    || figtype(e) != null && !e.is(NodeType.SECTION))) {
                Element caption = captionOf(e);
                if (caption == null) {
                    continue;
                }
                Element text = new Element(NodeType.INLINE);
                text.classes().add("caption-text");
                text.addAll(List.copyOf(caption.children()));
                caption.clearChildren();
                Number number = figureNumbers.get(e);
                if (number != null) {
                    String shown = format(formatOf(number.figtype()), number.text(), null);
                    Element prefix = Element.text(NodeType.INLINE, "", (shown == null ? "" : shown) + " ");
                    prefix.classes().add("caption-number");
                    caption.add(prefix);
                }
                caption.add(text);
                if (e.ids().isEmpty()) {
                    continue;
                }
                Element link = Element.text(NodeType.RAW, "", "<a class=\"headerlink\" href=\"#"
                        + org.kdocs.writers.html.Html.attr(e.ids().get(0)) + "\" title=\""
                        + PERMALINK.get(e.is(NodeType.FIGURE) ? "figure" : figtype(e)) + "\">\u00b6</a>");
                link.set("format", "html");
                caption.add(link);
            }
        }
    }
}
