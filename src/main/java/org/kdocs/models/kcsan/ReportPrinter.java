package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats KCSAN reports line by line as kernel/kcsan/report.c prints them:
 * the 66-character separators, the title with its function order, the
 * consumer's block before the watcher's, the value line, and the
 * dump_stack_print_info footer of the reporting context.
 */
final class ReportPrinter {
    static final String SEPARATOR = "=".repeat(66);
    /** The release string the simulated kernel reports in footers. */
    static final String RELEASE = "6.12.0-kdocs";

    private ReportPrinter() {
    }

    /** Index of the top frame: leading runtime frames are skipped (report.c get_stack_skipnr). */
    static int topFrame(List<TraceFrame> stack) {
        for (int i = 0; i < stack.size(); i++) {
            String name = stack.get(i).function();
            int at = name.indexOf("kcsan_");
            boolean runtime = name.contains("tsan_") || name.contains("_once_size")
                    || (at >= 0 && !name.startsWith("test", at + "kcsan_".length()));
            if (!runtime) {
                return i;
            }
        }
        return 0;
    }

    /** The frames to print and, for a scoped access, the frame it was reordered from. */
    record Trace(List<TraceFrame> frames, TraceFrame reorderedFrom) {
        TraceFrame top() {
            return frames.isEmpty() ? new TraceFrame("?", 0, 0) : frames.get(0);
        }
    }

    static Trace trace(AccessInfo access) {
        List<TraceFrame> stack = access.stack();
        if (AccessType.has(access.type(), AccessType.SCOPED) && access.ip() != null) {
            for (int i = 0; i < stack.size(); i++) {
                if (stack.get(i).function().equals(access.ip().function())) {
                    List<TraceFrame> frames = new ArrayList<>(stack.subList(i, stack.size()));
                    TraceFrame original = frames.set(0, access.ip());
                    return new Trace(frames, original);
                }
            }
        }
        return new Trace(stack.subList(topFrame(stack), stack.size()), null);
    }

    private static void block(List<String> out, String heading, Trace trace) {
        out.add(heading);
        for (TraceFrame frame : trace.frames()) {
            out.add(" " + frame);
        }
        if (trace.reorderedFrom() != null) {
            out.add("  |");
            out.add("  +-> reordered to: " + trace.reorderedFrom());
        }
    }

    private static void block(List<String> out, String heading, Trace trace, AccessInfo access) {
        block(out, heading, trace);
        out.addAll(access.verbose());
    }

    private static String who(AccessInfo access) {
        return access.interrupt() ? "interrupt" : "task " + access.pid();
    }

    private static String accessLine(AccessInfo access) {
        return AccessType.describe(access.type()) + " to 0x" + String.format("%016x", access.ptr()) + " of "
                + access.size() + " bytes by " + who(access) + " on cpu " + access.cpu() + ":";
    }

    private static String bugType(int... types) {
        for (int type : types) {
            if (AccessType.has(type, AccessType.ASSERT)) {
                return "assert: race";
            }
        }
        return "data-race";
    }

    /** The two titles' function order: byte-wise on the first 63 characters of "sym+off/size". */
    static boolean inOrder(TraceFrame a, TraceFrame b) {
        String sa = a.toString();
        String sb = b.toString();
        sa = sa.substring(0, Math.min(63, sa.length()));
        sb = sb.substring(0, Math.min(63, sb.length()));
        return sa.compareTo(sb) <= 0;
    }

    static List<String> knownOrigin(AccessInfo watcher, AccessInfo consumer, long oldValue, long newValue,
                                    long mask, Footer footer) {
        Trace mine = trace(watcher);
        Trace other = trace(consumer);
        TraceFrame first = inOrder(mine.top(), other.top()) ? mine.top() : other.top();
        TraceFrame second = first == mine.top() ? other.top() : mine.top();
        List<String> out = new ArrayList<>();
        out.add(SEPARATOR);
        out.add("BUG: KCSAN: " + bugType(watcher.type(), consumer.type()) + " in " + first.titleName() + " / "
                + second.titleName());
        out.add("");
        block(out, accessLine(consumer), other, consumer);
        out.add("");
        block(out, accessLine(watcher), mine, watcher);
        valueLines(out, watcher.size(), oldValue, newValue, mask);
        footer(out, footer);
        return out;
    }

    static List<String> unknownOrigin(AccessInfo watcher, long oldValue, long newValue, long mask, Footer footer) {
        Trace mine = trace(watcher);
        List<String> out = new ArrayList<>();
        out.add(SEPARATOR);
        out.add("BUG: KCSAN: " + bugType(watcher.type()) + " in " + mine.top());
        out.add("");
        block(out, "race at unknown origin, with " + accessLine(watcher), mine, watcher);
        valueLines(out, watcher.size(), oldValue, newValue, mask);
        footer(out, footer);
        return out;
    }

    private static void valueLines(List<String> out, long size, long oldValue, long newValue, long mask) {
        long diff = oldValue ^ newValue;
        if (mask != 0) {
            diff &= mask;
        }
        if (size <= 8 && diff != 0) {
            String format = "%0" + (2 * size) + "x";
            out.add("");
            out.add("value changed: 0x" + String.format(format, oldValue) + " -> 0x"
                    + String.format(format, newValue));
            if (mask != 0) {
                out.add(" bits changed: 0x" + String.format(format, diff) + " with mask 0x"
                        + String.format(format, mask));
            }
        }
    }

    /** Who reports: the reporting context's CPU, PID, command and the kernel's taint (dump_stack_print_info). */
    record Footer(int cpu, int pid, String comm, long taints) {
    }

    private static void footer(List<String> out, Footer footer) {
        out.add("");
        out.add("Reported by Kernel Concurrency Sanitizer on:");
        dumpStackInfo(out, footer);
        out.add(SEPARATOR);
    }

    /**
     * lib/dump_stack.c dump_stack_print_info(): the CPU line with UID, PID,
     * Comm (at most 20 characters), taint and release; the verbose taint line
     * when tainted; the hardware name.
     */
    static void dumpStackInfo(List<String> out, Footer footer) {
        String comm = footer.comm().length() > 20 ? footer.comm().substring(0, 20) : footer.comm();
        out.add("CPU: " + footer.cpu() + " UID: 0 PID: " + footer.pid() + " Comm: " + comm + " "
                + Taint.describe(footer.taints()) + " " + RELEASE + " #1");
        if (footer.taints() != 0) {
            out.add(Taint.verbose(footer.taints()));
        }
        out.add("Hardware name: kdocs reference model");
    }
}
