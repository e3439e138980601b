package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;

class KcsanOnInterpreterTest {
    static final String RACY = """
            long test_var;
            long counter;
            void test_kernel_read(void) { ... = test_var; }
            void test_kernel_write(void) { test_var = ++counter; }
            void T1(void) { for (int i = 0; i < 200; i++) test_kernel_write(); }
            void T2(void) { for (int i = 0; i < 200; i++) test_kernel_read(); }
            """;

    static List<KcsanRunner.Run> run(String code, KcsanConfig config, int runs) {
        CProgram.Compilation compiled = KcsanRunner.compile(code, Origin.of("example.c"));
        assertThat(compiled.errors()).isEmpty();
        RunOptions options = RunOptions.builder().thread("T1").thread("T2").seed(1, runs).build();
        return KcsanRunner.run(compiled.program(), config, options);
    }

    @Test
    void aPlainReadRacingWithAPlainWriteIsReportedWithBothStacks() {
        List<KcsanRunner.Run> runs = run(RACY, KcsanConfig.parse(List.of("kcsan.skip_watch=0")), 5);
        List<String> titles = runs.stream().flatMap(r -> r.reports().stream()).map(report -> report.get(1)).toList();
        assertThat(titles).contains("BUG: KCSAN: data-race in test_kernel_read / test_kernel_write");
        List<String> report = runs.stream().flatMap(r -> r.reports().stream()).findFirst().orElseThrow();
        assertThat(report.get(3)).matches("write to 0x[0-9a-f]{16} of 8 bytes by task \\d+ on cpu \\d+:");
        assertThat(report.get(4)).matches(" test_kernel_write\\+0x[0-9a-f]+/0x[0-9a-f]+");
        assertThat(report.get(5)).matches(" T1\\+0x[0-9a-f]+/0x[0-9a-f]+");
        assertThat(runs.get(0).console()).contains("BUG: KCSAN: data-race in test_kernel_read / test_kernel_write");
    }

    @Test
    void dataRaceAndMarkedAccessesAreNeverReported() {
        String code = """
                long test_var;
                void T1(void) { for (int i = 0; i < 200; i++) WRITE_ONCE(test_var, i); }
                void T2(void) { for (int i = 0; i < 200; i++) ... = data_race(test_var); }
                """;
        List<KcsanRunner.Run> runs = run(code, KcsanConfig.parse(List.of("kcsan.skip_watch=0")), 5);
        assertThat(runs).allMatch(r -> r.reports().isEmpty());
    }

    @Test
    void noKcsanFunctionsAreInvisibleSoTheChangeHasUnknownOrigin() {
        String code = """
                long test_var;
                void __no_kcsan test_kernel_write_uninstrumented(void) { test_var++; }
                void test_kernel_read(void) { ... = test_var; }
                void T1(void) { for (int i = 0; i < 300; i++) test_kernel_write_uninstrumented(); }
                void T2(void) { for (int i = 0; i < 300; i++) test_kernel_read(); }
                """;
        List<KcsanRunner.Run> runs = run(code, KcsanConfig.parse(List.of("kcsan.skip_watch=0")), 5);
        List<List<String>> reports = runs.stream().flatMap(r -> r.reports().stream()).toList();
        assertThat(reports).isNotEmpty();
        assertThat(reports).allMatch(r -> r.get(1).startsWith("BUG: KCSAN: data-race in test_kernel_read+0x")
                && r.get(3).startsWith("race at unknown origin, with read to 0x"));
    }

    @Test
    void anAssertionOfExclusiveWritersCatchesASecondWriter() {
        String code = """
                long test_var;
                void test_kernel_assert_writer(void) { ASSERT_EXCLUSIVE_WRITER(test_var); }
                void test_kernel_write_nochange(void) { test_var = 42; }
                void T1(void) { for (int i = 0; i < 300; i++) test_kernel_assert_writer(); }
                void T2(void) { for (int i = 0; i < 300; i++) test_kernel_write_nochange(); }
                """;
        List<KcsanRunner.Run> runs = run(code, KcsanConfig.parse(List.of("kcsan.skip_watch=0")), 5);
        List<String> titles = runs.stream().flatMap(r -> r.reports().stream()).map(r -> r.get(1)).toList();
        assertThat(titles).contains(
                "BUG: KCSAN: assert: race in test_kernel_assert_writer / test_kernel_write_nochange");
    }
}
