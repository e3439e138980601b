package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SpecRunnerTest {
    /** Races on odd seeds only; its console is the report's first line. */
    static final class OddSeedsRace implements ModelDriver {
        @Override
        public String model() {
            return "kcsan";
        }

        @Override
        public RunOutcome run(SpecExample example, long seed) throws SpecError {
            if (example.code().contains("syntax error")) {
                throw new SpecError(example.file() + ":" + example.codeLine() + ":1: expected ';'");
            }
            List<String> reports = seed % 2 == 1 ? List.of("BUG: KCSAN: data-race in T1 / T2") : List.of();
            return new RunOutcome(reports, reports, List.of(), List.of(), Map.of("/proc/allocinfo", "a\nb"), null);
        }
    }

    static SpecExample example(Expectation.Verdict expect, String rate, int runs, List<SpecExample.ExpectedOutput> out,
                               String code) {
        return new SpecExample("docs/x.rst", 10, 18, "kcsan", "ex", List.of(), List.of(), runs, 1, "random", expect,
                rate == null ? null : Expectation.Rate.parse(rate), 1000, 1000, code, out);
    }

    final SpecRunner runner = new SpecRunner(List.of(new OddSeedsRace()));

    @Test
    void withoutARateEveryRunMustShowTheVerdict() {
        SpecResult result = runner.run(example(Expectation.Verdict.RACE, null, 4, List.of(), "int x;"));
        assertThat(result.status()).isEqualTo(SpecResult.Status.FAIL);
        assertThat(result.message()).isEqualTo("expected race in every run; 2 of 4 runs showed it");
        assertThat(result.signatures()).containsEntry("dmesg.BUG:KCSAN:data-race_in_T1/T2", 2);
        assertThat(runner.run(example(Expectation.Verdict.RACE, null, 1, List.of(), "int x;")).passed()).isTrue();
    }

    @Test
    void theResultKeepsTheOutputOfTheFirstRunShowingTheVerdict() {
        var allocinfo = new SpecExample.ExpectedOutput("docs/x.rst", 30, "/proc/allocinfo", false, List.of("..."));
        SpecResult race = runner.run(example(Expectation.Verdict.RACE, "> 0%", 2, List.of(allocinfo), ""));
        assertThat(race.output()).isEqualTo("BUG: KCSAN: data-race in T1 / T2\n\n==> /proc/allocinfo <==\na\nb");
        SpecResult quiet = runner.run(example(Expectation.Verdict.NO_RACE, null, 1, List.of(), ""));
        assertThat(quiet.passed()).isFalse();
        assertThat(quiet.output()).isEqualTo("BUG: KCSAN: data-race in T1 / T2");
    }

    @Test
    void aRateIsJudgedOnTheShareOfRuns() {
        assertThat(runner.run(example(Expectation.Verdict.RACE, ">= 50%", 4, List.of(), "")).passed()).isTrue();
        assertThat(runner.run(example(Expectation.Verdict.RACE, "> 50%", 4, List.of(), "")).passed()).isFalse();
        assertThat(runner.run(example(Expectation.Verdict.NO_RACE, "0%", 4, List.of(), "")).passed()).isFalse();
    }

    @Test
    void aWrongExpectedOutputFailsWithAReadableDiff() {
        var output = new SpecExample.ExpectedOutput("docs/x.rst", 30, "console", false,
                List.of("BUG: KCSAN: data-race in T2 / T3"));
        SpecResult result = runner.run(example(Expectation.Verdict.RACE, "> 0%", 3, List.of(output), ""));
        assertThat(result.status()).isEqualTo(SpecResult.Status.FAIL);
        assertThat(result.message()).isEqualTo("""
                output differs from docs/x.rst:30:
                --- expected (docs/x.rst:30)
                +++ actual
                @@ -1 +1 @@
                -BUG: KCSAN: data-race in T2 / T3
                +BUG: KCSAN: data-race in T1 / T2
                """);
    }

    @Test
    void outputsOfOtherFilesAreComparedByName() {
        var good = new SpecExample.ExpectedOutput("docs/x.rst", 30, "/proc/allocinfo", true, List.of("a", "b"));
        assertThat(runner.run(example(Expectation.Verdict.OUTPUT, null, 1, List.of(good), "")).passed()).isTrue();
        var missing = new SpecExample.ExpectedOutput("docs/x.rst", 30, "/proc/nothing", true, List.of("a"));
        assertThat(runner.run(example(Expectation.Verdict.OUTPUT, null, 1, List.of(missing), "")).message())
                .contains("has no file /proc/nothing");
    }

    @Test
    void anExampleThatCannotRunIsAnErrorPointingIntoTheDocument() {
        SpecResult result = runner.run(example(Expectation.Verdict.OK, null, 2, List.of(), "syntax error"));
        assertThat(result.status()).isEqualTo(SpecResult.Status.ERROR);
        assertThat(result.message()).isEqualTo("docs/x.rst:18:1: expected ';'");
    }

    @Test
    void ratesParseAndRefuseNonsense() {
        assertThat(Expectation.Rate.parse(">= 5%").holds(1, 20)).isTrue();
        assertThat(Expectation.Rate.parse("0%").holds(0, 20)).isTrue();
        assertThat(Expectation.Rate.parse("> 0%").toString()).isEqualTo("> 0%");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Expectation.Rate.parse("lots"))
                .hasMessage("rate must look like '>= 5%' or '0%', not 'lots'");
    }
}
