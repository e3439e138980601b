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
 */
public record SpecResult(SpecExample example, Status status, int runs, int failures, Map<String, Integer> signatures,
                         String message) {

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
