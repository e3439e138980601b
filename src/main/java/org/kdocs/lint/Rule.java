package org.kdocs.lint;

import java.util.Set;

import org.kdocs.tree.Severity;

/**
 * A lint rule: one class per rule, with a stable id used in output and
 * configuration. A rule reports through the sink and never throws on bad input.
 */
public interface Rule {
    /**
     * What a rule declares about itself; each rule holds one and writes only its checking code.
     *
     * @param id              stable identifier, e.g. {@code title-width}
     * @param defaultSeverity WARNING or ERROR: the severity of its findings unless configured otherwise
     * @param summary         one sentence for the rule listing
     * @param formats         the markup languages the rule understands
     * @param optIn           whether the rule is off unless configuration enables it
     */
    record Declaration(String id, Severity defaultSeverity, String summary, Set<SourceFormat> formats,
            boolean optIn) {
        /**
         * A rule that reads reStructuredText markup (most do) and runs unless configured off.
         */
        public Declaration(String id, Severity defaultSeverity, String summary) {
            this(id, defaultSeverity, summary, Set.of(SourceFormat.RST), false);
        }

        /** The same rule for every format: it looks only at prose, code blocks, fields or headings. */
        public Declaration inEveryFormat() {
            return new Declaration(id, defaultSeverity, summary, Set.copyOf(SourceFormat.all()), optIn);
        }

        /** The same rule, off unless configuration enables it. */
        public Declaration offByDefault() {
            return new Declaration(id, defaultSeverity, summary, formats, true);
        }
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

    /** The markup languages the rule understands (reStructuredText, AsciiDoc, Markdown). */
    default Set<SourceFormat> formats() {
        return declaration().formats();
    }

    /** True when the rule is off unless configuration enables it. */
    default boolean optIn() {
        return declaration().optIn();
    }

    void check(LintContext context, FindingSink sink);

    /** Where rules report; the linter fills in the file name and severity. */
    interface FindingSink {
        void report(int line, int col, String message);
    }
}
