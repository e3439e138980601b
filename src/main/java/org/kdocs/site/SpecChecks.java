package org.kdocs.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.kdocs.specrun.ModelDrivers;
import org.kdocs.specrun.SpecDirectives;
import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecExtractor;
import org.kdocs.specrun.SpecResult;
import org.kdocs.specrun.SpecRunner;
import org.kdocs.specrun.SpecTable;
import org.kdocs.tree.Document;
import org.kdocs.tree.Element;
import org.kdocs.tree.Names;
import org.kdocs.tree.NodeType;
import org.kdocs.tree.Severity;

/**
 * The literate tests of a build: runs every spec example and spec-table row
 * of the pages while the rest of the build goes on, then writes each result
 * onto its node (for {@link SpecHtml}) and turns each failure into a
 * warning, so that {@code -W} fails the build.
 */
final class SpecChecks {
    /** Node attributes the results are written to. */
    static final String STATUS = "spec-status";
    static final String MESSAGE = "spec-message";
    static final String OUTPUT = "spec-output-text";
    static final String RUNS = "spec-runs";

    /**
     * One checked example or table row, where it is shown.
     *
     * @param anchor the id of the example (or its table) on the page
     */
    record Checked(Page page, String anchor, SpecResult result) {
    }

    private record Found(Page page, Element node, SpecExample example) {
    }

    private record FoundTable(Page page, Element node, SpecTable table) {
    }

    private final List<Page> pages;
    private final List<Found> examples;
    private final List<FoundTable> tables;
    private final CompletableFuture<List<SpecResult>> exampleResults;
    private final CompletableFuture<List<List<SpecResult>>> tableResults;

