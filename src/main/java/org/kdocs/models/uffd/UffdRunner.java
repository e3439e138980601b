package org.kdocs.models.uffd;

import java.util.List;
import java.util.function.Supplier;

import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

/** The userfaultfd model's runner for doc examples: compile with the uffd builtins, run with a fresh model per run. */
public final class UffdRunner {
    private UffdRunner() {
    }

    public record Run(RunResult result, UffdModel model) {
        public String console() {
            return result.console();
        }
    }

    public static Builtins builtins() {
        Builtins b = Builtins.standard();
        UffdBuiltins.install(b, UffdModel::new);
        return b;
    }

    public static CProgram.Compilation compile(String code, Origin origin) {
        return CProgram.compile(code, origin, builtins());
    }

    public static List<Run> run(CProgram program, Supplier<UffdModel> factory, RunOptions options) {
        return program.runAttached(options, machine -> {
            UffdModel model = factory.get();
            machine.attachment(UffdBuiltins.Session.class, () -> new UffdBuiltins.Session(model));
            return model;
        }).stream().map(run -> new Run(run.result(), run.value())).toList();
    }
}
