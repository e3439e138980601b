package org.kdocs.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Text;
import org.kdocs.writers.html.HtmlWriter;

/**
 * The index page of a man-page set: a source directory that has no index
 * document of its own but holds man pages (pages whose reader recorded
 * {@link ForeignPages#MAN_NAME}, such as the AsciiDoc pages of the kernel's
 * tools/perf/Documentation). Like {@code man -k}, the page lists every man
 * page by name and section with its one-line purpose, sorted by name, then
 * the set's other documents by title; a hidden toctree of all of them gives
 * the sidebar, previous/next links and breadcrumbs, so no page of the set is
 * reported as outside every toctree. Its source copy is the same listing as
 * plain text, in {@code whatis} form.
 */
final class ManPageIndex {
    static final String DOCNAME = "index";

    private ManPageIndex() {
    }

    /** The generated index pages, one per tree that is a man-page set. */
    static List<Page> generate(List<SourceTree> trees, List<Page> pages) {
        List<Page> generated = new ArrayList<>();
        for (SourceTree tree : trees) {
            List<Page> own = pages.stream().filter(p -> p.source().tree() == tree).toList();
            boolean hasIndex = own.stream().anyMatch(p -> p.source().docname().equals(DOCNAME));
            List<Page> manPages = own.stream().filter(p -> p.facts().manName() != null)
                    .sorted(Comparator.comparing((Page p) -> manName(p).toLowerCase(Locale.ROOT))
                            .thenComparing(p -> p.source().docname()))
                    .toList();
            if (!hasIndex && !manPages.isEmpty()) {
                List<Page> others = own.stream().filter(p -> !manPages.contains(p))
                        .sorted(Comparator.comparing(p -> p.source().docname())).toList();
                generated.add(page(tree, manPages, others));
            }
        }
        return generated;
    }

    private static Page page(SourceTree tree, List<Page> manPages, List<Page> others) {
        SourceDoc source = new SourceDoc(tree, DOCNAME, tree.root().resolve(DOCNAME), "");
        String title = title(manPages);
        ForeignPages.Builder builder = ForeignPages.builder(source).section(1, title, null);
        List<String> entries = new ArrayList<>();
        manPages.forEach(p -> entries.add(p.source().docname()));
        others.forEach(p -> entries.add(p.source().docname()));
        builder.node(SphinxNodes.toctreeWrapper(SphinxNodes.toctree(entries, -1, null, false, false, true, false)));
        Element list = new Element(NodeType.DEFINITION_LIST);
        list.classes().add("man-page-index");
        StringBuilder whatis = new StringBuilder();
        for (Page manPage : manPages) {
            String purpose = manPage.facts().manPurpose();
            Element item = Element.of(NodeType.DEFINITION_LIST_ITEM,
                    Element.of(NodeType.TERM, link(source, manPage, manPageTitle(manPage))),
                    Element.of(NodeType.DEFINITION, Element.text(NodeType.PARAGRAPH, purpose, purpose)));
            list.add(item);
            whatis.append(manName(manPage)).append(" (").append(manPage.facts().manVolume())
                    .append(") - ").append(purpose).append('\n');
        }
        builder.node(list);
        if (!others.isEmpty()) {
            builder.section(2, "Other documents", null);
            Element bullets = new Element(NodeType.BULLET_LIST);
            bullets.set("bullet", "*");
            for (Page other : others) {
                bullets.add(Element.of(NodeType.LIST_ITEM,
                        Element.of(NodeType.PARAGRAPH, link(source, other, other.title()))));
            }
            builder.node(bullets);
        }
        Document document = builder.document();
        return new Page(source, document, HtmlWriter.titleOf(document), HtmlWriter.outline(document), false,
                whatis.toString());
    }

    // "perf manual pages" when every page is a command of one program (perf, perf-record, ...)
    private static String title(List<Page> manPages) {
        Set<String> programs = new TreeSet<>();
        for (Page manPage : manPages) {
            programs.add(manName(manPage).split("[-_., ]", 2)[0]);
        }
        return programs.size() == 1 && !programs.iterator().next().isEmpty()
                ? programs.iterator().next() + " manual pages" : "Manual pages";
    }

    private static String manName(Page page) {
        return page.facts().manName();
    }

    private static String manPageTitle(Page page) {
        return manName(page) + "(" + page.facts().manVolume() + ")";
    }

    private static Element link(SourceDoc index, Page target, String text) {
        Element reference = Element.of(NodeType.REFERENCE, new Text(text));
        reference.set("refuri", Urls.relative(index.outputPath(), target.path()));
        reference.set("internal", true);
        return reference;
    }
}
