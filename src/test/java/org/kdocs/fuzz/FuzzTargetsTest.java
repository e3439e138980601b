package org.kdocs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kdocs.specrun.SpecMarkupFuzzer;

/**
 * Each fuzz target on the inputs committed under
 * {@code src/test/resources/org/kdocs/fuzz/FuzzTargetsTestInputs/<target>/}: the seed corpus and every
 * input that once made a target throw. With {@code JAZZER_FUZZ=1} Jazzer fuzzes one target per run for
 * the annotation's duration; {@code mvn verify} does so for each in turn (see pom.xml), and
 * {@code scripts/fuzz} runs long campaigns.
 */
class FuzzTargetsTest {
    @FuzzTest(maxDuration = "8s")
    void rst(byte[] data) {
        FuzzTargets.rst(data);
    }

    @FuzzTest(maxDuration = "8s")
    void cSubset(byte[] data) {
        FuzzTargets.cSubset(data);
    }

    @FuzzTest(maxDuration = "8s")
    void patch(byte[] data) {
        FuzzTargets.patch(data);
    }

    @FuzzTest(maxDuration = "8s")
    void specMarkup(byte[] data) {
        SpecMarkupFuzzer.fuzzerTestOneInput(data);
    }

    @FuzzTest(maxDuration = "8s")
    void markdown(byte[] data) {
        FuzzTargets.markdown(data);
    }

    @FuzzTest(maxDuration = "8s")
    void asciidoc(byte[] data) {
        FuzzTargets.asciidoc(data);
    }
}
