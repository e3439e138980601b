package org.kdocs.models.ptc;

import java.util.List;
import java.util.function.Supplier;

import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

/**
 * The page table check model's runner for doc examples: compile C code with the ptc_* builtins, run it
 * on the interpreter with a model configured per run, and get each run's result and model (state dump,
 * verdict). A BUG ends the run as an interpreter fault whose message is the {@code kernel BUG at} line.
 */
public final class PtcRunner {
    private PtcRunner() {
    }

    /** One run: the interpreter's result and the model it drove. */
    public record Run(RunResult result, PageTableCheck model) {
        public String console() {
            return result.console();
        }
    }

    public static Builtins builtins() {
        Builtins b = Builtins.standard();
        PtcBuiltins.install(b, () -> PageTableCheck.builder().build());
        return b;
    }

    public static CProgram.Compilation compile(String code, Origin origin) {
        return CProgram.compile(code, origin, builtins());
    }

    /** Runs the program with a fresh model from {@code factory} per run ({@code options}' setup still runs). */
    public static List<Run> run(CProgram program, Supplier<PageTableCheck> factory, RunOptions options) {
        return program.runAttached(options, machine -> {
            PageTableCheck model = factory.get();
            machine.attachment(PtcBuiltins.Session.class, () -> new PtcBuiltins.Session(model));
            return model;
        }).stream().map(run -> new Run(run.result(), run.value())).toList();
    }
}
