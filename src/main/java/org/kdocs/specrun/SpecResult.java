package org.kdocs.specrun;

import java.util.Map;

/**
 * The verdict on one example.
 *
 * @param status     pass, fail or error (the example could not run)
 * @param runs       runs made
 * @param failures   runs whose console showed any report, BUG, WARNING or limit
 * @param signatures failure signature to the number of runs that showed it
 * @param message    why it failed, with a unified diff for a wrong output; empty on success
 * @param output     what the judged run printed (the first run showing the expected verdict, else the first
 *                   run): its console, then each file a spec-output of the example names; empty when none ran
 */
public record SpecResult(SpecExample example, Status status, int runs, int failures, Map<String, Integer> signatures,
                         String message, String output) {

    /** A result without recorded output (table rows, examples that could not run). */
    public SpecResult(SpecExample example, Status status, int runs, int failures, Map<String, Integer> signatures,
                      String message) {
        this(example, status, runs, failures, signatures, message, "");
    }

    public enum Status {
        PASS, FAIL, ERROR;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean passed() {
        return status == Status.PASS;
    }
}
