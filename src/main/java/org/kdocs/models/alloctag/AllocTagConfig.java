package org.kdocs.models.alloctag;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.models.kernel.ConfigLines;

/** Spec example configuration lines for the alloc_tag model (see {@link AllocProfiling#fromConfig}). */
final class AllocTagConfig {
    private AllocTagConfig() {
    }

    public static ConfigLines.Configured<AllocProfiling> fromConfig(List<String> lines) {
        AllocProfiling.Builder b = AllocProfiling.builder();
        List<String> sysctlWrites = new ArrayList<>();
        List<String> unknown = ConfigLines.applyAll(lines, line -> switch (line.key()) {
            case "CONFIG_MEM_ALLOC_PROFILING" -> line.yes();
            case "CONFIG_MEM_ALLOC_PROFILING_ENABLED_BY_DEFAULT" -> {
                b.enabledByDefault(line.yes());
                yield true;
            }
            case "CONFIG_MEM_ALLOC_PROFILING_DEBUG" -> {
                b.debug(line.yes());
                yield true;
            }
            case "sysctl.vm.mem_profiling" -> {
                b.bootParameter(line.value());
                yield true;
            }
            case "vm.mem_profiling" -> line.value() != null && sysctlWrites.add(line.value());
            default -> false;
        });
        return new ConfigLines.Configured<>(() -> {
            AllocProfiling model = b.build();
            sysctlWrites.forEach(v -> model.control().write(v, ProfilingSwitch.Writer.ROOT));
            return model;
        }, unknown);
    }

}
