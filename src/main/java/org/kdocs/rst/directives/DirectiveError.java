package org.kdocs.rst.directives;

import org.kdocs.tree.Severity;

/**
 * A directive refusing its input (docutils DirectiveError). The block parser
 * turns it into a system message of the given level that quotes the
 * directive block.
 */
public final class DirectiveError extends Exception {
    private final Severity level;

    public DirectiveError(Severity level, String message) {
        super(message, null, false, false);
        this.level = level;
    }

    public Severity level() {
        return level;
    }

    public static DirectiveError info(String message) {
        return new DirectiveError(Severity.INFO, message);
    }

    public static DirectiveError warning(String message) {
        return new DirectiveError(Severity.WARNING, message);
    }

    public static DirectiveError error(String message) {
        return new DirectiveError(Severity.ERROR, message);
    }

    public static DirectiveError severe(String message) {
        return new DirectiveError(Severity.SEVERE, message);
    }
}
