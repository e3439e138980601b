package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.ThreadSpec;
import org.kdocs.testing.TestResources;

/**
 * Whole reports, line by line, against reports written from the kernel's
 * formats (src/test/resources/kcsan/reports: the program, and the console it
 * must print, with comment lines naming the kernel code each part mirrors).
 * Hexadecimal numbers (addresses, offsets, sizes, values) are compared as
 * placeholders; everything else, down to the spaces of the taint string,
 * must match.
 */
class KcsanReportFormatTest {
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("interrupt-idle", List.of("kcsan.skip_watch=0"),
                        List.of(ThreadSpec.onCpu("writer", 0), ThreadSpec.interrupt("timer_handler", 1))),
                Arguments.of("interrupt-task", List.of("kcsan.skip_watch=0"),
                        List.of(ThreadSpec.onCpu("worker", 0), ThreadSpec.interrupt("rx_handler", 0),
                                ThreadSpec.onCpu("updater", 1))),
                Arguments.of("warning-taint", List.of("kcsan.skip_watch=0"),
                        List.of(ThreadSpec.task("producer"), ThreadSpec.task("consumer"))),
                Arguments.of("verbose", List.of("kcsan.skip_watch=0", "CONFIG_KCSAN_VERBOSE=y"),
                        List.of(ThreadSpec.task("producer"), ThreadSpec.task("consumer"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void printsTheKernelsReport(String name, List<String> config, List<ThreadSpec> threads) {
        String console = run(resource(name + ".c"), config, threads);
        List<String> expected = Arrays.stream(resource(name + ".txt").split("\n"))
                .filter(line -> !line.startsWith("#")).map(KcsanReportFormatTest::normalised).toList();
        List<String> actual = Arrays.stream(console.split("\n")).map(KcsanReportFormatTest::normalised).toList();
        assertThat(actual).as(console).containsExactlyElementsOf(expected);
    }

    /** A WARN_ON() of the C code taints the kernel as well; later reports say so. */
    @Test
    void aWarningOfTheProgramTaintsLaterReports() {
        String console = run("""
                long test_var;
                void producer(void) { WARN_ON(1); for (long i = 0; i < 200; i++) test_var = i; }
                void consumer(void) { for (int i = 0; i < 200; i++) ... = test_var; }
                """, List.of("kcsan.skip_watch=0"), List.of(ThreadSpec.task("producer"), ThreadSpec.task("consumer")));
        assertThat(console).contains("Comm: consumer Tainted: G        W          6.12.0-kdocs #1\n"
                + "Tainted: [W]=WARN\nHardware name: kdocs reference model\n");
    }

    /** Accesses on one line sit at different offsets of a function sized by its code, as in a real kernel. */
    @Test
    void aReorderedAccessAndWhereItWasReorderedToHaveTheirOwnOffsets() {
        CProgram.Compilation compiled = KcsanRunner.compile("""
                int x, flag;
                void T1(void) { x = 1; WRITE_ONCE(flag, 1); }
                void T2(void) { while (!READ_ONCE(flag)); ... = x; }
                """, Origin.of("report.c"));
        assertThat(compiled.errors()).isEmpty();
        RunOptions options = RunOptions.builder().seed(1, 300).thread("T1").thread("T2").build();
        String console = KcsanRunner.run(compiled.program(),
                KcsanConfig.parse(List.of("CONFIG_KCSAN_WEAK_MEMORY=y", "CONFIG_KCSAN_STRICT=y")), options).stream()
                .map(KcsanRunner.Run::console).filter(c -> c.contains("(reordered)")).collect(Collectors.joining());
        // T1's line is 47 characters: 4 bytes of prologue, one a character, the ret, rounded up to 16. The
        // store is re-checked at the WRITE_ONCE too, but T2 can only read x once flag is set, so the
        // race is seen at the function's exit, its last byte
        assertThat(console).contains("by task 101 on cpu 0:\n T1+0x14/0x40\n  |\n  +-> reordered to: T1+0x3f/0x40\n");
    }

    private static String run(String source, List<String> config, List<ThreadSpec> threads) {
        CProgram.Compilation compiled = KcsanRunner.compile(source, Origin.of("report.c"));
        assertThat(compiled.errors()).isEmpty();
        RunOptions.Builder options = RunOptions.builder().seed(1, 1).cpus(2);
        threads.forEach(options::thread);
        KcsanRunner.Run run = KcsanRunner.run(compiled.program(), KcsanConfig.parse(config), options.build()).get(0);
        assertThat(run.result().completed()).as(run.result().outcome().message()).isTrue();
        return run.console();
    }

    private static String normalised(String line) {
        return line.replaceAll("0x[0-9a-f]+", "0x?").replaceAll("\\b[0-9a-f]{16}\\b", "?");
    }

    private static String resource(String name) {
        return TestResources.read("kcsan/reports/" + name);
    }
}
