package org.kdocs.lint.history;

import java.util.List;

/**
 * The staleness verdict for one translation: the original's commits since
 * the commit the translation is based on (empty when up to date), and how
 * that base was found.
 */
public record Staleness(String baseCommit, boolean fromTrailer, List<Commit> missing) {

    /** A commit as checktransupdate.py prints it: {@code commit <12 hex> ("subject")}. */
    public record Commit(String id, String subject) {
        public String shortForm() {
            return "commit " + id.substring(0, Math.min(12, id.length())) + " (\"" + subject + "\")";
        }
    }

    public boolean upToDate() {
        return missing.isEmpty();
    }
}
