package org.kdocs.lint;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; OFF disables a rule in configuration. */
public enum Severity {
    ERROR, WARNING, OFF;

    /** The lower-case name used in output and configuration ("error", "warning", "off"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "error", "warning" or "off" (any case); empty for anything else. */
    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
