package org.kdocs.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.kdocs.dmesg.CompareTable;
import org.kdocs.specrun.ModelDrivers;
import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecResult;
import org.kdocs.specrun.SpecRunner;
import org.kdocs.specrun.SpecSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kdocs spec}: runs the code examples of documents against the
 * reference models and checks what the documents say they produce.
 */
@Command(name = "spec",
        mixinStandardHelpOptions = true,
        description = {"Run the spec examples of the given documents or directories against the reference models.",
                "Exit status 1 when any example fails or cannot run."})
final class SpecCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: docs docs-zh_CN).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Option(names = "--runs", paramLabel = "N", description = "Override every example's number of runs.")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Override every example's first seed.")
    Long seed;

    @Option(names = "--name", paramLabel = "GLOB", description = "Run only examples whose name matches.")
    String nameGlob;

    @Option(names = "--compare", arity = "2", paramLabel = "CONFIG",
            description = "Run each example under two configurations (space-separated settings each) and print "
                    + "the kernel test robot's fail:runs / %%reproduction table.")
    List<String> compare;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Examples run in parallel (default: cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("kdocs spec: --format takes text or json, not '" + format + "'");
            return 2;
        }
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("docs"), Path.of("docs-zh_CN")) : paths;
        for (Path root : roots) {
            if (!root.toFile().exists()) {
                System.err.println("kdocs spec: " + root + ": no such file or directory");
                return 2;
            }
        }
        SpecSuite suite = SpecSuite.load(roots);
        suite.problems().forEach(System.err::println);
        List<SpecExample> examples = select(suite.examples());
        SpecRunner runner = new SpecRunner(ModelDrivers.all());
        if (compare != null) {
            return compare(runner, examples);
        }
        List<SpecResult> results = new ArrayList<>(runner.runAll(examples, jobs));
        for (var table : suite.tables()) {
            if (nameGlob == null || FileSystems.getDefault().getPathMatcher("glob:" + nameGlob)
                    .matches(Path.of(table.name()))) {
                results.addAll(runner.runTable(table));
            }
        }
        if (format.equals("json")) {
            printJson(results);
        } else {
            printText(results);
        }
        boolean failed = !suite.problems().isEmpty() || results.stream().anyMatch(r -> !r.passed());
        return failed ? 1 : 0;
    }

    private List<SpecExample> select(List<SpecExample> all) {
        PathMatcher glob = nameGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + nameGlob);
        List<SpecExample> selected = new ArrayList<>();
        for (SpecExample e : all) {
            if (glob != null && !glob.matches(Path.of(e.name()))) {
                continue;
            }
            selected.add(override(e, runs == null ? e.runs() : runs, seed == null ? e.seed() : seed, e.config()));
        }
        return selected;
    }

    private static SpecExample override(SpecExample e, int runs, long seed, List<String> config) {
        return new SpecExample(e.file(), e.line(), e.codeLine(), e.model(), e.name(), config, e.threads(), runs, seed,
                e.schedule(), e.expect(), e.rate(), e.timeoutMs(), e.steps(), e.code(), e.outputs());
    }

    private int compare(SpecRunner runner, List<SpecExample> examples) {
        for (SpecExample e : examples) {
            List<String> left = mergedConfig(e.config(), compare.get(0));
            List<String> right = mergedConfig(e.config(), compare.get(1));
            SpecResult a = runner.run(override(e, e.runs(), e.seed(), left));
            SpecResult b = runner.run(override(e, e.runs(), e.seed(), right));
            System.out.println(e.displayName());
            System.out.print(CompareTable.format(new CompareTable.Side(compare.get(0), a.runs(), a.signatures()),
                    new CompareTable.Side(compare.get(1), b.runs(), b.signatures())));
            System.out.println();
        }
        return 0;
    }

    private static List<String> mergedConfig(List<String> base, String extra) {
        List<String> merged = new ArrayList<>(base);
        merged.addAll(List.of(extra.strip().split("\\s+")));
        return merged;
    }

    private static void printText(List<SpecResult> results) {
        int passed = 0;
        for (SpecResult r : results) {
            System.out.println(r.status().name() + " " + r.example().displayName() + " (" + r.example().model() + ", "
                    + r.runs() + (r.runs() == 1 ? " run)" : " runs)"));
            if (!r.passed()) {
                for (String line : r.message().split("\n")) {
                    System.out.println("    " + line);
                }
            } else {
                passed++;
            }
        }
        System.out.println(passed + " passed, " + (results.size() - passed) + " failed");
    }

    private static void printJson(List<SpecResult> results) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SpecResult r : results) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", r.example().file());
            entry.put("line", r.example().line());
            entry.put("name", r.example().name());
            entry.put("model", r.example().model());
            entry.put("status", r.status().word());
            entry.put("runs", r.runs());
            entry.put("failures", r.failures());
            entry.put("signatures", r.signatures());
            entry.put("message", r.message());
            out.add(entry);
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    }
}
