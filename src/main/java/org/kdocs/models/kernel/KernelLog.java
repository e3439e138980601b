package org.kdocs.models.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * The console of a model run, printing the kernel's report shapes (lib/bug.c, kernel/panic.c __warn):
 * a "cut here" line, then {@code kernel BUG at FILE:LINE!} or {@code WARNING: CPU: c PID: p at FILE:LINE
 * FUNC+0x0/0x10}. Addresses and stack traces are left out; a line naming the condition takes their place. The
 * model has no code, so the function offset is a placeholder in the kernel's {@code %pS} shape, which the
 * kernel test robot's patterns for WARNING and RIP lines expect.
 */
public final class KernelLog {
    public static final String CUT_HERE = "------------[ cut here ]------------";
    private static final String OFFSET = "+0x0/0x10";

    private final List<String> lines = new ArrayList<>();
    private final List<String> bugLines = new ArrayList<>();
    private final List<String> warningLines = new ArrayList<>();
    private String firstBug;
    private String firstWarning;
    private int warnings;

    /** An ordinary log line, e.g. a pr_warn(). */
    public void print(String line) {
        lines.add(line);
    }

    /** A BUG_ON() that fired; the caller stops the run. */
    public void bug(String file, int line, String function, String condition) {
        lines.add(CUT_HERE);
        lines.add("kernel BUG at " + file + ":" + line + "!");
        bugLines.add("kernel BUG at " + file + ":" + line + "!");
        lines.add("Oops: invalid opcode: 0000 [#1] PREEMPT SMP NOPTI");
        lines.add("RIP: 0010:" + function + OFFSET);
        lines.add("condition: " + condition);
        if (firstBug == null) {
            firstBug = file + ":" + line + " " + condition;
        }
    }

    /** A WARN()/WARN_ON() that fired; {@code message} is the WARN format's text or null for WARN_ON. */
    public void warn(int cpu, int pid, String file, int line, String function, String message) {
        lines.add(CUT_HERE);
        if (message != null) {
            lines.add(message);
        }
        String warning = "WARNING: CPU: " + cpu + " PID: " + pid + " at " + file + ":" + line + " " + function + OFFSET;
        lines.add(warning);
        warningLines.add(warning);
        warnings++;
        if (firstWarning == null) {
            firstWarning = message != null ? message : file + ":" + line;
        }
    }

    /** How many lines the log holds; with {@link #linesFrom} a binding forwards only new lines. */
    public int size() {
        return lines.size();
    }

    public List<String> linesFrom(int index) {
        return List.copyOf(lines.subList(Math.min(index, lines.size()), lines.size()));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The console as text, one line per kernel log line, each ending in a newline. */
    public String text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    /** The "kernel BUG at FILE:LINE!" line of each BUG report. */
    public List<String> bugLines() {
        return List.copyOf(bugLines);
    }

    /** The "WARNING: CPU: ..." line of each warning. */
    public List<String> warningLines() {
        return List.copyOf(warningLines);
    }

    public int warningCount() {
        return warnings;
    }

    public Verdict verdict() {
        if (firstBug != null) {
            return new Verdict(Verdict.Outcome.BUG, firstBug);
        }
        if (firstWarning != null) {
            return new Verdict(Verdict.Outcome.WARNED, firstWarning);
        }
        return Verdict.clean();
    }
}
