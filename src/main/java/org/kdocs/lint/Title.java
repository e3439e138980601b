package org.kdocs.lint;

/**
 * A section title candidate as docutils decides about it. Line numbers are
 * 0-based indexes into the document; {@code overline} is -1 for an
 * underline-only title. {@code title} keeps an overlined title's inset.
 */
public record Title(Status status, int overline, int titleLine, int underline, String title, char adornment,
        int overLength, int underLength, int level) {

    /** What docutils does with the candidate. */
    public enum Status {
        /** A section title, silently. */
        ACCEPTED,
        /** A section title, with docutils' "Title underline/overline too short." warning. */
        ACCEPTED_SHORT,
        /** Adornment under 4 characters and shorter than the title: docutils makes it a paragraph. */
        DEMOTED,
        /** Overline and underline differ: docutils' severe "Title overline &amp; underline mismatch.". */
        MISMATCH,
        /** A style out of order: docutils' severe "Title level inconsistent:"; the title is dropped. */
        LEVEL_INCONSISTENT,
        /**
         * A title (or, with an empty title, a transition) where none is allowed: inside a list item,
         * block quote or directive body; docutils' severe "Unexpected section title." (or "... or transition.").
         */
        UNEXPECTED,
        /** As UNEXPECTED, and also docutils' "Title underline too short." warning. */
        UNEXPECTED_SHORT
    }

    /** True for statuses that make a real section title. */
    public boolean isSection() {
        return status == Status.ACCEPTED || status == Status.ACCEPTED_SHORT;
    }

    public boolean overlined() {
        return overline >= 0;
    }

    /** The style docutils compares for the hierarchy: the underline character, or overline+underline. */
    public String style() {
        return overlined() ? "" + adornment + adornment : "" + adornment;
    }

    /** The title's leading spaces (only overlined titles can have them). */
    public int inset() {
        return LintedDocument.indent(title);
    }
}
