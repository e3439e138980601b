package org.kdocs.models.uffd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;

class UffdRunnerTest {

    @Test
    void configWithoutPteMarkersRejectsWpAsyncInTheExample() {
        CProgram.Compilation c = UffdRunner.compile("""
                int main(void)
                {
                        int fd = userfaultfd(UFFD_USER_MODE_ONLY);

                        pr_info("api %d\\n", uffdio_api(fd, UFFD_API, UFFD_FEATURE_WP_ASYNC));
                        return 0;
                }
                """, Origin.of("uffd.rst", 5));
        assertThat(c.errors()).isEmpty();
        String defaults = UffdRunner.run(c.program(), UffdModel.fromConfig(List.of()).factory(),
                RunOptions.builder().build()).get(0).console();
        String noMarkers = UffdRunner.run(c.program(), UffdModel.fromConfig(List.of("CONFIG_PTE_MARKER_UFFD_WP=n"))
                .factory(), RunOptions.builder().build()).get(0).console();
        assertThat(defaults).contains("api 0\n");
        assertThat(noMarkers).contains("api -22\n");
    }
}
