package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

/** Test helpers: compile a program (failing the test on a compile error) and run it. */
final class Programs {
    private Programs() {
    }

    static CProgram compile(String source) {
        CProgram.Compilation c = CProgram.compile(source, Origin.of("example.c"));
        assertThat(c.errors()).as("compile errors").isEmpty();
        return c.program();
    }

    static Diagnostic compileError(String source) {
        CProgram.Compilation c = CProgram.compile(source, new Origin("doc.rst", 10, 5));
        assertThat(c.ok()).as("expected a compile error").isFalse();
        return c.errors().get(0);
    }

    /** Runs main() alone and returns the console; fails unless it completed. */
    static String console(String source) {
        RunResult r = runMain(source);
        assertThat(r.outcome()).as(r.console()).isInstanceOf(Outcome.Completed.class);
        return r.console();
    }

    static RunResult runMain(String source) {
        return compile(source).run(RunOptions.builder().build()).first();
    }

    static RunReport run(String source, Consumer<RunOptions.Builder> options) {
        RunOptions.Builder b = RunOptions.builder();
        options.accept(b);
        return compile(source).run(b.build());
    }
}
