package org.kdocs.site.ext.sphinx;

import org.kdocs.rst.directives.OptionConverter;

/** Option converters with docutils' semantics and messages (docutils.parsers.rst.directives). */
final class Options {
    private Options() {
    }

    /** A flag: no value allowed. */
    static final OptionConverter FLAG = value -> {
        if (value != null && !value.strip().isEmpty()) {
            throw new IllegalArgumentException("no argument is allowed; \"" + value + "\" supplied");
        }
        return null;
    };

    /** Any text, possibly empty. */
    static final OptionConverter UNCHANGED = value -> value == null ? "" : value;

    /** Any text, but a value is required. */
    static final OptionConverter UNCHANGED_REQUIRED = value -> {
        if (value == null) {
            throw new IllegalArgumentException("argument required but none supplied");
        }
        return value;
    };

    /** An integer >= 0. */
    static final OptionConverter NONNEGATIVE_INT = value -> {
        int number = integer(value);
        if (number < 0) {
            throw new IllegalArgumentException("negative value; must be positive or zero");
        }
        return number;
    };

    /** Space-separated class names. */
    static final OptionConverter CLASS_OPTION = value -> {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("argument required but none supplied");
        }
        return java.util.List.of(value.strip().split("\\s+"));
    };

    static int integer(String value) {
        if (value == null) {
            throw new IllegalArgumentException("argument required but none supplied");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid literal for int() with base 10: '" + value + "'");
        }
    }
}
