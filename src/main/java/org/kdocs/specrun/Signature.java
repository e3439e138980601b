package org.kdocs.specrun;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kernel test robot's failure signature of a console report's first
 * line, as the robot's dmesg handling (lkp-tests) forms it: {@code dmesg.} and the
 * line with ": " folded to ":", " - " and " / " to "-" and "/", numbers that
 * vary from run to run replaced by {@code #}, and spaces by underscores.
 * Runs with the same signature count as the same failure.
 */
public final class Signature {
    private static final Pattern RIP = Pattern.compile("^RIP: [0-9a-f]+:([A-Za-z0-9_.]+)\\+.*");
    private static final Pattern KERNEL_BUG = Pattern.compile("^kernel BUG at ([^:]+):\\d+!?$");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern HEX_PREFIXED = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
    private static final Pattern LONG_HEX = Pattern.compile("\\b(?=[0-9a-f]*[0-9])[0-9a-f]{8,}\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\s])\\d+\\b");

    private Signature() {
    }

    /** The signature of a report's first line, e.g. {@code dmesg.BUG:KCSAN:data-race_in_T1/T2}. */
    public static String of(String firstLine) {
        String line = firstLine.strip();
        Matcher rip = RIP.matcher(line);
        if (rip.matches()) {
            return "dmesg.RIP:" + rip.group(1);
        }
        Matcher bug = KERNEL_BUG.matcher(line);
        if (bug.matches()) {
            return "dmesg.kernel_BUG_at_" + bug.group(1);
        }
        line = line.replace(" - ", "-").replace(" / ", "/").replace(": ", ":");
        line = replaceInBrackets(line);
        line = HEX_PREFIXED.matcher(line).replaceAll("#");
        line = LONG_HEX.matcher(line).replaceAll("#");
        line = NUMBER.matcher(line).replaceAll("#");
        // an address at the very end says nothing about which failure it is
        line = line.replaceAll(":#$", "");
        line = line.replaceAll("\\s*#\\s*", "#");
        return "dmesg." + line.replaceAll("\\s+", "_");
    }

    private static String replaceInBrackets(String line) {
        Matcher m = BRACKETED.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("[" + m.group(1).replaceAll("\\d", "#") + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
