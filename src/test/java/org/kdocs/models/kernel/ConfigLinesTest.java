package org.kdocs.models.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kdocs.models.alloctag.AllocProfiling;
import org.kdocs.models.ptc.PageTableCheck;
import org.kdocs.models.uffd.Uapi;
import org.kdocs.models.uffd.UffdModel;

class ConfigLinesTest {

    @Test
    void pageTableCheckIsOffByDefaultAndOnWithTheBootParameterOrEnforced() {
        assertThat(PageTableCheck.fromConfig(List.of()).factory().get().enabled()).isFalse();
        assertThat(PageTableCheck.fromConfig(List.of("page_table_check=on")).factory().get().enabled()).isTrue();
        assertThat(PageTableCheck.fromConfig(List.of("CONFIG_PAGE_TABLE_CHECK_ENFORCED=y")).factory().get().enabled())
                .isTrue();
        assertThat(PageTableCheck.fromConfig(List.of("CONFIG_PAGE_TABLE_CHECK_ENFORCED=y", "page_table_check=off"))
                .factory().get().enabled()).isFalse();
    }

    @Test
    void unknownLinesAreReportedNotIgnored() {
        ConfigLines.Configured<PageTableCheck> c = PageTableCheck.fromConfig(List.of("page_table_chek=on", "# note", ""));
        assertThat(c.ok()).isFalse();
        assertThat(c.unknown()).containsExactly("page_table_chek=on");
    }

    @Test
    void allocProfilingTakesKconfigBootValueAndARuntimeSysctlWrite() {
        AllocProfiling debug = AllocProfiling.fromConfig(List.of("CONFIG_MEM_ALLOC_PROFILING_DEBUG=y")).factory().get();
        assertThat(debug.control().mode()).isEqualTo(0444);
        AllocProfiling off = AllocProfiling.fromConfig(List.of("sysctl.vm.mem_profiling=0", "vm.mem_profiling=1"))
                .factory().get();
        assertThat(off.control().enabled()).isTrue();
        assertThat(AllocProfiling.fromConfig(List.of("sysctl.vm.mem_profiling=never")).factory().get()
                .control().supported()).isFalse();
    }

    @Test
    void userfaultfdConfigCanDropPteMarkers() {
        UffdModel m = UffdModel.fromConfig(List.of("CONFIG_PTE_MARKER_UFFD_WP=n")).factory().get();
        assertThat(m.offeredFeatures() & Uapi.FEATURE_WP_ASYNC).isZero();
        assertThat(UffdModel.fromConfig(List.of()).factory().get().offeredFeatures()).isEqualTo(Uapi.API_FEATURES);
    }
}
