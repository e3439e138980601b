package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames of kernel code that a simulated program does not contain but that
 * a real stack trace shows: the x86-64 interrupt entry (asm_common_interrupt
 * down to the handler, kernel/irq/handle.c) between an interrupt handler and
 * the context it interrupted, and the idle loop a CPU runs when no task runs
 * there (kernel/sched/idle.c). Offsets and sizes are illustrative: the shape
 * of a Linux 6.12 x86-64 build, not a particular one.
 */
final class KernelFrames {
    /** From the handler's caller outwards; the first frame on the interrupted task's stack is the last. */
    static final List<TraceFrame> IRQ_ENTRY = List.of(new TraceFrame("__handle_irq_event_percpu", 0x55, 0x1f0),
            new TraceFrame("handle_irq_event", 0x38, 0x80), new TraceFrame("handle_edge_irq", 0xc9, 0x250),
            new TraceFrame("__common_interrupt", 0x4b, 0xd0), new TraceFrame("common_interrupt", 0x9f, 0xc0),
            new TraceFrame("asm_common_interrupt", 0x26, 0x40));
    /** The entry frame that runs on the interrupted task's stack (a WARN's trace prints {@code </IRQ>} before it). */
    static final String TASK_STACK_ENTRY = "asm_common_interrupt";

    private KernelFrames() {
    }

    /** The idle task of {@code cpu} (swapper/N) halted in the idle loop, where an interrupt finds it. */
    static List<TraceFrame> idle(int cpu) {
        List<TraceFrame> frames = new ArrayList<>(List.of(new TraceFrame("pv_native_safe_halt", 0xf, 0x20),
                new TraceFrame("default_idle", 0x9, 0x20), new TraceFrame("default_idle_call", 0x38, 0x60),
                new TraceFrame("do_idle", 0x1f7, 0x230), new TraceFrame("cpu_startup_entry", 0x25, 0x30)));
        if (cpu == 0) {
            frames.addAll(List.of(new TraceFrame("rest_init", 0x137, 0x140), new TraceFrame("start_kernel", 0x7a6, 0x7e0),
                    new TraceFrame("x86_64_start_reservations", 0x24, 0x30), new TraceFrame("x86_64_start_kernel", 0xc5, 0xe0)));
        } else {
            frames.add(new TraceFrame("start_secondary", 0x11a, 0x140));
        }
        frames.add(new TraceFrame("common_startup_64", 0x13e, 0x141));
        return frames;
    }
}
