package org.kdocs.specrun;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;
import org.kdocs.models.alloctag.AllocProfiling;
import org.kdocs.models.alloctag.AllocTagRunner;
import org.kdocs.models.kernel.ConfigLines;
import org.kdocs.models.ptc.PageTableCheck;
import org.kdocs.models.ptc.PtcRunner;
import org.kdocs.models.uffd.UffdModel;
import org.kdocs.models.uffd.UffdRunner;

/**
 * Runs examples of the mm models (page-table-check, alloc-tag,
 * userfaultfd): the example's configuration lines build the model, the C
 * code drives it through its builtins, and BUG and WARNING reports on the
 * console decide the verdict.
 *
 * @param <M> the model
 * @param <R> one run of the model's runner
 */
final class MmDriver<M, R> implements ModelDriver {
    /** How one model is configured and run. */
    record Model<M, R>(String name, BiFunction<String, Origin, CProgram.Compilation> compiler,
                       Function<List<String>, ConfigLines.Configured<M>> configure,
                       Runner<M, R> runner, Function<R, RunResult> result, Function<R, Map<String, String>> files) {
    }

    @FunctionalInterface
    interface Runner<M, R> {
        List<R> run(CProgram program, Supplier<M> factory, RunOptions options);
    }

    private final Model<M, R> model;
    private final ProgramCache programs;

    private MmDriver(Model<M, R> model) {
        this.model = model;
        this.programs = new ProgramCache(model.compiler());
    }

    static List<ModelDriver> all() {
        return List.of(
                new MmDriver<>(new Model<PageTableCheck, PtcRunner.Run>("page-table-check", PtcRunner::compile,
                        PageTableCheck::fromConfig, PtcRunner::run, PtcRunner.Run::result,
                        run -> Map.of("page_table_check", run.model() == null ? "" : run.model().dump()))),
                new MmDriver<>(new Model<AllocProfiling, AllocTagRunner.Run>("alloc-tag", AllocTagRunner::compile,
                        AllocProfiling::fromConfig, AllocTagRunner::run, AllocTagRunner.Run::result,
                        AllocTagRunner.Run::files)),
                new MmDriver<>(new Model<UffdModel, UffdRunner.Run>("userfaultfd", UffdRunner::compile,
                        UffdModel::fromConfig, UffdRunner::run, UffdRunner.Run::result, run -> Map.of())));
    }

    @Override
    public String model() {
        return model.name();
    }

    @Override
    public RunOutcome run(SpecExample example, long seed) throws SpecError {
        ConfigLines.Configured<M> configured = model.configure().apply(example.config());
        if (!configured.ok()) {
            throw new SpecError(example.file() + ":" + example.line() + ": the " + model.name()
                    + " model does not know " + String.join(", ", configured.unknown()));
        }
        CProgram program = programs.get(example);
        RunOptions options = InterpreterRuns.options(example, program, seed);
        R run = model.runner().run(program, configured.factory(), options).get(0);
        return InterpreterRuns.outcome(example, model.result().apply(run), List.of(), model.files().apply(run));
    }
}
