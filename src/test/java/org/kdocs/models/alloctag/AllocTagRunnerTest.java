package org.kdocs.models.alloctag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.Outcome;
import org.kdocs.interp.RunOptions;

class AllocTagRunnerTest {

    @Test
    void procAllocinfoOfARunShowsTheLeakAtItsDocumentLine() {
        CProgram.Compilation c = AllocTagRunner.compile("""
                int main(void)
                {
                        void *leak = kzalloc(100, GFP_KERNEL);

                        return leak == NULL;
                }
                """, Origin.of("alloc.rst", 50));
        assertThat(c.errors()).isEmpty();
        AllocTagRunner.Run run = AllocTagRunner.run(c.program(),
                AllocProfiling.fromConfig(List.of("CONFIG_MEM_ALLOC_PROFILING_DEBUG=y")).factory(),
                RunOptions.builder().build()).get(0);
        assertThat(run.result().outcome()).isInstanceOf(Outcome.Completed.class);
        assertThat(run.files().get("/proc/allocinfo")).isEqualTo("allocinfo - version: 1.0\n"
                + "#     <size>  <calls> <tag info>\n"
                + "         128        1 alloc.rst:52 func:main \n");
        assertThat(run.files().get("/proc/sys/vm/mem_profiling")).isEqualTo("1\n");
    }
}
