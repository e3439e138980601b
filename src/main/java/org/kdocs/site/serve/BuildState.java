package org.kdocs.site.serve;

import java.util.List;

/**
 * The outcome of the latest build, as the browser learns it.
 *
 * @param generation counts builds from 1; a page served at one generation reloads when a later one succeeds
 * @param ok         false when the build failed and the previous site is still served
 * @param warnings   the build's messages, formatted as on the terminal
 */
public record BuildState(long generation, boolean ok, List<String> warnings) {
    public BuildState {
        warnings = List.copyOf(warnings);
    }

    /** The server-sent event announcing this state. */
    String event() {
        StringBuilder json = new StringBuilder("{\"generation\":").append(generation).append(",\"ok\":").append(ok)
                .append(",\"warnings\":[");
        for (int i = 0; i < warnings.size(); i++) {
            json.append(i == 0 ? "" : ",").append(LiveReload.jsonString(warnings.get(i)));
        }
        return "event: build\ndata: " + json.append("]}") + "\n\n";
    }
}
