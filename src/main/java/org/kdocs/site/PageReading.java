package org.kdocs.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
                              Consumer<String> lines, int[] reparsed)
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
        });
        reparsed[0] = docs.size() - cached[0];
        lines.accept("reading sources... " + docs.size() + " files"
                + (cached[0] > 0 ? " (" + cached[0] + " cached)" : ""));
        return failed[0] ? null : pages;
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
        String title = HtmlWriter.titleOf(document);
        boolean orphan = SphinxPostRead.isOrphan(document);
        int tocdepth = SphinxPostRead.tocdepth(document);
        SphinxPostRead.dropDocinfo(document);
        Page page = new Page(doc, document, title.isEmpty() ? doc.docname() : title, HtmlWriter.outline(document),
                orphan);
        page.tocdepth = tocdepth;
        page.readFromCache = result.cached();
        page.sourceHash = result.sourceHash();
        SiteEnvironment.Contribution contribution = env.contributionOf(page);
        if (cache.keep(doc, result, contribution.summary()) && !holdAll && !page.facts().hasSpecs()) {
            page.release();
        }
        return new ReadPage(result.warnings(), result.cached(), page, contribution);
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
