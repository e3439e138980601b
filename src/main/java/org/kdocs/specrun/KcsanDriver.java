package org.kdocs.specrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.RunOptions;
import org.kdocs.models.kcsan.KcsanConfig;
import org.kdocs.models.kcsan.KcsanRunner;

/** Runs {@code .. spec:: kcsan} examples: the C code on the interpreter with the KCSAN model attached. */
final class KcsanDriver implements ModelDriver {
    private final ProgramCache programs = new ProgramCache(KcsanRunner::compile);

    @Override
    public String model() {
        return "kcsan";
    }

    @Override
    public RunOutcome run(SpecExample example, long seed) throws SpecError {
        KcsanConfig config;
        try {
            config = KcsanConfig.parse(example.config());
        } catch (IllegalArgumentException e) {
            throw new SpecError(example.file() + ":" + example.line() + ": " + e.getMessage());
        }
        CProgram program = programs.get(example);
        RunOptions options = InterpreterRuns.options(example, program, seed);
        KcsanRunner.Run run = KcsanRunner.run(program, config, options).get(0);
        List<String> reports = new ArrayList<>();
        for (List<String> report : run.reports()) {
            reports.add(report.get(1));
        }
        return InterpreterRuns.outcome(example, run.result(), reports,
                Map.of("/sys/kernel/debug/kcsan", run.kcsan() == null ? "" : run.kcsan().debugfs().read()));
    }
}
