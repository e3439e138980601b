package org.kdocs.models.alloctag;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

/**
 * The alloc_tag model's runner for doc examples: compile C code with the builtins, run it with a model
 * configured per run that sees every allocation, and get each run's result, model and files
 * (/proc/allocinfo, /proc/sys/vm/mem_profiling) as they read at the end of the run.
 */
public final class AllocTagRunner {
    private AllocTagRunner() {
    }

    /** One run: the interpreter's result and the model that watched it. */
    public record Run(RunResult result, AllocProfiling model) {
        public String console() {
            return result.console();
        }

        /** The model's files an example may show with {@code :source:}. */
        public Map<String, String> files() {
            if (model == null) {
                return Map.of();
            }
            return Map.of("/proc/allocinfo", model.procAllocinfo(),
                    "/proc/sys/vm/mem_profiling", model.control().read());
        }
    }

    public static Builtins builtins() {
        Builtins b = Builtins.standard();
        AllocTagBuiltins.install(b, () -> AllocProfiling.builder().build());
        return b;
    }

    public static CProgram.Compilation compile(String code, Origin origin) {
        return CProgram.compile(code, origin, builtins());
    }

    public static List<Run> run(CProgram program, Supplier<AllocProfiling> factory, RunOptions options) {
        return program.runAttached(options, machine -> AllocTagBuiltins.session(machine, factory).model())
                .stream().map(run -> new Run(run.result(), run.value())).toList();
    }
}
