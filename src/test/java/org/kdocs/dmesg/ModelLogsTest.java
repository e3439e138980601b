package org.kdocs.dmesg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kdocs.specrun.ModelDrivers;
import org.kdocs.specrun.SpecResult;
import org.kdocs.specrun.SpecRunner;
import org.kdocs.specrun.SpecSuite;
import org.kdocs.testing.TestResources;

/**
 * The console of a run of each reference model, read as a console log: the signatures are the robot's for those
 * reports, and the spec runner counted the same ones (one implementation).
 */
class ModelLogsTest {
    private static final Path EXAMPLES = TestResources.path("dmesg/models.rst");

    @Test
    void eachModelsConsoleGivesTheRobotsSignatures() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "kcsan-log", List.of("dmesg.BUG:KCSAN:data-race_in_test_kernel_read/test_kernel_write"),
                "ptc-log", List.of("dmesg.kernel_BUG_at_mm/page_table_check.c"),
                "alloc-tag-log", List.of("dmesg.BUG:KASAN:double-free_in_main"),
                "uffd-log", List.of("dmesg.WARNING:at_src/test/resources/dmesg/models.rst:#main"));
        SpecSuite suite = SpecSuite.load(List.of(EXAMPLES));
        assertThat(suite.problems()).isEmpty();
        List<SpecResult> results = new SpecRunner(ModelDrivers.all()).runAll(suite.examples(), 1);
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.passed()).as(r.message()).isTrue());
        for (SpecResult r : results) {
            ConsoleLog log = ConsoleLog.of(r.example().name(), List.of(r.output().split("\n")));
            List<String> signatures = Signature.ofLog(log).stream().map(Signature.Report::signature).toList();
            assertThat(signatures).as(r.example().name()).isEqualTo(expected.get(r.example().name()));
            assertThat(r.signatures().keySet()).as(r.example().name()).containsExactlyElementsOf(signatures);
        }
    }
}
