package org.kdocs.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.kdocs.specrun.Expectation;
import org.kdocs.specrun.ModelDriver;
import org.kdocs.specrun.RunOutcome;
import org.kdocs.specrun.SpecExample;
import org.kdocs.specrun.SpecResult;
import org.kdocs.specrun.SpecRunner;

class SpecChecksTest {
    /** Prints the example's code and records which file each run came from. */
    static final class EchoDriver implements ModelDriver {
        final ConcurrentLinkedQueue<String> ranFrom = new ConcurrentLinkedQueue<>();

        @Override
        public String model() {
            return "kcsan";
        }

        @Override
        public RunOutcome run(SpecExample example, long seed) {
            ranFrom.add(example.file());
            return new RunOutcome(List.of(example.code()), List.of(), List.of(), List.of(), Map.of(), null);
        }
    }

    static SpecExample example(String file, String code, String expected) {
        return new SpecExample(file, 5, 9, "kcsan", "echo", List.of(), List.of(), 1, 1, "random",
                Expectation.Verdict.OUTPUT, null, 1000, 1000, code,
                List.of(new SpecExample.ExpectedOutput(file, 12, "console", false, List.of(expected))));
    }

    @Test
    void aTranslatedCopyOfAPassingExampleSharesItsRun() {
        EchoDriver driver = new EchoDriver();
        List<SpecResult> results = SpecChecks.runOnce(new SpecRunner(List.of(driver)),
                List.of(example("docs/a.rst", "hi", "hi"), example("docs-zh_CN/a.rst", "hi", "hi")), 2);
        assertThat(driver.ranFrom).containsExactly("docs/a.rst");
        assertThat(results).allMatch(SpecResult::passed);
        assertThat(results).extracting(r -> r.example().file()).containsExactly("docs/a.rst", "docs-zh_CN/a.rst");
        assertThat(results.get(1).output()).isEqualTo("hi");
    }

    @Test
    void aCopyOfAFailingExampleRunsItselfSoItsMessagePointsIntoItsFile() {
        EchoDriver driver = new EchoDriver();
        List<SpecResult> results = SpecChecks.runOnce(new SpecRunner(List.of(driver)),
                List.of(example("docs/a.rst", "hi", "ho"), example("docs-zh_CN/a.rst", "hi", "ho")), 2);
        assertThat(driver.ranFrom).containsExactlyInAnyOrder("docs/a.rst", "docs-zh_CN/a.rst");
        assertThat(results.get(0).message()).startsWith("output differs from docs/a.rst:12:");
        assertThat(results.get(1).message()).startsWith("output differs from docs-zh_CN/a.rst:12:");
    }

    @Test
    void examplesThatDifferInCodeRunSeparately() {
        EchoDriver driver = new EchoDriver();
        List<SpecResult> results = SpecChecks.runOnce(new SpecRunner(List.of(driver)),
                List.of(example("docs/a.rst", "hi", "hi"), example("docs-zh_CN/a.rst", "hey", "hi")), 1);
        assertThat(driver.ranFrom).hasSize(2);
        assertThat(results).extracting(SpecResult::passed).containsExactly(true, false);
    }
}
