package org.kdocs.lint;

/**
 * A lint rule: one class per rule, with a stable id used in output and
 * configuration. A rule reports through the sink and never throws on bad input.
 */
public interface Rule {
    /** Stable identifier, e.g. {@code title-width}. */
    String id();

    Severity defaultSeverity();

    /** One sentence for the rule listing. */
    String summary();

    /**
     * The markup languages the rule understands. Most rules read reStructuredText markup; rules that look
     * only at prose, code blocks, fields or headings also run on AsciiDoc and Markdown documents.
     */
    default java.util.Set<SourceFormat> formats() {
        return java.util.EnumSet.of(SourceFormat.RST);
    }

    /** True when the rule is off unless configuration enables it. */
    default boolean optIn() {
        return false;
    }

    void check(LintContext context, FindingSink sink);

    /** Where rules report; the linter fills in the file name and severity. */
    interface FindingSink {
        void report(int line, int col, String message);
    }
}
