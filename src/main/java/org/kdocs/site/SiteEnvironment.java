package org.kdocs.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the build knows of the whole site, as Sphinx's BuildEnvironment: the pages by key, their
 * labels, objects and index entries (collected from each doctree right after it is read), and,
 * once every page is read, the toctree structure and the numbers, built from the pages'
 * {@link PageFacts} alone. Each page's doctree is then resolved against these tables on its own
 * ({@link #resolve(Page, PageWarnings)}), so that no stage needs every doctree at once.
 *
 * <p>Warnings keep the order a build that held every doctree gave them: each stage's, page by
 * page, stage after stage ({@link #emitResolveWarnings}).
 */
final class SiteEnvironment {
    /** The warnings one page gave while it was resolved and rendered, by stage. */
    static final class PageWarnings {
        final List<Warning> references = new ArrayList<>();
        final List<Warning> foreignLinks = new ArrayList<>();
        final List<Warning> deadLinks = new ArrayList<>();
        final List<Warning> rendering = new ArrayList<>();
        // the images' and downloads', apart: they are found again on every build
        final List<Warning> assets = new ArrayList<>();
    }

    private final Map<String, Page> byKey = new LinkedHashMap<>();
    private final Map<SourceTree, CrossReferences> xrefs = new LinkedHashMap<>();
    private final Map<SourceTree, List<Warning>> collectWarnings = new HashMap<>();
    private final Map<SourceTree, List<Warning>> treeWarnings = new LinkedHashMap<>();
    private final Map<SourceTree, Numbering> numberings = new HashMap<>();
    private final GeneralIndex genindex = new GeneralIndex();
    private final SiteExtensions extensions;
    private Toctrees toctrees;
    private ForeignLinks foreignLinks;
    private DeadLinks deadLinks;

    SiteEnvironment(List<SourceTree> trees, SiteExtensions extensions) {
        this.extensions = extensions;
        for (SourceTree tree : trees) {
            List<Warning> collected = new ArrayList<>();
            collectWarnings.put(tree, collected);
            xrefs.put(tree, new CrossReferences(byKey, collected::add, tree.config(), extensions.domains()));
        }
    }

    /**
     * What one page gives the site's tables, taken from its held doctree or restored from its summary:
     * its labels, objects and declarations, and its index entries. It holds nothing of the doctree,
     * which can go at once.
     *
     * @param summary the page's summary for the build cache, null when it has none
     */
    record Contribution(Page page, PageDefinitions definitions, List<GeneralIndex.Entry> indexEntries,
                        byte[] summary) {
    }

    /**
     * Takes a page's facts and its contribution from its held doctree; on any thread, as pages are
     * read in parallel. {@link #add(Contribution)} then adds it in page order.
     */
    Contribution contributionOf(Page page) {
        PageFacts.Nodes nodes = new PageFacts.Nodes(page.document(), this::converted);
        page.takeFacts(nodes);
        PageDefinitions definitions = xrefs.get(page.source().tree()).definitions(page, nodes);
        List<GeneralIndex.Entry> entries = GeneralIndex.entries(page, nodes.indexes);
        byte[] summary = PageSummary.encode(page, definitions, entries);
        page.contributionDigest = summary == null ? null : PageSummary.digest(summary);
        return new Contribution(page, definitions, entries, summary);
    }

    /**
     * The page of {@code doc} and its contribution as its summary tells them, without its doctree; on
     * any thread. Throws IOException when the summary does not fit this build.
     */
    Contribution restore(SourceDoc doc, byte[] summary) throws IOException {
        return PageSummary.restore(doc, summary, xrefs.get(doc.tree()).domains());
    }

    // whether a figure conversion works on the element
    private boolean converted(org.kdocs.tree.Element element) {
        for (SiteExtension.FigureConverter converter : extensions.figureConverters()) {
            if (converter.converts(element)) {
                return true;
            }
        }
        return false;
    }

    /** Adds a page's contribution to the tables, in page order (Sphinx's merge of the pages' environments). */
    void add(Contribution contribution) {
        Page page = contribution.page();
        byKey.put(page.source().key(), page);
        xrefs.get(page.source().tree()).add(contribution.definitions());
        genindex.add(contribution.indexEntries());
    }

    /** Adds a page whose doctree is held, in page order. */
    void add(Page page) {
        add(contributionOf(page));
    }

    Map<String, Page> byKey() {
        return byKey;
    }

    GeneralIndex genindex() {
        return genindex;
    }

    SiteExtensions extensions() {
        return extensions;
    }

    Toctrees toctrees() {
        return toctrees;
    }

    /**
     * Resolves the site's structure from the pages' facts: toctree entries (their warnings go to
     * {@code warn} at once), then per tree the reading order and orphans, and the numbers.
     */
    void resolve(List<SourceTree> trees, List<Page> pages, Consumer<Warning> warn) {
        toctrees = new Toctrees(byKey, warn);
        for (Page page : pages) {
            toctrees.resolve(page);
        }
        for (SourceTree tree : trees) {
            List<Page> treePages = pages.stream().filter(p -> p.source().tree() == tree).toList();
            List<Warning> held = new ArrayList<>();
            Page root = byKey.get(tree.rootKey());
            toctrees.link(root, treePages, held::add);
            held.addAll(collectWarnings.get(tree));
            Numbering numbering = Numbering.assign(root, treePages, toctrees, held::add, tree.config());
            xrefs.get(tree).useNumbering(numbering);
            numberings.put(tree, numbering);
            treeWarnings.put(tree, held);
        }
        foreignLinks = new ForeignLinks(byKey);
        deadLinks = new DeadLinks(pages);
    }

    /**
     * Resolves one page's held doctree: numbers, cross-references, links of foreign pages, the
     * extensions' resolved steps, dead links. Returns the doctree's nodes for rendering.
     */
    PageFacts.Nodes resolve(Page page, PageWarnings warnings) {
        PageFacts.Nodes nodes = new PageFacts.Nodes(page.document());
        SourceTree tree = page.source().tree();
        numberings.get(tree).decorate(page, nodes);
        CrossReferences references = xrefs.get(tree);
        references.resolve(page, warnings.references::add);
        foreignLinks.resolve(page, warnings.foreignLinks::add);
        references.resolved(page, extensions.resolvedSteps());
        deadLinks.check(page, warnings.deadLinks::add);
        return nodes;
    }

    /** Gives the warnings of the resolving stages in stage order: per tree, then the dead links of all pages. */
    void emitResolveWarnings(List<SourceTree> trees, List<Page> pages, List<PageWarnings> byPage,
                             Consumer<Warning> warn) {
        for (SourceTree tree : trees) {
            treeWarnings.getOrDefault(tree, List.of()).forEach(warn);
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).source().tree() == tree) {
                    byPage.get(i).references.forEach(warn);
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).source().tree() == tree) {
                    byPage.get(i).foreignLinks.forEach(warn);
                }
            }
        }
        byPage.forEach(w -> w.deadLinks.forEach(warn));
    }
}
