package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.kdocs.dmesg.ConsoleLog;
import org.kdocs.dmesg.Signature;

/**
 * Runs spec examples against their models and decides each verdict: with
 * {@code runs: N} every run must show the expected verdict, or, with a
 * {@code rate}, the share of runs that show it must satisfy the comparison;
 * each {@code spec-output} is matched against the first run that shows the
 * expected verdict. Examples run in parallel, one per core.
 */
public final class SpecRunner {
    private final Map<String, ModelDriver> drivers = new LinkedHashMap<>();

    public SpecRunner(List<ModelDriver> drivers) {
        for (ModelDriver driver : drivers) {
            this.drivers.put(driver.model(), driver);
        }
    }

    public List<SpecResult> runAll(List<SpecExample> examples, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(null, runnable, "spec", 256L << 20);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<SpecResult>> futures = new ArrayList<>();
            for (SpecExample example : examples) {
                futures.add(pool.submit(() -> run(example)));
            }
            List<SpecResult> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    results.add(error(examples.get(i), 0, "internal error: " + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    results.add(error(examples.get(i), 0, "interrupted"));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the checks of a spec-table, one result per row. */
    public List<SpecResult> runTable(SpecTable table) {
        return TableChecks.run(table);
    }

    /** Runs one example and judges it. */
    public SpecResult run(SpecExample example) {
        ModelDriver driver = drivers.get(example.model());
        if (driver == null) {
            return error(example, 0, "no model \"" + example.model() + "\" is available");
        }
        Expectation.Verdict verdict = example.expect();
        int shown = 0;
        int failures = 0;
        Map<String, Integer> signatures = new LinkedHashMap<>();
        RunOutcome witness = null;
        RunOutcome first = null;
        String limit = null;
        String otherwise = null; // what the first run that missed the verdict showed instead
        for (int i = 0; i < example.runs(); i++) {
            RunOutcome outcome;
            try {
                outcome = driver.run(example, example.seed() + i);
            } catch (ModelDriver.SpecError e) {
                return error(example, i, e.getMessage());
            }
            if (first == null) {
                first = outcome;
            }
            if (!outcome.failureLines().isEmpty()) {
                failures++;
            }
            for (String signature : signatures(outcome)) {
                signatures.merge(signature, 1, Integer::sum);
            }
            if (outcome.limitMessage() != null && limit == null) {
                limit = outcome.limitMessage();
            }
            if (!outcome.shows(verdict) && otherwise == null && !outcome.failureLines().isEmpty()) {
                otherwise = outcome.failureLines().get(0);
            }
            if (outcome.shows(verdict)) {
                shown++;
                if (witness == null) {
                    witness = outcome;
                }
            }
        }
        int runs = example.runs();
        String shownOutput = output(example, witness != null ? witness : first);
        boolean verdictHolds = example.rate() == null ? shown == runs : example.rate().holds(shown, runs);
        if (!verdictHolds) {
            String want = example.rate() == null ? "in every run" : "in " + example.rate() + " of runs";
            // the reason as the JSON's signatures give it: a limit, else the report a run showed instead
            String why = limit != null ? limit : otherwise != null ? "a run showed: " + otherwise : null;
            String message = "expected " + verdict.word() + " " + want + "; " + shown + " of " + runs
                    + " runs showed it" + (why != null ? " (" + why + ")" : "");
            return new SpecResult(example, SpecResult.Status.FAIL, runs, failures, signatures, message, shownOutput);
        }
        for (SpecExample.ExpectedOutput expected : example.outputs()) {
            String mismatch = compare(example, expected, witness);
            if (mismatch != null) {
                return new SpecResult(example, SpecResult.Status.FAIL, runs, failures, signatures, mismatch,
                        shownOutput);
            }
        }
        return new SpecResult(example, SpecResult.Status.PASS, runs, failures, signatures, "", shownOutput);
    }

    /** A run's failure signatures: the robot's reading of its console, and reports the console never showed. */
    static Set<String> signatures(RunOutcome outcome) {
        Set<String> found = new LinkedHashSet<>();
        for (Signature.Report report : Signature.ofLog(ConsoleLog.of("run", outcome.console()))) {
            found.add(report.signature());
        }
        for (String line : outcome.failureLines()) {
            if (!outcome.console().contains(line)) {
                found.add(Signature.of(line));
            }
        }
        return found;
    }

    // the console, then each other file the example's spec-outputs show, under a "==> file <==" line as tail prints
    private static String output(SpecExample example, RunOutcome outcome) {
        if (outcome == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.join("\n", outcome.console()));
        for (String source : example.outputs().stream().map(SpecExample.ExpectedOutput::source).distinct().toList()) {
            String contents = outcome.files().get(source);
            if (!source.equals("console") && contents != null) {
                text.append(text.isEmpty() ? "" : "\n\n").append("==> ").append(source).append(" <==\n").append(contents);
            }
        }
        return text.toString();
    }

    private static String compare(SpecExample example, SpecExample.ExpectedOutput expected, RunOutcome witness) {
        if (witness == null) {
            return "no run showed " + example.expect().word() + ", so there is no output to compare with "
                    + expected.file() + ":" + expected.line();
        }
        List<String> actual;
        if (expected.source().equals("console")) {
            actual = witness.console();
        } else {
            String contents = witness.files().get(expected.source());
            if (contents == null) {
                return expected.file() + ":" + expected.line() + ": the " + example.model()
                        + " model has no file " + expected.source();
            }
            actual = List.of(contents.split("\n", -1));
        }
        if (OutputMatcher.matches(expected.lines(), actual, expected.exact())) {
            return null;
        }
        return "output differs from " + expected.file() + ":" + expected.line() + ":\n"
                + UnifiedDiff.diff("expected (" + expected.file() + ":" + expected.line() + ")", expected.lines(),
                "actual", actual);
    }

    private static SpecResult error(SpecExample example, int runs, String message) {
        return new SpecResult(example, SpecResult.Status.ERROR, runs, 0, Map.of(), message);
    }
}
