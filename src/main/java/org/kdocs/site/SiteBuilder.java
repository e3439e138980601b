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

    private final List<Path> sources;
    private final Path output;
    private final int jobs;
    private final Set<String> tags;
    private final String project;
    private final DocumentReader reader;
    private final Consumer<Warning> warningSink;
    private final Consumer<String> progress;

    private SiteBuilder(Builder b) {
        this.sources = List.copyOf(b.sources);
        this.output = b.output;
        this.jobs = Math.max(1, b.jobs);
        this.tags = Set.copyOf(b.tags);
        this.project = b.project;
        this.reader = b.reader == null ? new RstReader() : b.reader;
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
            List<SourceDoc> docs = discover(trees);
            progress("reading sources... " + docs.size() + " files");
            List<Page> pages = read(docs, warn);
            if (pages == null) {
                return new Result(0, List.copyOf(warnings), true);
            }
            Map<String, Page> byKey = new LinkedHashMap<>();
            for (Page page : pages) {
                byKey.put(page.source().key(), page);
            }
            Toctrees toctrees = resolve(trees, pages, byKey, warn);
            staging = AtomicOutput.begin(output);
            progress("writing output... " + pages.size() + " pages");
            write(staging, trees, pages, byKey, toctrees);
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

    private static List<SourceDoc> discover(List<SourceTree> trees) throws IOException {
        List<SourceDoc> docs = new ArrayList<>();
        for (SourceTree tree : trees) {
            Path kernelOutput = org.kdocs.site.ext.kernel.KernelDirectives.excludedBuildDir(tree.root());
            try (Stream<Path> files = Files.walk(tree.root())) {
                files.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".rst"))
                        .filter(p -> !hidden(tree.root().relativize(p)))
                        .filter(p -> kernelOutput == null || !p.toAbsolutePath().normalize().startsWith(kernelOutput))
                        .sorted()
                        .forEach(p -> {
                            String relative = tree.root().relativize(p).toString().replace('\\', '/');
                            docs.add(new SourceDoc(tree, relative.substring(0, relative.length() - 4), p, ".rst"));
                        });
            }
        }
        return docs;
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
                    Document document = reader.read(doc, local::add);
                    if (document != null) {
                        SphinxPostRead.apply(document,
                                org.kdocs.site.ext.kernel.KernelDirectives.tags(doc.tree().root(), tags),
                                doc.file().toString(), local::add);
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
        }
        return toctrees;
    }

    private void write(Path staging, List<SourceTree> trees, List<Page> pages, Map<String, Page> byKey,
                       Toctrees toctrees) throws IOException, InterruptedException, ExecutionException {
        PageLayout layout = new PageLayout(project);
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
