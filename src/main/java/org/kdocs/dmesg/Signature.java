package org.kdocs.dmesg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The kernel test robot's failure signatures: {@code dmesg.} and the error
 * id the robot's dmesg stats give a report (lkp-tests lib/dmesg.rb and
 * stats/dmesg, mirrored by {@link CrashHeads} and {@link ErrorId}). Runs
 * with the same signature count as the same failure. The spec runner and
 * {@code kdocs dmesg} both use this class.
 */
public final class Signature {
    /** One report of a log: its signature and the first console line that showed it. */
    public record Report(String signature, String line) {
    }

    private Signature() {
    }

    /** The signatures of a log, each once, in the order the robot lists them. */
    public static List<Report> ofLog(ConsoleLog log) {
        List<Report> reports = new ArrayList<>();
        for (CrashHeads.Head head : CrashHeads.of(log.lines())) {
            reports.add(new Report("dmesg." + head.errorId(), head.line()));
        }
        return reports;
    }

    /**
     * The signature of one line known to head a report, e.g. {@code dmesg.BUG:KCSAN:data-race_in_T1/T2}: the part
     * an oops pattern matches (or the whole line) through the robot's id rules.
     */
    public static String of(String line) {
        Matcher oops = OopsPatterns.oops().matcher(line);
        String key = oops.find() ? oops.group(1) : line;
        return "dmesg." + ErrorId.of(key).id();
    }
}
