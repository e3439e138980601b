package org.kdocs.models.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The configuration lines of a spec example ("CONFIG_X=y", "param=value", a bare "param") applied to a
 * model's builder. Lines a model does not know are collected, so the caller can reject the example
 * with a message instead of silently ignoring a typo.
 */
public final class ConfigLines {
    /** A factory for the configured model, and the lines that were not understood. */
    public record Configured<T>(Supplier<T> factory, List<String> unknown) {
        public boolean ok() {
            return unknown.isEmpty();
        }
    }

    /** One line split at the first '='; {@code value} is null for a bare parameter. */
    public record Line(String key, String value) {
        /** Kconfig truth: y or m is on. */
        public boolean yes() {
            return "y".equals(value) || "m".equals(value);
        }
    }

    /** A model's handling of one line: true if it understood it. */
    @FunctionalInterface
    public interface Handler {
        boolean apply(Line line);
    }

    private ConfigLines() {
    }

    public static List<String> applyAll(List<String> lines, Handler handler) {
        List<String> unknown = new ArrayList<>();
        for (String raw : lines) {
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int eq = text.indexOf('=');
            Line line = eq < 0 ? new Line(text, null) : new Line(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
            if (!handler.apply(line)) {
                unknown.add(text);
            }
        }
        return unknown;
    }
}
