package org.kdocs.lint;

import org.kdocs.tree.Severity;

/**
 * A lint rule: one class per rule, with a stable id used in output and
 * configuration. A rule reports through the sink and never throws on bad input.
 */
public interface Rule {
    /**
     * What a rule declares about itself.
     *
     * @param id              stable identifier, e.g. {@code title-width}
     * @param defaultSeverity WARNING or ERROR: the severity of its findings unless configured otherwise
     * @param summary         one sentence for the rule listing
     */
    record Declaration(String id, Severity defaultSeverity, String summary) {
    }

    Declaration declaration();

    default String id() {
        return declaration().id();
    }

    default Severity defaultSeverity() {
        return declaration().defaultSeverity();
    }

    default String summary() {
        return declaration().summary();
    }

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
