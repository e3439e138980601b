package org.kdocs.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** A section or enumerable element of a page, by its position ({@link PageFacts.Nodes}). */
    private record At(Page page, int index) {
    }

    private final Map<At, List<Integer>> sectionNumbers = new HashMap<>();
    private final Map<At, Number> figureNumbers = new HashMap<>();
    private final Toctrees toctrees;
    private final Consumer<Warning> warnings;
    private final SphinxConfig config;

    private Numbering(Toctrees toctrees, Consumer<Warning> warnings, SphinxConfig config) {
        this.toctrees = toctrees;
        this.warnings = warnings;
        this.config = config;
    }

    /**
     * Numbers the sections and figures of one tree whose root document is {@code root} (null: none),
     * from the pages' facts; {@link #decorate} then shows the numbers in each page's doctree.
     */
    static Numbering assign(Page root, List<Page> treePages, Toctrees toctrees, Consumer<Warning> warnings,
                            SphinxConfig config) {
        Numbering numbering = new Numbering(toctrees, warnings, config);
        numbering.assignSections(treePages);
        if (root != null && config.numfig()) {
            numbering.walkDocument(root, List.of(), new HashSet<>(), new HashMap<>());
        }
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

    /**
     * The number of a section (figtype "section"), figure, table or code-block of a page, by its
     * position among the page's sections or enumerable elements; null when it has none.
     */
    Number numberOf(Page page, String figtype, int index) {
        if (figtype.equals("section")) {
            List<Integer> parts = sectionNumbers.get(new At(page, index));
            return parts == null ? null : new Number("section", parts);
        }
        return figureNumbers.get(new At(page, index));
    }

    // ---- section numbers: every numbered toctree starts a new count

    private void assignSections(List<Page> pages) {
        Set<Page> assigned = new HashSet<>();
        for (Page page : pages) {
            for (PageFacts.TocTree toctree : page.facts().toctrees()) {
                if (toctree.numberedDepth() > 0) {
                    assigned.add(page);
                    List<Integer> numstack = new ArrayList<>(List.of(0));
                    walkToctree(page, toctree, toctree.numberedDepth(), numstack, assigned);
                }
            }
        }
    }

    private void walkToctree(Page page, PageFacts.TocTree toctree, int depth, List<Integer> numstack,
                             Set<Page> assigned) {
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
            walkSections(entry.page(), entry.page().facts().shape(), true, depth, numstack, assigned);
        }
    }

    // one level of the document's table of contents: its sections, and the toctrees among them
    private void walkSections(Page page, List<PageFacts.Shape> level, boolean top, int depth, List<Integer> numstack,
                              Set<Page> assigned) {
        for (PageFacts.Shape node : level) {
            if (node.kind() == PageFacts.Kind.SECTION) {
                numstack.set(numstack.size() - 1, numstack.get(numstack.size() - 1) + 1);
                if (depth > 0) {
                    sectionNumbers.put(new At(page, node.index()), List.copyOf(numstack));
                    String text = new Number("section", numstack).text();
                    if (top) {
                        // the page's first section is its title: links to the page show this number
                        page.sectionNumbers.putIfAbsent("", text);
                    }
                    if (node.id() != null) {
                        page.sectionNumbers.put(node.id(), text);
                    }
                }
                numstack.add(0);
                walkSections(page, node.children(), false, depth - 1, numstack, assigned);
                numstack.remove(numstack.size() - 1);
            } else {
                List<PageFacts.Shape> inside = new ArrayList<>();
                node.toctrees(inside);
                for (PageFacts.Shape toctree : inside) {
                    walkToctree(page, page.facts().toctrees().get(toctree.index()), depth, numstack, assigned);
                }
            }
        }
    }

    // ---- figure numbers: document order, entering toctree entries where the toctree stands

    private void walkDocument(Page page, List<Integer> secnum, Set<Page> seen, Map<String, Integer> counters) {
        if (seen.add(page)) {
            walkFigures(page, page.facts().shape(), secnum, seen, counters);
        }
    }

    private void walkFigures(Page page, List<PageFacts.Shape> level, List<Integer> secnum, Set<Page> seen,
                             Map<String, Integer> counters) {
        for (PageFacts.Shape node : level) {
            if (node.kind() == PageFacts.Kind.SECTION) {
                List<Integer> own = sectionNumbers.get(new At(page, node.index()));
                walkFigures(page, node.children(), own == null || own.isEmpty() ? secnum : own, seen, counters);
            } else if (node.kind() == PageFacts.Kind.TOCTREE) {
                for (Toctrees.Entry entry : toctrees.entriesOf(page.facts().toctrees().get(node.index()))) {
                    if (entry.page() != null && entry.page() != page) {
                        walkDocument(entry.page(), secnum, seen, counters);
                    }
                }
            } else {
                if (node.kind() == PageFacts.Kind.ENUMERABLE && node.numberable()) {
                    List<Integer> chapter = secnum.subList(0, Math.min(config.numfigSecnumDepth(), secnum.size()));
                    String key = node.figtype() + "\u0000" + chapter;
                    int n = counters.merge(key, 1, Integer::sum);
                    List<Integer> parts = new ArrayList<>(chapter);
                    parts.add(n);
                    figureNumbers.put(new At(page, node.index()), new Number(node.figtype(), List.copyOf(parts)));
                }
                walkFigures(page, node.children(), secnum, seen, counters);
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

    /** Shows the numbers in one page's doctree: before section titles, and in every caption with a permalink. */
    void decorate(Page page, PageFacts.Nodes nodes) {
        for (int i = 0; i < nodes.sections.size(); i++) {
            List<Integer> numbers = sectionNumbers.get(new At(page, i));
            Element title = numbers == null ? null : captionOf(nodes.sections.get(i));
            if (title != null) {
                Element number = Element.text(NodeType.INLINE, "", new Number("section", numbers).text() + ". ");
                number.classes().add("section-number");
                title.insert(0, number);
            }
        }
        for (int i = 0; i < nodes.enumerables.size(); i++) {
            Element e = nodes.enumerables.get(i);
            Element caption = captionOf(e);
            if (caption == null) {
                continue;
            }
            Element text = new Element(NodeType.INLINE);
            text.classes().add("caption-text");
            text.addAll(List.copyOf(caption.children()));
            caption.clearChildren();
            Number number = figureNumbers.get(new At(page, i));
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
