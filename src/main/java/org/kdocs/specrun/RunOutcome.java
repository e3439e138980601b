package org.kdocs.specrun;

import java.util.List;
import java.util.Map;

/**
 * What one run of an example produced, as a model driver reports it: the
 * console lines, the first line of each report (KCSAN, BUG, WARNING), how the
 * run ended, and any files the example may check ({@code /proc/allocinfo}).
 *
 * @param console      every console line, in order
 * @param reports      first lines of KCSAN reports
 * @param bugs         first lines of BUG reports that ended the run
 * @param warnings     first lines of WARNING reports after which the run went on
 * @param files        file name to contents, for {@code spec-output :source:}
 * @param limitMessage non-null when the run hit its step or time limit
 */
public record RunOutcome(List<String> console, List<String> reports, List<String> bugs, List<String> warnings,
                         Map<String, String> files, String limitMessage) {

    /** Whether the run shows the verdict; a run stopped by its step or time limit shows none. */
    public boolean shows(Expectation.Verdict verdict) {
        if (limitMessage != null) {
            return false;
        }
        return switch (verdict) {
            case RACE -> !reports.isEmpty();
            case NO_RACE -> reports.isEmpty();
            case BUG -> !bugs.isEmpty();
            case WARN -> !warnings.isEmpty() && bugs.isEmpty();
            case OK -> bugs.isEmpty() && warnings.isEmpty() && reports.isEmpty();
            case OUTPUT -> true;
        };
    }

    /** The first lines of everything that went wrong in this run, for signatures. */
    public List<String> failureLines() {
        List<String> all = new java.util.ArrayList<>(reports);
        all.addAll(bugs);
        all.addAll(warnings);
        if (limitMessage != null) {
            all.add(limitMessage);
        }
        return all;
    }
}
