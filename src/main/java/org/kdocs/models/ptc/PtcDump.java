package org.kdocs.models.ptc;

import java.util.Collection;
import java.util.Map;

/** The model's state dump: page counters that are not zero, then every installed entry per mm. */
final class PtcDump {
    private PtcDump() {
    }

    static String text(boolean enabled, Map<Long, PageFrame> frames, Collection<MmStruct> mms) {
        StringBuilder out = new StringBuilder();
        out.append("page_table_check: ").append(enabled ? "enabled" : "disabled").append('\n');
        frames.entrySet().stream().filter(e -> e.getValue().counted()).sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(String.format("pfn 0x%x %s anon_map_count=%d file_map_count=%d\n",
                        e.getKey(), e.getValue().anon ? "anon" : "file", e.getValue().anonMapCount,
                        e.getValue().fileMapCount)));
        for (MmStruct mm : mms) {
            for (Level level : Level.values()) {
                mm.entries(level).forEach((slot, entry) -> out.append(mm.name()).append(' ')
                        .append(level.name().toLowerCase()).append('[').append(slot).append("] ")
                        .append(entry.describe()).append('\n'));
            }
        }
        return out.toString();
    }
}
