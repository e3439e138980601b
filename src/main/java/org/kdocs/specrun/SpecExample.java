package org.kdocs.specrun;

import java.util.List;

/**
 * One {@code spec} example as written in a document, with its expected
 * output if a {@code spec-output} block names it.
 *
 * @param file      the document
 * @param line      line of the {@code .. spec::} marker
 * @param codeLine  line of the first line of code, so interpreter errors point into the document
 * @param model     kcsan, page-table-check, alloc-tag or userfaultfd
 * @param name      unique name in the project
 * @param config    Kconfig options, boot parameters and sysctls, as written
 * @param threads   functions run concurrently ({@code irq:} marks an interrupt handler); empty: the default
 * @param runs      number of runs
 * @param seed      seed of the first run
 * @param schedule  "random" or "exhaustive[ N]"
 * @param expect    the verdict each run (or the given share of runs) must show
 * @param rate      statistical expectation, or null
 * @param timeoutMs wall-clock limit per run
 * @param steps     step limit per run
 * @param code      the C code
 * @param outputs   expected outputs naming this example
 */
public record SpecExample(String file, int line, int codeLine, String model, String name, List<String> config,
                          List<String> threads, int runs, long seed, String schedule, Expectation.Verdict expect,
                          Expectation.Rate rate, long timeoutMs, long steps, String code,
                          List<ExpectedOutput> outputs) {

    /** A {@code spec-output} block: where, which file it shows, whether exact, and the lines. */
    public record ExpectedOutput(String file, int line, String source, boolean exact, List<String> lines) {
    }

    /** {@code file:line name}, the example's display name (and its JUnit test name). */
    public String displayName() {
        return file + ":" + line + " " + name;
    }
}
