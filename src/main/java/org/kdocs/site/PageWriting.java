package org.kdocs.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.kdocs.tree.Document;
import org.kdocs.writers.html.HtmlWriter;

/**
 * The writing phase for one page at a time, on the build's workers: load the page's doctree
 * from the build cache (unless it is held), resolve it against the site's tables, render its
 * toctrees, copy its images and downloads, and write its HTML unless the previous site holds
 * the same page ({@link PageOutputs}); then let the doctree go. Images are copied in page order
 * (their names in _images/ depend on it), in the build's thread, between the parallel steps. A page
 * that comes out as before and shows files is not loaded when its record's processing of them can
 * be replayed ({@link Assets#canReplay}); else it is loaded and processed.
 */
final class PageWriting {
    private final Path staging;
    private final List<SourceTree> trees;
    private final SiteEnvironment env;
    private final BuildCache cache;
    private final PageOutputs outputs;
    private final PageLayout layout;
    private final HtmlWriter writer;
    private final Map<SourceTree, List<NavItem>> sidebars;
    private final Assets assets;
    private final List<SiteEnvironment.PageWarnings> warnings;
    private final SearchIndex.PageWords[] words;
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();
    private final PageRecords previous;
    private final boolean tablesAsBefore;
    // the pages that come out as in the previous build
    private final boolean[] asBefore;
    // the pages whose doctrees this phase loaded, and so lets go again
    private final boolean[] loaded;
    // where the images of each page that shows files point, once they are copied
    private final List<String>[] imageLinks;
    // what processing the files of each page did, for its record (null: nothing to replay)
    private final Assets.Processing[] processing;
    // the pages that came out as before whose files were processed by replay, their HTML kept already
    private final boolean[] replayed;
    private final AtomicInteger loadedCount = new AtomicInteger();

