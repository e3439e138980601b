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

    public Set<String> functions() {
        return program.functionNames();
    }

    public Symbols symbols() {
        return program.symbols();
    }
}
