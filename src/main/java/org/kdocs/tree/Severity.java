package org.kdocs.tree;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a message matters, on docutils' scale (docutils.utils.Reporter's levels 0 to 4). The parser's
 * system messages, the site's build warnings and the linter's findings all use it. Where a threshold may
 * be "none" (docutils' level 5: no message reaches it), a null threshold stands for it.
 */
public enum Severity {
    DEBUG, INFO, WARNING, ERROR, SEVERE;

    private static final Severity[] BY_LEVEL = values();

    /** docutils' number for the level: 0 (DEBUG) to 4 (SEVERE). */
    public int level() {
        return ordinal();
    }

    /** The severity of docutils level {@code level} (0 to 4). */
    public static Severity ofLevel(int level) {
        return BY_LEVEL[level];
    }

    /** A report or halt threshold given as docutils' number: 0 to 4, or 5 for "none" (null). */
    public static Severity thresholdOfLevel(int level) {
        return level >= BY_LEVEL.length ? null : ofLevel(level);
    }

    /** docutils' name, as in {@code (WARNING/2)}. */
    public String docutilsName() {
        return name();
    }

    /** Sphinx's name, as in {@code file:3: WARNING: text}; Sphinx prints SEVERE as CRITICAL. */
    public String sphinxName() {
        return this == SEVERE ? "CRITICAL" : name();
    }

    /** The lower-case name the linter writes and reads ("warning", "error"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity labelled {@code text} (any case, surrounding blanks ignored); empty for anything else. */
    public static Optional<Severity> parseLabel(String text) {
        String wanted = text.strip();
        for (Severity s : BY_LEVEL) {
            if (s.label().equalsIgnoreCase(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether this severity reaches {@code threshold}; nothing reaches a null threshold ("none"). */
    public boolean reaches(Severity threshold) {
        return threshold != null && ordinal() >= threshold.ordinal();
    }
}
