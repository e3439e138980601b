package org.kdocs.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.kdocs.tree.Severity;
import org.kdocs.writers.html.HtmlWriter;
import org.kdocs.writers.html.UriPolicy;

/**
 * Builds the HTML site from source directories, as {@code sphinx-build -b html}
 * does: read every source (in parallel), resolve toctrees and
 * cross-references, write every page (in parallel) with navigation, copy
 * the sources, and write the search page and index. The result is staged
 * and moved into place only when the build succeeds. Doctrees stream
 * through the build: each is let go once read and kept by the build cache,
 * the site's tables are built from what each page gave ({@link SiteEnvironment}),
 * and each page is loaded again only to be resolved and written ({@link PageWriting}).
 *
 * <pre>{@code
 * SiteBuilder.Result result = SiteBuilder.builder().source(Path.of("docs")).output(Path.of("build/html")).build().run();
 * }</pre>
 */
public final class SiteBuilder {
    /**
     * What a build did.
     *
     * @param pages    pages written
     * @param warnings every warning, in source order
     * @param failed   true when the build stopped (a CRITICAL message or an I/O error); the output is then unchanged
     * @param reparsed sources read (the others came from the build cache)
     * @param rewritten pages written anew (the others were unchanged and taken from the previous site)
     * @param resolved pages resolved against the site's tables (the others came out as in the previous
     *                 build: read from the cache while no page gave the tables anything new)
     * @param loaded   pages whose doctrees the writing loaded from the build cache: those read anew
     *                 (let go after reading) and those resolved; a page that comes out as before only when
     *                 its images and downloads cannot be replayed from its record ({@link PageRecords})
     */
    public record Result(int pages, List<Warning> warnings, boolean failed, int reparsed, int rewritten, int resolved,
                         int loaded) {
        Result(int pages, List<Warning> warnings, boolean failed) {
            this(pages, warnings, failed, 0, 0, 0, 0);
        }
    }

    /**
     * Where a build is, for a progress display (Sphinx's {@code [ 40%] docname}).
     *
     * @param phase   "reading" or "writing"
     * @param done    documents finished in this phase, 1..total
     * @param total   documents in this phase
     * @param docname the document just finished
     */
    public record Progress(String phase, int done, int total, String docname) {
    }

    private static final List<String> STATIC_FILES = List.of("kdocs.css", "search.js");
    private static final int SIDEBAR_DEPTH = 3;
    /** A directory holding this file marks its {@code .txt} files (and those below) as AsciiDoc. */
    public static final String ASCIIDOC_MARKER = "asciidoc.conf";

    private final List<Path> sources;
    private final Path output;
    private final int jobs;
    private final BuildWorkers workers;
    private final Set<String> tags;
    private final String project;
    private final Map<String, String> defines;
    private final DocumentReader reader;
    private final Map<String, DocumentReader> readers;
    private final Consumer<Warning> warningSink;
    private final Consumer<String> progress;
    private final Consumer<Progress> progressEvents;
    private final Trust trust;
    private final boolean fresh;
    private final boolean review;
    private final SiteExtensions extensions;
    private final boolean installedExtensions;
    private final BuildMemory memory;

