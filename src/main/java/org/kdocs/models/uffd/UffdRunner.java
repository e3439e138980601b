package org.kdocs.models.uffd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunReport;
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
        List<UffdModel> models = new ArrayList<>();
        RunOptions withModel = new RunOptions(options.threads(), options.cpus(), options.strategy(),
                options.stepLimit(), options.timeLimit(), options.recordTrace(), machine -> {
            options.setup().accept(machine);
            UffdModel model = factory.get();
            machine.attachment(UffdBuiltins.Session.class, () -> new UffdBuiltins.Session(model));
            models.add(model);
        });
        RunReport report = program.run(withModel);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < report.runs().size(); i++) {
            runs.add(new Run(report.runs().get(i), i < models.size() ? models.get(i) : null));
        }
        return runs;
    }
}
