package org.kdocs.lint;

import java.util.Comparator;

import org.kdocs.tree.Severity;

/**
 * One problem found by a rule: where (file, 1-based line and column in code
 * points), how bad, which rule, and what to do about it.
 */
public record Finding(String file, int line, int col, Severity severity, String ruleId, String message) {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::col).thenComparing(Finding::ruleId);

    /** {@code file:line:col: error|warning: message [rule-id]}. */
    public String format() {
        return file + ":" + line + ":" + col + ": " + severity.label() + ": " + message + " [" + ruleId + "]";
    }
}
