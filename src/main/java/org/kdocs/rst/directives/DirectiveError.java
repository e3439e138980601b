package org.kdocs.rst.directives;

import org.kdocs.tree.Reporter;

/**
 * A directive refusing its input (docutils DirectiveError). The block parser
 * turns it into a system message of the given level that quotes the
 * directive block.
 */
public final class DirectiveError extends Exception {
    private final int level;

    public DirectiveError(int level, String message) {
        super(message, null, false, false);
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static DirectiveError info(String message) {
        return new DirectiveError(Reporter.INFO, message);
    }

    public static DirectiveError warning(String message) {
        return new DirectiveError(Reporter.WARNING, message);
    }

    public static DirectiveError error(String message) {
        return new DirectiveError(Reporter.ERROR, message);
    }

    public static DirectiveError severe(String message) {
        return new DirectiveError(Reporter.SEVERE, message);
    }
}
