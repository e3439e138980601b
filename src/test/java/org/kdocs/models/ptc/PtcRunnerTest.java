package org.kdocs.models.ptc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;

class PtcRunnerTest {
    private static final String DOUBLE_WRITABLE = """
            int main(void)
            {
                    unsigned long p = ptc_alloc_pages(PTC_ANON, 0);

                    ptc_set_pte(ptc_mm_new(), 1, p, PTC_READ);
                    ptc_set_pte(ptc_mm_new(), 1, p, PTC_WRITE);
                    return 0;
            }
            """;

    private static PtcRunner.Run runWith(String... config) {
        CProgram.Compilation c = PtcRunner.compile(DOUBLE_WRITABLE, Origin.of("ptc.rst", 10));
        assertThat(c.errors()).isEmpty();
        return PtcRunner.run(c.program(), PageTableCheck.fromConfig(List.of(config)).factory(),
                RunOptions.builder().seed(1, 2).build()).get(0);
    }

    @Test
    void bootParameterOnMakesTheExampleBug() {
        PtcRunner.Run run = runWith("page_table_check=on");
        assertThat(run.result().outcome()).isInstanceOf(Outcome.Fault.class);
        assertThat(run.result().outcome().message()).isEqualTo("kernel BUG at mm/page_table_check.c:127!");
        assertThat(run.model().bug()).contains(BugCondition.SET_ANON_WRITABLE_SHARED);
    }

    @Test
    void withoutTheBootParameterOrEnforcedTheChecksAreOff() {
        PtcRunner.Run run = runWith();
        assertThat(run.result().outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(run.model().enabled()).isFalse();
    }

    @Test
    void everyRunGetsItsOwnModel() {
        CProgram.Compilation c = PtcRunner.compile(DOUBLE_WRITABLE, Origin.of("ptc.rst", 10));
        List<PtcRunner.Run> runs = PtcRunner.run(c.program(), PageTableCheck.fromConfig(List.of("page_table_check=on"))
                .factory(), RunOptions.builder().seed(1, 2).build());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).model()).isNotSameAs(runs.get(1).model());
        assertThat(runs).allSatisfy(r -> assertThat(r.model().halted()).isTrue());
    }
}
