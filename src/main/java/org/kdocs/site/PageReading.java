package org.kdocs.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.kdocs.tree.Document;
import org.kdocs.writers.html.HtmlWriter;

/**
 * The reading phase: every source is read, or taken from the build cache, on the build's workers.
 * The worker that read a page also takes its facts and what it gives the site's tables
 * ({@link SiteEnvironment.Contribution}), and lets its doctree go once the new build cache holds it;
 * the build's thread then adds the contributions in page order, as Sphinx merges the environments
 * of its parallel readers. What waits for its turn is small, so no page waits for a slow one
 * (kernel-abi's, a long kernel-doc page) to be read before its own reading starts.
 */
final class PageReading {
    /** Where the phase reports each document read, in the build's thread. */
    @FunctionalInterface
    interface Progress {
        void read(int done, int total, String docname);
    }

    // one document as read: its warnings and whether it came from the cache; its page (null when
    // reading failed fatally) with what it gives the site's tables
    private record ReadPage(List<Warning> warnings, boolean cached, Page page,
                            SiteEnvironment.Contribution contribution) {
    }

    private PageReading() {
    }

    /**
     * Reads all documents and adds each to {@code env} in page order; returns the pages, or null when
     * one of them failed fatally. {@code holdAll}: every page keeps its doctree (review pages); a
     * page with spec examples always does, since the runs' results are written onto it.
     */
    static List<Page> readAll(BuildWorkers workers, List<SourceDoc> docs, BuildCache cache,
                              SiteEnvironment env, boolean holdAll, Consumer<Warning> warn, Progress progress,
                              Consumer<String> lines, int[] reparsed, List<byte[]> summaries)
            throws InterruptedException, ExecutionException {
        List<Page> pages = new ArrayList<>();
        boolean[] failed = {false};
        int[] cached = {0};
        workers.forEachInOrder(docs, docs.size(), doc -> readPage(doc, cache, env, holdAll), (i, read) -> {
            cached[0] += read.cached() ? 1 : 0;
            progress.read(i + 1, docs.size(), docs.get(i).docname());
            read.warnings().forEach(warn);
            if (read.page() == null) {
                failed[0] = true;
                return;
            }
            env.add(read.contribution());
            pages.add(read.page());
            summaries.add(read.contribution().summary());
        });
        reparsed[0] = docs.size() - cached[0];
        readingDone(docs.size(), cached[0], lines);
        return failed[0] ? null : pages;
    }

    private static void readingDone(int docs, int cached, Consumer<String> lines) {
        lines.accept("reading sources... " + docs + " files" + (cached > 0 ? " (" + cached + " cached)" : ""));
    }

    /**
     * The pages of this process's last build again ({@link BuildMemory.LastSite}), when every source
     * gives the site's tables exactly what it gave then: each one the cache holds unchanged gives the
     * same summary, and each one read anew (an edited paragraph) gives an equal one. The pages keep
     * their places in the toctrees, and the tables stay as they are; a page read anew is resolved and
     * written from its new cache entry. Null, with nothing reported, when the build must read as usual.
     */
    static List<Page> readAgain(BuildWorkers workers, List<SourceTree> trees, List<SourceDoc> docs,
                                BuildCache cache, BuildMemory.LastSite last, Consumer<Warning> warn,
                                Progress progress, Consumer<String> lines, int[] reparsed)
            throws InterruptedException, ExecutionException {
        List<Page> pages = last.pages();
        if (pages.size() != docs.size() || !trees.equals(last.trees())) {
            return null; // a source came or went, or the trees' settings changed
        }
        // each source compared as a source of the last build's equal tree: the trees' settings (the
        // kernel's conf.py values) compared once, not once per page
        Map<SourceTree, SourceTree> lastTree = new java.util.IdentityHashMap<>();
        for (int t = 0; t < trees.size(); t++) {
            lastTree.put(trees.get(t), last.trees().get(t));
        }
        for (int i = 0; i < docs.size(); i++) {
            SourceDoc doc = docs.get(i);
            SourceTree tree = lastTree.get(doc.tree());
            if (tree == null || !doc.inTree(tree).equals(pages.get(i).source())) {
                return null;
            }
        }
        List<Integer> indexes = java.util.stream.IntStream.range(0, docs.size()).boxed().toList();
        List<ReadAgain> again = workers.map(indexes, i -> readAgain(docs.get(i), pages.get(i),
                last.summaries().get(i), cache, last.env()), null);
        if (again.contains(null)) {
            return null;
        }
        int cached = 0;
        for (int i = 0; i < docs.size(); i++) {
            ReadAgain read = again.get(i);
            Page page = pages.get(i);
            page.readFromCache = read.cached();
            page.sourceHash = read.sourceHash();
            last.summaries().set(i, read.summary());
            cached += read.cached() ? 1 : 0;
            progress.read(i + 1, docs.size(), docs.get(i).docname());
            read.warnings().forEach(warn);
        }
        reparsed[0] = docs.size() - cached;
        readingDone(docs.size(), cached, lines);
        return new ArrayList<>(pages);
    }