    PageWriting(Path staging, List<SourceTree> trees, SiteEnvironment env, BuildCache cache, PageOutputs outputs,
                PageLayout layout, HtmlWriter writer, Map<SourceTree, List<NavItem>> sidebars, Assets assets,
                int pages, PageRecords previous, boolean tablesAsBefore) {
        this.staging = staging;
        this.trees = trees;
        this.env = env;
        this.cache = cache;
        this.outputs = outputs;
        this.layout = layout;
        this.writer = writer;
        this.sidebars = sidebars;
        this.assets = assets;
        this.words = new SearchIndex.PageWords[pages];
        this.loaded = new boolean[pages];
        @SuppressWarnings("unchecked")
        List<String>[] links = new List[pages];
        this.imageLinks = links;
        this.processing = new Assets.Processing[pages];
        this.replayed = new boolean[pages];
        this.asBefore = new boolean[pages];
        this.previous = previous;
        this.tablesAsBefore = tablesAsBefore;
        List<SiteEnvironment.PageWarnings> list = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            list.add(new SiteEnvironment.PageWarnings());
        }
        this.warnings = Collections.unmodifiableList(list);
    }

    /** The warnings of each page, in page order. */
    List<SiteEnvironment.PageWarnings> warnings() {
        return warnings;
    }

    /** The words of page {@code index} for the search index. */
    SearchIndex.PageWords words(int index) {
        return words[index];
    }

    /** How many pages were written anew (the others kept the previous site's file). */
    int changed() {
        return changed.get();
    }

    /** How many pages' doctrees this phase loaded from the build cache. */
    int loaded() {
        return loadedCount.get();
    }

    /** How many pages were resolved (the others came out as in the previous build, see {@link PageRecords}). */
    int resolved() {
        return resolved.get();
    }

    /**
     * Resolves page {@code index} and renders its toctrees, its doctree loaded unless it is held; on any
     * thread. A page read from the build cache when the site's tables are as in the previous build
     * comes out as it did: its words and warnings are taken from the previous build's record, and it
     * is loaded only if it shows files whose processing cannot be replayed (see {@link #copyAssets}).
     */
    void resolve(int index, Page page) throws IOException {
        PageRecords.Record record = comesOutAsBefore(page) ? previous.of(page.path()) : null;
        if (record != null) {
            asBefore[index] = true;
            words[index] = record.words();
            SiteEnvironment.PageWarnings pageWarnings = warnings.get(index);
            pageWarnings.references.addAll(record.references());
            pageWarnings.foreignLinks.addAll(record.foreignLinks());
            pageWarnings.deadLinks.addAll(record.deadLinks());
            pageWarnings.rendering.addAll(record.rendering());
            if (page.facts().showsFiles() && record.processing() == null) {
                load(index, page);
            }
            return;
        }
        load(index, page);
        resolveHeld(index, page);
    }

    // whether its HTML file is still as written is asked once, when the page is finished (outputs.keep)
    private boolean comesOutAsBefore(Page page) {
        return tablesAsBefore && page.readFromCache && !page.facts().hasSpecs() && page.generatedSource() == null
                && previous.of(page.path()) != null;
    }

    private void load(int index, Page page) throws IOException {
        if (!page.holdsDocument()) {
            page.hold(PageReading.loaded(cache, page.source()));
            loaded[index] = true;
            loadedCount.incrementAndGet();
        }
    }

    private void resolveHeld(int index, Page page) {
        resolved.incrementAndGet();
        SiteEnvironment.PageWarnings pageWarnings = warnings.get(index);
        PageFacts.Nodes nodes = env.resolve(page, pageWarnings);
        words[index] = SearchIndex.PageWords.of(page.title(), page.document());
        SiteRenderers.renderToctrees(page, nodes, env.toctrees(), pageWarnings.rendering::add);
    }

    /**
     * Copies the images and downloads of page {@code index}; in page order, one page at a time. A page
     * that comes out as before replays what its record says processing them did, when that gives the
     * same names and files now and its HTML is kept; otherwise it is loaded here and processed. A page
     * whose images now have other names in _images/ (a page before it took one) cannot come out as before.
     */
    void copyAssets(int index, Page page) throws IOException {
        // a page that shows no files has nothing to copy, and may be written and let go already
        if (!page.facts().showsFiles()) {
            return;
        }
        PageRecords.Record record = asBefore[index] ? previous.of(page.path()) : null;
        // the HTML is kept before the files are replayed: a page written after all needs its doctree processed
        if (record != null && record.processing() != null && assets.canReplay(page, record.processing())
                && outputs.keep(page.path())) {
            assets.replay(page, record.processing());
            replayed[index] = true;
            processing[index] = record.processing();
            imageLinks[index] = record.imageLinks();
            return;
        }
        load(index, page);
        processing[index] = assets.process(page, warnings.get(index).assets::add);
        imageLinks[index] = Assets.imageLinks(page);
        if (asBefore[index] && !imageLinks[index].equals(record.imageLinks())) {
            resolveAfterAll(index, page);
        }
    }

    /**
     * Writes page {@code index} (unless the previous site holds it) and lets a loaded doctree go; on
     * any thread. A page that comes out as before takes the previous file; if that changed in the
     * meantime, the page is resolved and written after all.
     */
    void finish(int index, Page page) throws IOException {
        if (asBefore[index] && (replayed[index] || outputs.keep(page.path()))) {
            copySource(page);
        } else {
            if (asBefore[index]) {
                resolveAfterAll(index, page);
            }
            writeHtml(page);
        }
        if (loaded[index]) {
            page.release();
        }
    }

    /*
     * A page that was to come out as before is resolved after all: its recorded warnings give way to its
     * own. Its words stay the record's: they are those of its doctree before its files were processed,
     * which this one may be by now (a kernel-render block's text is words of the page, its image none),
     * and the tables are as they were.
     */
    private void resolveAfterAll(int index, Page page) throws IOException {
        asBefore[index] = false;
        SiteEnvironment.PageWarnings pageWarnings = warnings.get(index);
        pageWarnings.references.clear();
        pageWarnings.foreignLinks.clear();
        pageWarnings.deadLinks.clear();
        pageWarnings.rendering.clear();
        SearchIndex.PageWords recorded = words[index];
        load(index, page);
        resolveHeld(index, page);
        words[index] = recorded;
    }

    /** What this build learned of page {@code index}, for the next build; null when its contribution has no digest. */
    PageRecords.Record record(int index, Page page) {
        SiteEnvironment.PageWarnings w = warnings.get(index);
        return page.contributionDigest == null ? null : new PageRecords.Record(page.contributionDigest, words[index],
                List.copyOf(w.references), List.copyOf(w.foreignLinks), List.copyOf(w.deadLinks),
                List.copyOf(w.rendering), imageLinks[index] == null ? List.of() : imageLinks[index], processing[index]);
    }

    private void writeHtml(Page page) throws IOException {
        SourceTree tree = page.source().tree();
        Map<String, Page> byKey = env.byKey();
        List<PageLayout.Translation> translations = Counterparts.of(page, trees, byKey, env.extensions());
        byte[] html = layout.page(page, writer.write(page.document()).body(), sidebars.get(tree),
                byKey.get(tree.rootKey()), translations).getBytes(StandardCharsets.UTF_8);
        String fingerprint = PageOutputs.fingerprint(html);
        if (!outputs.reuse(page.path(), fingerprint)) {
            changed.incrementAndGet();
            Path file = staging.resolve(page.path());
            Files.createDirectories(file.getParent());
            Files.write(file, html);
            outputs.written(page.path(), fingerprint, staging);
        }
        copySource(page);
    }

    private void copySource(Page page) throws IOException {
        if (page.generatedSource() != null) {
            outputs.writeOrKeep(staging, page.source().sourceCopyPath(), page.generatedSource());
        } else {
            outputs.copySource(staging, page.source().sourceCopyPath(), page.sourceHash, page.source()::read);
        }
    }
}
