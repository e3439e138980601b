package org.kdocs.specrun;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;

/**
 * Compiles each example once, however many runs it has; compile errors
 * become {@link ModelDriver.SpecError}s that point at the document line.
 */
final class ProgramCache {
    private final BiFunction<String, Origin, CProgram.Compilation> compiler;
    private final Map<String, CProgram.Compilation> compiled = new ConcurrentHashMap<>();

    ProgramCache(BiFunction<String, Origin, CProgram.Compilation> compiler) {
        this.compiler = compiler;
    }

    CProgram get(SpecExample example) throws ModelDriver.SpecError {
        String key = example.file() + ":" + example.codeLine() + "\n" + example.code();
        CProgram.Compilation compilation = compiled.computeIfAbsent(key,
                k -> compiler.apply(example.code(), Origin.of(example.file(), example.codeLine())));
        if (!compilation.ok()) {
            throw new ModelDriver.SpecError(compilation.errors().get(0).toString());
        }
        return compilation.program();
    }
}
