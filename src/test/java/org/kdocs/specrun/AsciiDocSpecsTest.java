package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AsciiDocSpecsTest {
    static final String DOC = """
            = Message passing

            A plain flag orders nothing:

            [spec,kcsan,name=adoc-mp,config="CONFIG_KCSAN_WEAK_MEMORY=y CONFIG_KCSAN_STRICT=y",runs=300,expect=race,rate=">= 5%"]
            ----
            int x, flag;
            void T1(void) { x = 1; WRITE_ONCE(flag, 1); }
            void T2(void) { while (!READ_ONCE(flag)); ... = x; }
            ----

            [spec-output,adoc-mp]
            ....
            ==================================================================
            BUG: KCSAN: data-race in T1 / T2
            ...
            ....
            """;

    @Test
    void blocksWithSpecAttributesBecomeExamplesWithTheirOutputs() {
        List<String> problems = new ArrayList<>();
        List<SpecExample> examples = AsciiDocSpecs.read(DOC, "mp.adoc", problems);
        assertThat(problems).isEmpty();
        assertThat(examples).hasSize(1);
        SpecExample example = examples.get(0);
        assertThat(example.line()).isEqualTo(5);
        assertThat(example.codeLine()).isEqualTo(7);
        assertThat(example.config()).containsExactly("CONFIG_KCSAN_WEAK_MEMORY=y", "CONFIG_KCSAN_STRICT=y");
        assertThat(example.rate()).hasToString(">= 5%");
        assertThat(example.outputs()).hasSize(1);
        assertThat(example.outputs().get(0).lines()).containsExactly(
                "==================================================================", "BUG: KCSAN: data-race in T1 / T2",
                "...");
        SpecResult result = new SpecRunner(ModelDrivers.all()).run(example);
        assertThat(result.status()).as(result.message()).isEqualTo(SpecResult.Status.PASS);
    }

    @Test
    void aSpecBlockWithoutNameOrBlockIsReportedAtItsLine() {
        List<String> problems = new ArrayList<>();
        AsciiDocSpecs.read("[spec,kcsan,runs=2]\n----\nint x;\n----\n\n[spec,kcsan,name=x]\nno block\n", "bad.adoc",
                problems);
        assertThat(problems).containsExactlyInAnyOrder("bad.adoc:1: (ERROR/3) a spec block needs a name= attribute.",
                "bad.adoc:6: (ERROR/3) spec block attributes must stand right above a ---- or .... block.");
    }
}
