package org.kdocs.interp;

import java.util.List;
import java.util.Set;
import org.kdocs.interp.exec.Compiler;
import org.kdocs.interp.exec.Program;
import org.kdocs.interp.parse.CompileError;

/**
 * Public entry point: compile C source once ({@link #compile}), then run it as often as needed with
 * {@link #run}. Compilation never throws: errors come back as {@link Diagnostic}s.
 */
public final class CProgram {
    private final Program program;

    private CProgram(Program program) {
        this.program = program;
    }

    /** The outcome of compiling: a program, or the first error. */
    public record Compilation(CProgram program, List<Diagnostic> errors) {
        public boolean ok() {
            return program != null;
        }
    }

    public static Compilation compile(String source, Origin origin) {
        return compile(source, origin, Builtins.standard());
    }

    public static Compilation compile(String source, Origin origin, Builtins builtins) {
        try {
            return new Compilation(new CProgram(Compiler.compile(source, origin, builtins)), List.of());
        } catch (CompileError e) {
            return new Compilation(null, List.of(e.diagnostic()));
        } catch (StackOverflowError e) {
            return new Compilation(null, List.of(new Diagnostic(origin.file(), origin.firstLine(),
                    origin.firstColumn(), "program is nested too deeply to compile")));
        } catch (RuntimeException e) {
            return new Compilation(null, List.of(new Diagnostic(origin.file(), origin.firstLine(),
                    origin.firstColumn(), "internal compiler error: " + e)));
        }
    }

    public RunReport run(RunOptions options) {
        return program.run(options);
    }

    /** One run's result with what {@code attach} made for that run (null if the run never started). */
    public record Attached<T>(RunResult result, T value) {
    }

    /**
     * Runs with {@code attach} called at the start of every run, after the options' own setup: a model
     * attaches a fresh instance of itself to each run's machine and gets it back with that run's result.
     */
    public <T> List<Attached<T>> runAttached(RunOptions options, java.util.function.Function<Machine, T> attach) {
        List<T> values = new java.util.ArrayList<>();
        RunOptions withAttach = new RunOptions(options.threads(), options.cpus(), options.strategy(),
                options.stepLimit(), options.timeLimit(), options.recordTrace(), machine -> {
            options.setup().accept(machine);
            values.add(attach.apply(machine));
        });
        RunReport report = program.run(withAttach);
        List<Attached<T>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < report.runs().size(); i++) {
            runs.add(new Attached<>(report.runs().get(i), i < values.size() ? values.get(i) : null));
        }
        return runs;
    }

    public Set<String> functions() {
        return program.functionNames();
    }

    public Symbols symbols() {
        return program.symbols();
    }
}
