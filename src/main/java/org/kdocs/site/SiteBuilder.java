package org.kdocs.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.kdocs.site.ext.kernel.KernelTranslations;
import org.kdocs.tree.Document;
import org.kdocs.writers.html.HtmlWriter;

/**
 * Builds the HTML site from source directories, as {@code sphinx-build -b html}
 * does: read every source (in parallel), resolve toctrees and
 * cross-references, write every page (in parallel) with navigation, copy
 * the sources, and write the search page and index. The result is staged
 * and moved into place only when the build succeeds.
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
     */
    public record Result(int pages, List<Warning> warnings, boolean failed) {
    }

    private static final List<String> STATIC_FILES = List.of("kdocs.css", "search.js");
    private static final int SIDEBAR_DEPTH = 3;
    private static final List<String> SUFFIX_PRIORITY = List.of(".rst", ".adoc", ".md", ".txt");
    /** A directory holding this file marks its {@code .txt} files (and those below) as AsciiDoc. */
    public static final String ASCIIDOC_MARKER = "asciidoc.conf";

    private final List<Path> sources;
    private final Path output;
    private final int jobs;
    private final Set<String> tags;
    private final String project;
    private final DocumentReader reader;
    private final Map<String, DocumentReader> readers;
    private final Consumer<Warning> warningSink;
    private final Consumer<String> progress;

    private SiteBuilder(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.output = b.output;
        this.jobs = Math.max(1, b.jobs);
        this.tags = Set.copyOf(b.tags);
        this.project = b.project;
        this.reader = b.reader == null ? new RstReader() : b.reader;
        this.readers = Map.copyOf(b.readers);
        this.warningSink = b.warningSink;
        this.progress = b.progress;
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
                warn.accept(new Warning(sources.get(i).toString(), 0, "CRITICAL", "source directory not found"));
                return new Result(0, List.copyOf(warnings), true);
            }
            trees.add(SourceTree.of(sources.get(i), i == 0));
        }
        Path staging = null;
        try {
            List<SourceDoc> docs = discover(trees, warn);
            progress("reading sources... " + docs.size() + " files");
            List<Page> pages = read(docs, warn);
            if (pages == null) {
                return new Result(0, List.copyOf(warnings), true);
            }
            Map<String, Page> byKey = new LinkedHashMap<>();
            for (Page page : pages) {
                byKey.put(page.source().key(), page);
            }
            SpecChecks specs = SpecChecks.start(pages, jobs);
            Toctrees toctrees = resolve(trees, pages, byKey, warn);
            List<SpecChecks.Checked> checked = specs.finish(warn);
            if (!checked.isEmpty()) {
                long failed = checked.stream().filter(c -> !c.result().passed()).count();
                progress("running spec examples... " + checked.size() + " checked, " + failed + " failed");
            }
            staging = AtomicOutput.begin(output);
            progress("writing output... " + pages.size() + " pages");
            write(staging, trees, pages, byKey, toctrees, checked);
            AtomicOutput.commit(staging, output);
            progress("build succeeded, " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s") + ".");
            return new Result(pages.size(), List.copyOf(warnings), false);
        } catch (IOException | ExecutionException | RuntimeException e) {
            if (staging != null) {
                AtomicOutput.abort(staging);
            }
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            warn.accept(new Warning(output.toString(), 0, "CRITICAL", "build failed: " + cause));
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

    /**
     * The sources of every tree: each suffix that has a reader, and {@code .txt}
     * as AsciiDoc below a directory holding {@code asciidoc.conf} (the marker
     * of an AsciiDoc man-page directory such as the kernel's
     * tools/perf/Documentation) when an AsciiDoc reader is present. When two
     * files give the same docname, the first suffix in {@link #SUFFIX_PRIORITY} wins.
     */
    private List<SourceDoc> discover(List<SourceTree> trees, Consumer<Warning> warn) throws IOException {
        List<SourceDoc> docs = new ArrayList<>();
        for (SourceTree tree : trees) {
            Map<String, List<SourceDoc>> byDocname = new LinkedHashMap<>();
            Path kernelOutput = org.kdocs.site.ext.kernel.KernelDirectives.excludedBuildDir(tree.root());
            try (Stream<Path> files = Files.walk(tree.root())) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path relativePath = tree.root().relativize(p);
                    String suffix = suffix(p.getFileName().toString());
                    if (hidden(relativePath) || readerFor(suffix) == null
                            || suffix.equals(".txt") && !asciidocTxt(tree.root(), p)
                            || kernelOutput != null && p.toAbsolutePath().normalize().startsWith(kernelOutput)) {
                        continue;
                    }
                    String relative = relativePath.toString().replace('\\', '/');
                    String docname = relative.substring(0, relative.length() - suffix.length());
                    byDocname.computeIfAbsent(docname, k -> new ArrayList<>())
                            .add(new SourceDoc(tree, docname, p, suffix));
                }
            }
            for (List<SourceDoc> candidates : byDocname.values()) {
                candidates.sort(java.util.Comparator.comparingInt(d -> SUFFIX_PRIORITY.indexOf(d.suffix())));
                SourceDoc chosen = candidates.get(0);
                if (candidates.size() > 1) {
                    warn.accept(new Warning(chosen.file().toString(), 0, "WARNING", "multiple files found for the document \""
                            + chosen.docname() + "\": " + candidates.stream().map(d -> d.file().getFileName().toString())
                            .toList() + "; using " + chosen.file().getFileName()));
                }
                docs.add(chosen);
            }
        }
        return docs;
    }

    private static String suffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot);
    }

    private DocumentReader readerFor(String suffix) {
        if (suffix.equals(".rst")) {
            return reader;
        }
        return readers.get(suffix.equals(".txt") ? ".adoc" : suffix);
    }

    private static boolean asciidocTxt(Path root, Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(ASCIIDOC_MARKER))) {
                return true;
            }
        }
        return false;
    }

    // directories such as .git, _build or _static are not sources
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** Reads all documents; null when one of them failed fatally. */
    private List<Page> read(List<SourceDoc> docs, Consumer<Warning> warn)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = pool();
        try {
            List<Future<Object[]>> futures = new ArrayList<>();
            for (SourceDoc doc : docs) {
                futures.add(pool.submit(() -> {
                    List<Warning> local = new ArrayList<>();
                    Document document = readerFor(doc.suffix()).read(doc, local::add);
                    if (document != null) {
                        SphinxPostRead.apply(document,
                                org.kdocs.site.ext.kernel.KernelDirectives.tags(doc.tree().root(), tags),
                                doc.file().toString(), local::add);
                        CodeHighlighting.apply(document);
                    }
                    return new Object[] {document, local};
                }));
            }
            List<Page> pages = new ArrayList<>();
            boolean failed = false;
            for (int i = 0; i < docs.size(); i++) {
                Object[] result = futures.get(i).get();
                @SuppressWarnings("unchecked")
                List<Warning> local = (List<Warning>) result[1];
                local.forEach(warn);
                Document document = (Document) result[0];
                if (document == null) {
                    failed = true;
                    continue;
                }
                String title = HtmlWriter.titleOf(document);
                boolean orphan = SphinxPostRead.isOrphan(document);
                SphinxPostRead.dropDocinfo(document);
                pages.add(new Page(docs.get(i), document, title.isEmpty() ? docs.get(i).docname() : title,
                        HtmlWriter.outline(document), orphan));
            }
            return failed ? null : pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Toctrees resolve(List<SourceTree> trees, List<Page> pages, Map<String, Page> byKey,
                                    Consumer<Warning> warn) {
        Toctrees toctrees = new Toctrees(byKey, warn);
        for (Page page : pages) {
            toctrees.resolve(page);
        }
        for (SourceTree tree : trees) {
            List<Page> treePages = pages.stream().filter(p -> p.source().tree() == tree).toList();
            toctrees.link(byKey.get(tree.name() + "/index"), treePages);
            CrossReferences xrefs = new CrossReferences(byKey, warn);
            treePages.forEach(xrefs::collect);
            treePages.forEach(xrefs::resolve);
            ForeignLinks links = new ForeignLinks(byKey, warn);
            treePages.forEach(links::resolve);
            treePages.forEach(xrefs::autoMarkup);
        }
        return toctrees;
    }

    private void write(Path staging, List<SourceTree> trees, List<Page> pages, Map<String, Page> byKey,
                       Toctrees toctrees, List<SpecChecks.Checked> checked)
            throws IOException, InterruptedException, ExecutionException {
        PageLayout layout = new PageLayout(project, !checked.isEmpty());
        HtmlWriter writer = SiteRenderers.writer();
        Map<SourceTree, List<NavItem>> sidebars = new LinkedHashMap<>();
        for (SourceTree tree : trees) {
            Page root = byKey.get(tree.name() + "/index");
            sidebars.put(tree, root == null ? List.of() : toctrees.global(root, SIDEBAR_DEPTH));
        }
        SearchIndex search = new SearchIndex();
        for (Page page : pages) {
            search.add(page.path(), page.title(), page.source().tree().htmlLang(), page.document());
        }
        GeneralIndex genindex = new GeneralIndex();
        pages.forEach(genindex::add);
        for (Page page : pages) {
            SiteRenderers.renderToctrees(page, toctrees);
        }
        ExecutorService pool = pool();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Page page : pages) {
                futures.add(pool.submit(() -> {
                    SourceTree tree = page.source().tree();
                    String body = writer.write(page.document()).body();
                    String html = layout.page(page, body, sidebars.get(tree), byKey.get(tree.name() + "/index"),
                            translations(page, trees, byKey));
                    writeFile(staging.resolve(page.path()), html);
                    Path copy = staging.resolve(page.source().sourceCopyPath());
                    Files.createDirectories(copy.getParent());
                    Files.copy(page.source().file(), copy);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        SourceTree first = trees.isEmpty() ? null : trees.get(0);
        if (first != null) {
            writeFile(staging.resolve("search.html"), layout.searchPage("search.html", first,
                    byKey.get(first.name() + "/index"), sidebars.get(first)));
            if (!checked.isEmpty()) {
                writeFile(staging.resolve(PageLayout.SPEC_REPORT), layout.generatedPage(PageLayout.SPEC_REPORT,
                        "Spec report", SpecHtml.report(checked, PageLayout.SPEC_REPORT), first,
                        byKey.get(first.name() + "/index"), sidebars.get(first)));
            }
            writeFile(staging.resolve("genindex.html"), layout.generatedPage("genindex.html", "Index",
                    "<div class=\"genindex\">\n<h1>Index</h1>\n" + genindex.html() + "</div>", first,
                    byKey.get(first.name() + "/index"), sidebars.get(first)));
        }
        String json = search.toJson();
        writeFile(staging.resolve("searchindex.json"), json);
        writeFile(staging.resolve("searchindex.js"), "window.KDOCS_SEARCH_INDEX = " + json + ";\n");
        for (String name : STATIC_FILES) {
            try (InputStream in = SiteBuilder.class.getResourceAsStream("static/" + name)) {
                if (in == null) {
                    throw new IOException("missing resource static/" + name);
                }
                Path target = staging.resolve("_static").resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
    }

    private static List<PageLayout.Translation> translations(Page page, List<SourceTree> trees,
                                                             Map<String, Page> byKey) {
        List<PageLayout.Translation> result = new ArrayList<>();
        SourceTree own = page.source().tree();
        for (SourceTree tree : trees) {
            if (tree != own && tree.family().equals(own.family())) {
                Page counterpart = byKey.get(tree.name() + "/" + page.source().docname());
                if (counterpart != null) {
                    result.add(new PageLayout.Translation(tree, counterpart));
                }
            }
        }
        // the kernel's in-tree layout: the original and translations/LANG/ of the same tree, where any exist
        List<PageLayout.Translation> inTree = new ArrayList<>();
        for (KernelTranslations.Version version : KernelTranslations.versions(page.source().docname())) {
            Page counterpart = byKey.get(own.name() + "/" + version.docname());
            if (counterpart != null) {
                inTree.add(new PageLayout.Translation(version.htmlLang(), version.languageName(), counterpart));
            }
        }
        if (inTree.size() > 1) {
            result.addAll(inTree);
        }
        return result;
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    // worker threads get a large stack: deeply nested documents recurse deeply
    private ExecutorService pool() {
        return Executors.newFixedThreadPool(jobs, runnable -> {
            Thread thread = new Thread(null, runnable, "kdocs-build", 256L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Configures a build. */
    public static final class Builder {
        private final List<Path> sources = new ArrayList<>();
        private Path output = Path.of("build/html");
        private int jobs = Runtime.getRuntime().availableProcessors();
        private Set<String> tags = Set.of("html");
        private String project = "kdocs";
        private DocumentReader reader;
        private final Map<String, DocumentReader> readers = new LinkedHashMap<>();
        private Consumer<Warning> warningSink;
        private Consumer<String> progress;

        private Builder() {
        }

        /** Adds a source directory; the first one is written at the top of the output. */
        public Builder source(Path directory) {
            sources.add(directory);
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

        public SiteBuilder build() {
            return new SiteBuilder(this);
        }
    }
}
