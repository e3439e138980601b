package org.kdocs.specrun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;
import org.kdocs.interp.Strategy;
import org.kdocs.interp.ThreadSpec;

/**
 * What the C-running drivers share: turning an example's threads,
 * schedule and limits into interpreter options, and a run's result into a
 * {@link RunOutcome}.
 */
final class InterpreterRuns {
    private static final Pattern DEFAULT_THREAD = Pattern.compile("T(\\d+)");
    private static final String IRQ = "irq:";
    /** FUNCTION, optionally @CPU and *TIMES (how often it may fire). */
    private static final Pattern HANDLER = Pattern.compile("(\\w+)(?:@(\\d{1,3}))?(?:\\*([1-9]\\d{0,3}))?");

    private InterpreterRuns() {
    }

    /** The example's threads: as listed, or every function named T1, T2, ... in number order. */
    static List<ThreadSpec> threads(SpecExample example, CProgram program) throws ModelDriver.SpecError {
        List<ThreadSpec> specs = new ArrayList<>();
        if (example.threads().isEmpty()) {
            program.functions().stream().filter(f -> DEFAULT_THREAD.matcher(f).matches())
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.substring(1))))
                    .forEach(f -> specs.add(ThreadSpec.task(f)));
            if (specs.isEmpty()) {
                throw new ModelDriver.SpecError(example.file() + ":" + example.line()
                        + ": no :threads: given and no function named T1, T2, ...");
            }
            return specs;
        }
        for (String name : example.threads()) {
            boolean irq = name.startsWith(IRQ);
            String function = irq ? name.substring(IRQ.length()) : name;
            int cpu = 0;
            int fires = 1;
            if (irq) {
                java.util.regex.Matcher m = HANDLER.matcher(function);
                if (!m.matches()) {
                    throw new ModelDriver.SpecError(example.file() + ":" + example.line() + ": an interrupt handler "
                            + "is written irq:FUNCTION, irq:FUNCTION@CPU or irq:FUNCTION*TIMES, not '" + name + "'");
                }
                function = m.group(1);
                cpu = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                fires = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            }
            if (!program.functions().contains(function)) {
                throw new ModelDriver.SpecError(example.file() + ":" + example.line() + ": thread function "
                        + function + " is not defined in the example");
            }
            specs.add(irq ? ThreadSpec.interrupt(function, cpu, fires) : ThreadSpec.task(function));
        }
        return specs;
    }

    static RunOptions options(SpecExample example, CProgram program, long seed) throws ModelDriver.SpecError {
        RunOptions.Builder builder = RunOptions.builder();
        List<ThreadSpec> threads = threads(example, program);
        threads.forEach(builder::thread);
        int cpus = Math.max(2, threads.size());
        for (ThreadSpec t : threads) {
            cpus = Math.max(cpus, t.cpu() + 1);
        }
        builder.cpus(cpus);
        builder.strategy(strategy(example, seed));
        builder.stepLimit(example.steps());
        builder.timeLimit(Duration.ofMillis(example.timeoutMs()));
        return builder.build();
    }

    private static Strategy strategy(SpecExample example, long seed) throws ModelDriver.SpecError {
        String[] words = example.schedule().strip().split("\\s+");
        if (words[0].equals("random") && words.length == 1) {
            return Strategy.random(seed, 1);
        }
        if (words[0].equals("exhaustive") && words.length <= 2) {
            try {
                return Strategy.exhaustive(words.length == 2 ? Integer.parseInt(words[1]) : 2);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new ModelDriver.SpecError(example.file() + ":" + example.line() + ": :schedule: takes random or "
                + "exhaustive N, not '" + example.schedule() + "'");
    }

    /** The outcome of one interpreter run, with the model's report first lines and files. */
    static RunOutcome outcome(SpecExample example, RunResult result, List<String> reports, Map<String, String> files)
            throws ModelDriver.SpecError {
        List<String> console = new ArrayList<>(List.of(result.console().split("\n", -1)));
        if (!console.isEmpty() && console.get(console.size() - 1).isEmpty()) {
            console.remove(console.size() - 1);
        }
        List<String> bugs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String line : console) {
            if (line.startsWith("WARNING:")) {
                warnings.add(line);
            } else if (line.startsWith("kernel BUG at ")) {
                bugs.add(line);
            }
        }
        String limit = null;
        Outcome outcome = result.outcome();
        if (outcome instanceof Outcome.Fault fault) {
            if (!bugs.contains(fault.message())) {
                bugs.add(fault.message());
            }
        } else if (outcome instanceof Outcome.Invalid invalid) {
            throw new ModelDriver.SpecError(example.file() + ":" + example.line() + ": " + invalid.message());
        } else if (!(outcome instanceof Outcome.Completed)) {
            limit = outcome.message();
        }
        return new RunOutcome(console, reports, bugs, warnings, files, limit);
    }
}