    private SiteBuilder(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.output = b.output;
        this.jobs = Math.max(1, b.jobs);
        this.workers = new BuildWorkers(jobs);
        this.tags = Set.copyOf(b.tags);
        this.project = b.project;
        this.defines = Map.copyOf(b.defines);
        this.extensions = b.extensions == null ? SiteExtensions.installed() : b.extensions;
        this.installedExtensions = b.extensions == null;
        this.reader = b.reader == null ? new RstReader(b.trust, extensions) : b.reader;
        this.readers = Map.copyOf(b.readers);
        this.warningSink = b.warningSink;
        this.progress = b.progress;
        this.progressEvents = b.progressEvents;
        this.trust = b.trust;
        this.fresh = b.fresh;
        this.review = b.review;
        this.memory = b.memory;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Runs the build. Never throws for bad input: problems are warnings, and fatal ones set {@code failed}. */
    public Result run() {
        List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
        Consumer<Warning> warn = w -> {
            warnings.add(w);
            if (warningSink != null) {
                warningSink.accept(w);
            }
        };
        List<SourceTree> trees = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            if (!Files.isDirectory(sources.get(i))) {
                warn.accept(new Warning(sources.get(i).toString(), 0, Severity.SEVERE, "source directory not found"));
                return new Result(0, List.copyOf(warnings), true);
            }
            trees.add(SourceTree.of(sources.get(i), i == 0, extensions));
        }
        Path staging = null;
        try {
            memory.dropPending();
            SiteExtension.Generated generated = extensions.preBuild(trees, output, warn);
            DocumentReader rst = generated.buildDir() != null && reader instanceof RstReader r
                    ? r.withBuildDir(generated.buildDir()) : reader;
            String manifestKey = manifestKey(rst);
            List<Path> notInputs = notInputs(generated.buildDir());
            int afterPreSteps = warnings.size();
            // the pre-steps' files are written by this build before it reads them, so are not changes made
            // while it ran; nor is a change within the millisecond reading starts, as it precedes every read
            long readingStarted = System.currentTimeMillis() + 1;
            // one walk of the sources gives the manifest check, discovery and the manifest their files
            SourceListing listing = SourceListing.walk(sources, notInputs, memory);
            // serve reads its first build in full, so that its memory holds the site for the first edit;
            // and each rebuild follows a change its watcher saw
            if (manifestKey != null && !fresh && !memory.remembers()) {
                BuildManifest.Replay replay = BuildManifest.unchanged(output, manifestKey, listing, notInputs);
                if (replay != null) {
                    replay.warnings().forEach(warn);
                    progress("no source changed: the " + replay.pages() + " pages are up to date");
            progress("build succeeded, " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ".");
                    return new Result(replay.pages(), List.copyOf(warnings), false, 0, 0, 0, 0);
                }
            }
            List<SourceDoc> docs = generated.addPages(
                    SourceDiscovery.discover(trees, listing, suffix -> readerFor(suffix, rst) != null, extensions, warn), trees);
            for (SourceTree tree : trees) {
                if (SourceDiscovery.missingRoot(tree, docs)) {
                    // as sphinx-build: no root document, no site (exit status 2)
                    warn.accept(new Warning(tree.root().resolve(tree.config().rootDoc()
                            + tree.config().sourceSuffixes().get(0)).toString(), 0, Severity.SEVERE,
                            "root file not found"));
                    return new Result(0, List.copyOf(warnings), true);
                }
            }
            staging = AtomicOutput.begin(output);
            KeptFiles kept = new KeptFiles();
            // one Reading for the sources read alike: those of one tree and reader
            Map<String, BuildCache.Reading> readings = new java.util.concurrent.ConcurrentHashMap<>();
            BuildCache cache = new BuildCache(output, staging, fresh, kept, memory, doc -> readings.computeIfAbsent(
                    doc.tree().name() + "\u0000" + doc.suffix(), ignored -> new BuildCache.Reading(readerFor(doc, rst),
                            extensions.tags(doc.tree().root(), tags), doc.tree().ifconfigValues(project, defines))));
            int[] reparsed = {0};
            PageReading.Progress reading = (done, total, docname) -> progress("reading", done, total, docname);
            BuildMemory.LastSite last = review ? null : memory.takeLastSite();
            List<Page> pages = last == null ? null
                    : PageReading.readAgain(workers, trees, docs, cache, last, warn, reading, this::progress, reparsed);
            // the sources give the tables what they gave the last build: its site is taken again
            boolean again = pages != null;
            List<SourceTree> siteTrees = again ? last.trees() : trees;
            SiteEnvironment env = again ? last.env() : new SiteEnvironment(trees, extensions);
            List<byte[]> summaries = again ? last.summaries() : new ArrayList<>();
            if (again) {
                progress("site structure as in the last build: its pages, toctrees and tables are kept");
            } else {
                pages = PageReading.readAll(workers, docs, cache, env, review, warn, reading, this::progress,
                        reparsed, summaries);
            }
            if (pages == null) {
                AtomicOutput.abort(staging);
                return new Result(0, List.copyOf(warnings), true);
            }
            List<Page> manPageIndexes = again ? List.of() : ManPageIndex.generate(trees, pages);
            for (Page generatedPage : manPageIndexes) {
                env.add(generatedPage);
                pages.add(generatedPage);
            }
            Map<String, Page> byKey = env.byKey();
            // the pages with spec examples keep their doctrees: the runs' results are written onto them
            List<Page> specPages = pages.stream().filter(p -> p.facts().hasSpecs()).toList();
            SpecResultCache specCache = new SpecResultCache(output, fresh);
            SpecChecks specs = trust.runSpecExamples() ? SpecChecks.start(specPages, jobs, specCache)
                    : SpecChecks.refuse(specPages, warn);
            List<Warning> structureWarnings = again ? last.structureWarnings() : new ArrayList<>();
            if (again) {
                structureWarnings.forEach(warn); // the site's structure is the one the last build resolved
            } else {
                env.resolve(trees, pages, w -> {
                    structureWarnings.add(w);
                    warn.accept(w);
                });
            }
            List<Warning> specWarnings = new ArrayList<>();
            List<SpecChecks.Checked> checked = specs.finish(specWarnings::add);
            specCache.save(staging);
            if (!checked.isEmpty()) {
                long failed = checked.stream().filter(c -> !c.result().passed()).count();
                progress("running spec examples... " + checked.size() + " checked, " + failed + " failed"
                        + (specCache.reused() > 0 ? " (" + specCache.reused() + " cached)" : ""));
            }
            Written written = write(staging, kept, siteTrees, pages, env, cache, checked, specWarnings, warn);
            BuildManifest.forget(output);
            Map<String, String> published = AtomicOutput.commit(staging, kept, output, memory);
            // a page holding its doctree, or with spec results written onto it, cannot be taken again as it is
            if (manPageIndexes.isEmpty() && specPages.isEmpty() && !review
                    && pages.stream().noneMatch(p -> p.contributionDigest == null || p.holdsDocument())) {
                memory.lastSite(new BuildMemory.LastSite(siteTrees, List.copyOf(pages), summaries, env,
                        List.copyOf(structureWarnings)));
            }
            if (manifestKey != null && checked.stream().allMatch(c -> c.result().passed())) {
                List<Warning> replayed;
                synchronized (warnings) {
                    replayed = List.copyOf(warnings.subList(afterPreSteps, warnings.size()));
                }
                List<String> inputs = inputsBeyondSources(siteTrees, pages);
                // the manifest serves the next process: in serve, it is saved as serve ends
                int pageCount = pages.size();
                memory.afterPublishing(() -> BuildManifest.save(output, manifestKey, listing, notInputs, inputs,
                        replayed, pageCount, readingStarted, published));
            }
            progress("build succeeded, " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ".");
            return new Result(pages.size(), List.copyOf(warnings), false, reparsed[0], written.rewritten(),
                    written.resolved(), written.loaded());
        } catch (IOException | ExecutionException | RuntimeException e) {
            if (staging != null) {
                AtomicOutput.abort(staging);
            }
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            warn.accept(new Warning(output.toString(), 0, Severity.SEVERE, "build failed: " + cause));
            return new Result(0, List.copyOf(warnings), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (staging != null) {
                AtomicOutput.abort(staging);
            }
            return new Result(0, List.copyOf(warnings), true);
        }
    }

    private void progress(String line) {
        if (progress != null) {
            progress.accept(line);
        }
    }

    private void progress(String phase, int done, int total, String docname) {
        if (progressEvents != null) {
            progressEvents.accept(new Progress(phase, done, total, docname));
        }
    }

    /**
     * What the no-change fast path compares besides files: kdocs itself, the settings, the readers,
     * the working directory and PATH (where dot is found); null when a reader or the extensions
     * cannot be keyed, so that every build takes the usual path.
     */
    private String manifestKey(DocumentReader rst) {
        if (!installedExtensions) {
            return null;
        }
        StringBuilder key = new StringBuilder(BuildCache.buildId()).append('\n');
        for (DocumentReader r : java.util.stream.Stream.concat(java.util.stream.Stream.of(rst),
                new java.util.TreeMap<>(readers).values().stream()).toList()) {
            if (r.cacheKey() == null) {
                return null;
            }
            key.append(r.cacheKey()).append('\n');
        }
        sources.forEach(s -> key.append(s.toAbsolutePath().normalize()).append('\n'));
        key.append(output.toAbsolutePath().normalize()).append('\n').append(new java.util.TreeSet<>(tags))
                .append('\n').append(project).append('\n').append(new java.util.TreeMap<>(defines)).append('\n')
                .append(trust).append('\n').append(review).append('\n')
                .append(new java.util.TreeMap<>(readers).keySet()).append('\n')
                .append(Path.of("").toAbsolutePath()).append('\n').append(System.getenv("PATH"));
        return key.toString();
    }

    // below a source directory but not an input: the site, its build directory and staging directories
    private List<Path> notInputs(Path buildDir) {
        Path out = output.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(List.of(out));
        if (buildDir != null) {
            paths.add(buildDir.toAbsolutePath().normalize());
        }
        return paths;
    }

    // the files the build read besides those below the source directories: conf.py fallbacks, dependencies
    private List<String> inputsBeyondSources(List<SourceTree> trees, List<Page> pages) {
        List<String> inputs = new ArrayList<>();
        for (SourceTree tree : trees) {
            Path configDir = extensions.configDirectory(tree.root().toAbsolutePath().normalize());
            if (configDir != null) {
                inputs.add(configDir.resolve("conf.py").toString());
            }
        }
        for (Page page : pages) {
            inputs.add(page.source().file().toString());
            inputs.addAll(page.facts().dependencies());
        }
        return inputs;
    }

    // a .txt source is reStructuredText when conf.py's source_suffix lists it, else AsciiDoc
    private DocumentReader readerFor(SourceDoc doc, DocumentReader rst) {
        if (doc.suffix().equals(".txt") && doc.tree().config().present()
                && doc.tree().config().sourceSuffixes().contains(".txt")) {
            return rst;
        }
        return readerFor(doc.suffix(), rst);
    }

    private DocumentReader readerFor(String suffix, DocumentReader rst) {
        if (suffix.equals(".rst")) {
            return rst;
        }
        return readers.get(suffix.equals(".txt") ? ".adoc" : suffix);
    }

    // how many pages were written anew, resolved, and loaded from the build cache to be written
    private record Written(int rewritten, int resolved, int loaded) {
    }

    /**
     * Writes the site into staging; returns how many pages it wrote anew, resolved and loaded.
     * Each page is resolved, rendered and written on its own ({@link PageWriting}), its doctree loaded
     * from the build cache and let go again; the warnings come out in the order of the stages.
     */
    private Written write(Path staging, KeptFiles kept, List<SourceTree> trees, List<Page> pages,
                          SiteEnvironment env, BuildCache cache,
                          List<SpecChecks.Checked> checked, List<Warning> specWarnings, Consumer<Warning> warn)
            throws IOException, InterruptedException, ExecutionException {
        Map<String, Page> byKey = env.byKey();
        Toctrees toctrees = env.toctrees();
        PageOutputs outputs = new PageOutputs(output, fresh, kept, memory);
        PageLayout layout = new PageLayout(project, !checked.isEmpty());
        HtmlWriter writer = SiteRenderers.writer(trust.safeUris() ? UriPolicy.SAFE : UriPolicy.ANY, extensions);
        Map<SourceTree, List<NavItem>> sidebars = new LinkedHashMap<>();
        for (SourceTree tree : trees) {
            Page root = byKey.get(tree.rootKey());
            sidebars.put(tree, root == null ? List.of() : toctrees.global(root, SIDEBAR_DEPTH));
        }
        Assets assets = new Assets(staging, output, trees, trust, warn, extensions.figureConverters(), outputs, memory);
        String siteDigest = review ? null : PageRecords.siteDigest(trees, pages, project + "\n" + trust + "\n"
                + !checked.isEmpty());
        PageRecords previous = PageRecords.previous(output, fresh || review, memory);
        PageWriting writing = new PageWriting(staging, trees, env, cache, outputs, layout, writer, sidebars, assets,
                pages.size(), previous, siteDigest != null && siteDigest.equals(previous.siteDigest()));
        List<Integer> indexes = java.util.stream.IntStream.range(0, pages.size()).boxed().toList();
        // filled in page order by the ordered step, while the workers write
        SearchIndex search = new SearchIndex();
        // only pages that show files wait for the ordered step (their names in _images/ depend on the
        // order): the others are resolved and written in one go by a worker, and a page many times the
        // usual size (kernel-abi's, a kernel-doc page) holds up no other. On the kernel's tree (46 of 3,604
        // pages show files), a schedule replayed from each step's measured CPU time gives the phase
        // 14.6 s on 2 cores when every page waited, with room for 6, and 12.5 s so.
        workers.pipeline(indexes, 16 * jobs, i -> pages.get(i).facts().showsFiles(), i -> {
            Page page = pages.get(i);
            writing.resolve(i, page);
            if (!page.facts().showsFiles()) {
                writing.finish(i, page);
            }
            return i;
        }, (i, ignored) -> {
            Page page = pages.get(i);
            writing.copyAssets(i, page);
            search.add(Urls.relative("search.html", page.path()), page.title(), page.source().tree().htmlLang(),
                    writing.words(i));
            progress("writing", i + 1, pages.size(), page.source().docname());
        }, (i, ignored) -> writing.finish(i, pages.get(i)));
        // the records for the next build are written while the search index and the other pages are
        java.util.concurrent.FutureTask<Void> recordsSaved = new java.util.concurrent.FutureTask<>(() -> {
            if (siteDigest != null) {
                Map<String, PageRecords.Record> records = new java.util.HashMap<>();
                for (int i = 0; i < pages.size(); i++) {
                    records.put(pages.get(i).path(), writing.record(i, pages.get(i)));
                }
                PageRecords.save(staging, output, siteDigest, records, memory);
            }
            return null;
        });
        Thread saver = new Thread(recordsSaved, "kdocs-page-records");
        saver.start();
        try {
            env.emitResolveWarnings(trees, pages, writing.warnings(), warn);
            specWarnings.forEach(warn);
            writing.warnings().forEach(w -> {
                w.rendering.forEach(warn);
                w.assets.forEach(warn);
            });
            progress("writing output... " + writing.changed() + " of " + pages.size() + " pages changed");
            GeneralIndex genindex = env.genindex();
            if (review) {
                ReviewPages.writeAll(pages, trees, byKey, writer, extensions, (path, title, body, tree) -> outputs.writeOrKeep(staging,
                        path, layout.generatedPage(path, title, body, tree, byKey.get(tree.name() + "/index"),
                                sidebars.get(tree))));
            }
            writeSiteFiles(staging, outputs, layout, trees, byKey, sidebars, checked, genindex, search);
            outputs.save(staging, output);
        } finally {
            saver.join(); // nothing writes into staging once the build is done with it, or aborts it
        }
        recordsSaved.get();
        return new Written(writing.changed(), writing.resolved(), writing.loaded());
    }

    // the site's own pages and files: search page, spec report, general index, search index, static files
    private void writeSiteFiles(Path staging, PageOutputs outputs, PageLayout layout, List<SourceTree> trees,
                                Map<String, Page> byKey, Map<SourceTree, List<NavItem>> sidebars,
                                List<SpecChecks.Checked> checked, GeneralIndex genindex, SearchIndex search)
            throws IOException {
        SourceTree first = trees.isEmpty() ? null : trees.get(0);
        if (first != null) {
            outputs.writeOrKeep(staging, "search.html", layout.searchPage("search.html", first,
                    byKey.get(first.rootKey()), sidebars.get(first)));
            if (!checked.isEmpty()) {
                outputs.writeOrKeep(staging, PageLayout.SPEC_REPORT, layout.generatedPage(PageLayout.SPEC_REPORT,
                        "Spec report", SpecHtml.report(checked, PageLayout.SPEC_REPORT), first,
                        byKey.get(first.rootKey()), sidebars.get(first)));
            }
            outputs.writeOrKeep(staging, "genindex.html", layout.generatedPage("genindex.html", "Index",
                    "<div class=\"genindex\">\n<h1>Index</h1>\n" + genindex.html() + "</div>", first,
                    byKey.get(first.rootKey()), sidebars.get(first)));
        }
        SearchIndex.Files index = search.files();
        outputs.writeOrKeep(staging, "searchindex.json", index.bytes(), index.jsonStart(),
                index.jsonEnd() - index.jsonStart());
        outputs.writeOrKeep(staging, "searchindex.js", index.bytes(), 0, index.scriptEnd());
        for (String name : STATIC_FILES) {
            try (InputStream in = SiteBuilder.class.getResourceAsStream("static/" + name)) {
                if (in == null) {
                    throw new IOException("missing resource static/" + name);
                }
                outputs.copyOrKeep(in, staging, "_static/" + name);
            }
        }
    }

    /** Configures a build. */
    public static final class Builder {
        private final List<Path> sources = new ArrayList<>();
        private Path output = Path.of("build/html");
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Set<String> tags = Set.of("html");
        private String project = "kdocs";
        private final Map<String, String> defines = new LinkedHashMap<>();
        private DocumentReader reader;
        private final Map<String, DocumentReader> readers = new LinkedHashMap<>();
        private Consumer<Warning> warningSink;
        private Consumer<String> progress;
        private Consumer<Progress> progressEvents;
        private Trust trust = Trust.FULL;
        private boolean fresh;
        private boolean review;
        private SiteExtensions extensions;
        private BuildMemory memory = BuildMemory.none();

        private Builder() {
        }

        /** The extensions of this build (default: {@link SiteExtensions#installed()}). */
        public Builder extensions(SiteExtensions extensions) {
            this.extensions = extensions;
            return this;
        }

        /**
         * Remembers between the builds of this builder what spares a rebuild reading unchanged files again
         * ({@link BuildMemory}); for a process that rebuilds one site after each change, as serve does.
         */
        public Builder memory(BuildMemory memory) {
            this.memory = memory;
            return this;
        }

        /** Also writes a side-by-side review page for every translated page ({@link ReviewPages}). */
        public Builder review(boolean review) {
            this.review = review;
            return this;
        }

        /** Ignores the build cache in the output directory: every source is read and every page written (Sphinx's -E). */
        public Builder fresh(boolean fresh) {
            this.fresh = fresh;
            return this;
        }

        /**
         * Adds a source directory; the first one is written at the top of the output. Warnings name
         * its files below it as given, less {@code .} and {@code ..} steps ({@code Documentation/.}
         * gives {@code Documentation/core-api/...}, as sphinx-build's normalised source directory does).
         */
        public Builder source(Path directory) {
            Path normalized = directory.normalize();
            sources.add(normalized.toString().isEmpty() ? directory : normalized);
            return this;
        }

        public Builder output(Path directory) {
            this.output = directory;
            return this;
        }

        /** Threads for reading and writing. */
        public Builder jobs(int jobs) {
            this.jobs = jobs;
            return this;
        }

        /** Tags for {@code only} directives (default: html). */
        public Builder tags(Set<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder project(String name) {
            this.project = name;
            return this;
        }

        /** Sets a config value that ifconfig expressions can name (sphinx-build's {@code -D name=value}). */
        public Builder define(String name, String value) {
            defines.put(name, value);
            return this;
        }

        /** Replaces the reStructuredText reader (tests, other formats). */
        public Builder reader(DocumentReader reader) {
            this.reader = reader;
            return this;
        }

        /**
         * Reads sources with {@code suffix} (".adoc", ".md") with {@code reader}; files of
         * suffixes without a reader are not sources. The ".adoc" reader also reads
         * {@code .txt} files below a directory holding {@value SiteBuilder#ASCIIDOC_MARKER}.
         */
        public Builder reader(String suffix, DocumentReader reader) {
            readers.put(suffix, reader);
            return this;
        }

        /** Called with each warning as it is found. */
        public Builder warnings(Consumer<Warning> sink) {
            this.warningSink = sink;
            return this;
        }

        /** Called with progress lines. */
        public Builder progress(Consumer<String> sink) {
            this.progress = sink;
            return this;
        }

        /** Called in the build's thread as each document is read and as each page is written. */
        public Builder progressEvents(Consumer<Progress> sink) {
            this.progressEvents = sink;
            return this;
        }

        /** How far the sources are trusted (default: {@link Trust#FULL}); applies to the default reader. */
        public Builder trust(Trust trust) {
            this.trust = trust;
            return this;
        }

        public SiteBuilder build() {
            return new SiteBuilder(this);
        }
    }
}