    private SpecChecks(List<Page> pages, List<Found> examples, List<FoundTable> tables, int jobs,
                       SpecResultCache cache) {
        this.pages = pages;
        this.examples = examples;
        this.tables = tables;
        SpecRunner runner = new SpecRunner(ModelDrivers.all());
        List<SpecExample> toRun = examples.stream().map(Found::example).toList();
        // a thread of its own: the runner blocks while its pool works, and the build goes on meanwhile
        this.exampleResults = examples.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> runUncached(runner, toRun, jobs, cache), SpecChecks::daemon);
        this.tableResults = tables.isEmpty() ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(
                        () -> tables.stream().map(t -> runner.runTable(t.table())).toList(), SpecChecks::daemon);
    }

    /** Runs the examples that did not pass unchanged in the previous build (see {@link SpecResultCache}). */
    static List<SpecResult> runUncached(SpecRunner runner, List<SpecExample> examples, int jobs,
                                        SpecResultCache cache) {
        SpecResult[] results = new SpecResult[examples.size()];
        List<Integer> toRun = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            results[i] = cache.lookup(examples.get(i));
            if (results[i] == null) {
                toRun.add(i);
            }
        }
        List<SpecResult> ran = runOnce(runner, toRun.stream().map(examples::get).toList(), jobs);
        for (int j = 0; j < toRun.size(); j++) {
            results[toRun.get(j)] = ran.get(j);
            cache.remember(ran.get(j));
        }
        return List.of(results);
    }

    /**
     * Runs each distinct example once: a translation repeats its original's
     * examples word for word, and the same code, options and seed give the
     * same verdict. A copy of a passing example shares its result; a copy of
     * a failing one runs itself, so that its message points into its own file.
     */
    static List<SpecResult> runOnce(SpecRunner runner, List<SpecExample> examples, int jobs) {
        Map<List<Object>, Integer> distinct = new HashMap<>();
        List<SpecExample> unique = new ArrayList<>();
        int[] representative = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            SpecExample example = examples.get(i);
            representative[i] = distinct.computeIfAbsent(sameRun(example), k -> {
                unique.add(example);
                return unique.size() - 1;
            });
        }
        List<SpecResult> uniqueResults = runner.runAll(unique, jobs);
        SpecResult[] results = new SpecResult[examples.size()];
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            SpecResult shared = uniqueResults.get(representative[i]);
            if (shared.example() == examples.get(i)) {
                results[i] = shared;
            } else if (shared.passed()) {
                results[i] = new SpecResult(examples.get(i), shared.status(), shared.runs(), shared.failures(),
                        shared.signatures(), shared.message(), shared.output());
            } else {
                again.add(i);
            }
        }
        List<SpecResult> rerun = runner.runAll(again.stream().map(examples::get).toList(), jobs);
        for (int j = 0; j < again.size(); j++) {
            results[again.get(j)] = rerun.get(j);
        }
        return List.of(results);
    }

    // everything that decides a verdict; file and lines only change where messages point
    private static List<Object> sameRun(SpecExample e) {
        List<Object> outputs = e.outputs().stream()
                .map(o -> (Object) List.of(o.source(), o.exact(), o.lines())).toList();
        return Arrays.asList(e.model(), e.name(), e.config(), e.threads(), e.runs(), e.seed(), e.schedule(),
                e.expect(), String.valueOf(e.rate()), e.timeoutMs(), e.steps(), e.code(), outputs);
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(null, task, "kdocs-spec", 256L << 20);
        thread.setDaemon(true);
        thread.start();
    }

    /** Finds the examples and tables of the pages and starts running them on {@code jobs} threads. */
    static SpecChecks start(List<Page> pages, int jobs) {
        return start(pages, jobs, new SpecResultCache());
    }

    /** As {@link #start(List, int)}, taking passing results of unchanged examples from {@code cache}. */
    static SpecChecks start(List<Page> pages, int jobs, SpecResultCache cache) {
        List<Found> examples = new ArrayList<>();
        List<FoundTable> tables = new ArrayList<>();
        find(pages, examples, tables);
        return new SpecChecks(List.copyOf(pages), examples, tables, jobs, cache);
    }

    private static void find(List<Page> pages, List<Found> examples, List<FoundTable> tables) {
        for (Page page : pages) {
            String location = page.source().file().toString();
            List<String> ignored = new ArrayList<>();
            SpecExtractor.examplesOf(page.document(), location, ignored)
                    .forEach((node, example) -> examples.add(new Found(page, node, example)));
            for (Element node : page.document().findAll(SpecDirectives.SPEC_TABLE)) {
                if (!node.findAll(NodeType.TABLE).isEmpty()) {
                    tables.add(new FoundTable(page, node, SpecTable.of(node, location)));
                }
            }
        }
    }

    /**
     * An untrusted build runs no examples: each example and spec table of the pages gets a
     * warning at its line instead, and the pages show them without a verdict.
     */
    static SpecChecks refuse(List<Page> pages, Consumer<Warning> warn) {
        List<Found> examples = new ArrayList<>();
        List<FoundTable> tables = new ArrayList<>();
        find(pages, examples, tables);
        for (Found f : examples) {
            warn.accept(new Warning(f.example().file(), f.example().line(), Severity.WARNING,
                    "spec example " + f.example().name() + " not run: untrusted build"));
        }
        for (FoundTable t : tables) {
            warn.accept(new Warning(t.table().file(), t.table().line(), Severity.WARNING,
                    "spec table " + t.table().name() + " not run: untrusted build"));
        }
        return new SpecChecks(List.copyOf(pages), List.of(), List.of(), 1, new SpecResultCache());
    }

    boolean isEmpty() {
        return examples.isEmpty() && tables.isEmpty();
    }

    /**
     * Waits for the results, writes them onto the nodes and reports each
     * failure; returns every result in page order, and by line
     * within a page.
     */
    List<Checked> finish(Consumer<Warning> warn) throws InterruptedException, ExecutionException {
        List<SpecResult> results = exampleResults.get();
        List<List<SpecResult>> rowResults = tableResults.get();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Found found = examples.get(i);
            SpecResult result = results.get(i);
            Element node = found.node();
            String anchor = anchor(found.page(), node, found.example().name());
            node.set(STATUS, result.status().word());
            node.set(MESSAGE, result.message());
            node.set(OUTPUT, result.output());
            node.set(RUNS, result.runs());
            checked.add(new Checked(found.page(), anchor, result));
        }
        for (int i = 0; i < tables.size(); i++) {
            FoundTable found = tables.get(i);
            List<SpecResult> rows = rowResults.get(i);
            String anchor = anchor(found.page(), found.node(), found.table().name());
            markRows(found.node(), rows);
            boolean allPass = rows.stream().allMatch(SpecResult::passed);
            found.node().set(STATUS, allPass ? "pass" : "fail");
            found.node().set(MESSAGE, String.join("\n", rows.stream().filter(r -> !r.passed())
                    .map(r -> r.example().name() + ": " + r.message()).toList()));
            rows.forEach(r -> checked.add(new Checked(found.page(), anchor, r)));
        }
        Map<Page, Integer> order = new IdentityHashMap<>();
        for (Page page : pages) {
            order.put(page, order.size());
        }
        checked.sort(Comparator.comparingInt((Checked c) -> order.get(c.page()))
                .thenComparingInt(c -> c.result().example().line()));
        for (Checked c : checked) {
            if (!c.result().passed()) {
                SpecExample example = c.result().example();
                warn.accept(new Warning(example.file(), example.line(), Severity.WARNING,
                        "spec example " + example.name() + " failed: " + c.result().message()));
            }
        }
        return checked;
    }

    // rows are read in document order by SpecTable.of, so the i-th body row has the i-th result
    private static void markRows(Element tableNode, List<SpecResult> rows) {
        Element table = tableNode.findAll(NodeType.TABLE).get(0);
        int i = 0;
        for (Element body : table.findAll(NodeType.TBODY)) {
            for (Element row : body.findAll(NodeType.ROW)) {
                if (i < rows.size()) {
                    row.classes().add("spec-row-" + rows.get(i).status().word());
                }
                i++;
            }
        }
    }

    // "spec-NAME", made unique among the page's ids ("spec-NAME-2", ...) and registered with the document
    private static String anchor(Page page, Element node, String name) {
        Document document = page.document();
        String base = "spec-" + Names.makeId(name.toLowerCase(Locale.ROOT));
        String anchor = base;
        for (int n = 2; document.hasId(anchor); n++) {
            anchor = base + "-" + n;
        }
        document.registerId(anchor, node);
        node.ids().add(anchor);
        return anchor;
    }
}