    // one source as read again: its warnings, whether the cache held it, its digest and its summary
    private record ReadAgain(List<Warning> warnings, boolean cached, String sourceHash, byte[] summary) {
    }

    // null when the source gives the tables something else than its page did
    private static ReadAgain readAgain(SourceDoc doc, Page page, byte[] summary, BuildCache cache,
                                       SiteEnvironment env) throws IOException {
        BuildCache.Read result = cache.read(doc);
        if (result.document() == null) {
            byte[] now = result.summary();
            boolean same = now != null && (now == summary || PageSummary.digest(now).equals(page.contributionDigest));
            return same ? new ReadAgain(result.warnings(), true, result.sourceHash(), now) : null;
        }
        // the tables know the page by its object: its summary is taken here from a stand-in
        Page standIn = pageOf(page.source(), result.document(), result);
        SiteEnvironment.Contribution contribution = env.contributionOf(standIn);
        if (contribution.summary() == null || !PageSummary.digest(contribution.summary()).equals(page.contributionDigest)
                || !cache.keep(doc, result, contribution.summary())) {
            return null;
        }
        return new ReadAgain(result.warnings(), false, result.sourceHash(), contribution.summary());
    }

    private static ReadPage readPage(SourceDoc doc, BuildCache cache, SiteEnvironment env, boolean holdAll)
            throws IOException {
        BuildCache.Read result = cache.read(doc);
        Document document = result.document();
        if (document == null && result.summary() != null) {
            SiteEnvironment.Contribution restored = restore(doc, result.summary(), env);
            if (restored != null) {
                restored.page().sourceHash = result.sourceHash();
                if (holdAll || restored.page().facts().hasSpecs()) {
                    restored.page().hold(loaded(cache, doc));
                }
                return new ReadPage(result.warnings(), true, restored.page(), restored);
            }
            document = cache.reload(doc); // a summary this build cannot use: the page is taken from its doctree
        }
        if (document == null) {
            return new ReadPage(result.warnings(), result.cached(), null, null);
        }
        Page page = pageOf(doc, document, result);
        SiteEnvironment.Contribution contribution = env.contributionOf(page);
        if (cache.keep(doc, result, contribution.summary()) && !holdAll && !page.facts().hasSpecs()) {
            page.release();
        }
        return new ReadPage(result.warnings(), result.cached(), page, contribution);
    }

    // the page of a document as read, holding it
    private static Page pageOf(SourceDoc doc, Document document, BuildCache.Read result) {
        String title = HtmlWriter.titleOf(document);
        boolean orphan = SphinxPostRead.isOrphan(document);
        int tocdepth = SphinxPostRead.tocdepth(document);
        SphinxPostRead.dropDocinfo(document);
        Page page = new Page(doc, document, title.isEmpty() ? doc.docname() : title, HtmlWriter.outline(document),
                orphan);
        page.tocdepth = tocdepth;
        page.readFromCache = result.cached();
        page.sourceHash = result.sourceHash();
        return page;
    }

    private static SiteEnvironment.Contribution restore(SourceDoc doc, byte[] summary, SiteEnvironment env) {
        try {
            return env.restore(doc, summary);
        } catch (IOException | RuntimeException unusable) {
            return null;
        }
    }

    /** A page's doctree from the build cache, as the site's stages hold it (its docinfo dropped). */
    static Document loaded(BuildCache cache, SourceDoc doc) throws IOException {
        Document document = cache.reload(doc);
        SphinxPostRead.dropDocinfo(document);
        return document;
    }
}
