package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.List;

/**
 * A WARNING as the kernel prints it (kernel/panic.c __warn_printk and __warn,
 * x86-64 show_regs and show_trace_log_lvl, Linux 6.12): the cut-here line,
 * the message, the WARNING line with the file and line of the WARN() and the
 * function it is in, the module list, the dump_stack_print_info lines, the
 * RIP line, the call trace with its stack markers ({@code <TASK>}, or
 * {@code <IRQ>} then {@code <TASK>} in an interrupt), and the end-of-trace
 * line; with lockdep (here: CONFIG_KCSAN_VERBOSE, which needs it) the
 * irq-trace lines come before that. The register dump and the unreliable
 * ({@code ?}) frames are left out: the model has no registers. The taint
 * flag is set after the report, so the WARNING's own footer does not show
 * it yet.
 */
final class KernelWarning {
    static final String CUT_HERE = "------------[ cut here ]------------";
    static final String END_TRACE = "---[ end trace 0000000000000000 ]---";

    /** Where a WARN() of the KCSAN runtime is: file, line and the function (with offset) it is in. */
    record Site(String file, int line, TraceFrame function) {
    }

    /** kernel/kcsan/core.c:849 WARN(1, "Unbalanced %s()", __func__) in kcsan_enable_current(). */
    static final Site ENABLE_CURRENT = new Site("kernel/kcsan/core.c", 849,
            new TraceFrame("kcsan_enable_current", 0x5e, 0x70));
    /** kernel/kcsan/core.c:885, in kcsan_nestable_atomic_end(). */
    static final Site NESTABLE_ATOMIC_END = new Site("kernel/kcsan/core.c", 885,
            new TraceFrame("kcsan_nestable_atomic_end", 0x5e, 0x70));
    /** kernel/kcsan/core.c:944 WARN(..., "Unbalanced %s()?", __func__) in kcsan_end_scoped_access(). */
    static final Site END_SCOPED_ACCESS = new Site("kernel/kcsan/core.c", 944,
            new TraceFrame("kcsan_end_scoped_access", 0x93, 0xb0));

    private KernelWarning() {
    }

    /** The lines of the report; {@code stack} is the caller of the warning function outwards. */
    static List<String> lines(String message, Site site, ReportPrinter.Footer who, boolean inInterrupt,
                              List<TraceFrame> stack, List<String> irqEvents) {
        List<String> out = new ArrayList<>();
        out.add(CUT_HERE);
        out.add(message);
        out.add("WARNING: CPU: " + who.cpu() + " PID: " + who.pid() + " at " + site.file() + ":" + site.line() + " "
                + site.function());
        out.add("Modules linked in:");
        ReportPrinter.dumpStackInfo(out, who);
        out.add("RIP: 0010:" + site.function());
        out.add("Call Trace:");
        out.add(inInterrupt ? " <IRQ>" : " <TASK>");
        for (TraceFrame frame : stack) {
            if (inInterrupt && frame.function().equals(KernelFrames.TASK_STACK_ENTRY)) {
                out.add(" </IRQ>");
                out.add(" <TASK>");
            }
            out.add(" " + frame);
        }
        out.add(" </TASK>");
        out.addAll(irqEvents);
        out.add(END_TRACE);
        return out;
    }
}
