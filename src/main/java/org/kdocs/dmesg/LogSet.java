package org.kdocs.dmesg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signatures over a set of logs (the runs of one side of a robot table):
 * how many logs show each signature, and where it was first seen.
 */
public final class LogSet {
    /** A signature, the number of logs showing it, and the first log and line that did. */
    public record Count(String signature, int logs, String firstLog, String firstLine) {
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private int logs;

    public void add(ConsoleLog log) {
        logs++;
        for (Signature.Report report : Signature.ofLog(log)) {
            counts.merge(report.signature(), new Count(report.signature(), 1, log.name(), report.line()),
                    (old, one) -> new Count(old.signature(), old.logs() + 1, old.firstLog(), old.firstLine()));
        }
    }

    public int logs() {
        return logs;
    }

    /** Every signature in order of first appearance. */
    public List<Count> counts() {
        return new ArrayList<>(counts.values());
    }

    /** Signature to number of logs, for {@link CompareTable}. */
    public Map<String, Integer> failures() {
        Map<String, Integer> failures = new LinkedHashMap<>();
        counts.values().forEach(c -> failures.put(c.signature(), c.logs()));
        return failures;
    }
}
