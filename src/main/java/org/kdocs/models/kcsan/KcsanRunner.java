package org.kdocs.models.kcsan;

import java.util.List;

import org.kdocs.interp.Builtin;
import org.kdocs.interp.Builtins;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.CallContext;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.RunResult;

/**
 * The KCSAN model's Java API: compile C code with the KCSAN annotations
 * available (ASSERT_EXCLUSIVE_*, kcsan_disable_current() ...), run it on the
 * interpreter under a configuration, and get each run's console, reports
 * and counters.
 */
public final class KcsanRunner {
    private KcsanRunner() {
    }

    /** One run: the interpreter's result and what KCSAN saw in it. */
    public record Run(RunResult result, List<List<String>> reports, Kcsan kcsan) {
        public String console() {
            return result.console();
        }
    }

    public static CProgram.Compilation compile(String code, Origin origin) {
        return CProgram.compile(code, origin, builtins());
    }

    /** Runs the program; {@code options} supplies threads, strategy, limits (its setup hook is replaced). */
    public static List<Run> run(CProgram program, KcsanConfig config, RunOptions options) {
        long[] runIndex = {0};
        return program.runAttached(options, machine -> {
            KcsanInstrumentation k = machine.attachment(KcsanInstrumentation.class,
                    () -> new KcsanInstrumentation(machine, config, machine.random().nextLong() ^ runIndex[0]++));
            machine.addListener(k);
            return k.kcsan();
        }).stream().map(run -> new Run(run.result(), run.value() == null ? List.of() : run.value().reports(),
                run.value())).toList();
    }

    /** The standard builtins plus KCSAN's annotations. */
    public static Builtins builtins() {
        Builtins b = Builtins.standard();
        b.register(Builtin.of("ASSERT_EXCLUSIVE_WRITER", "void",
                (c, a) -> check(c, a[0], c.argSize(0), AccessType.ASSERT), "lvalue"));
        b.register(Builtin.of("ASSERT_EXCLUSIVE_ACCESS", "void",
                (c, a) -> check(c, a[0], c.argSize(0), AccessType.ASSERT | AccessType.WRITE), "lvalue"));
        b.register(Builtin.of("ASSERT_EXCLUSIVE_BITS", "void", (c, a) -> {
            KcsanInstrumentation k = of(c);
            k.atSite(c.site(), () -> k.kcsan().assertExclusiveBits(a[0], c.argSize(0), a[1]));
            return 0;
        }, "lvalue", "unsigned long"));
        b.register(Builtin.of("ASSERT_EXCLUSIVE_WRITER_SCOPED", "void",
                (c, a) -> scoped(c, a[0], c.argSize(0), AccessType.ASSERT), "lvalue"));
        b.register(Builtin.of("ASSERT_EXCLUSIVE_ACCESS_SCOPED", "void",
                (c, a) -> scoped(c, a[0], c.argSize(0), AccessType.ASSERT | AccessType.WRITE), "lvalue"));
        b.register(Builtin.of("kcsan_check_read", "void",
                (c, a) -> check(c, a[0], a[1], AccessType.READ), "any", "long"));
        b.register(Builtin.of("kcsan_check_write", "void",
                (c, a) -> check(c, a[0], a[1], AccessType.WRITE), "any", "long"));
        b.register(Builtin.of("kcsan_check_read_write", "void",
                (c, a) -> check(c, a[0], a[1], AccessType.COMPOUND | AccessType.WRITE), "any", "long"));
        b.register(control("kcsan_disable_current", Kcsan::disableCurrent));
        b.register(control("kcsan_enable_current", Kcsan::enableCurrent));
        b.register(control("kcsan_enable_current_nowarn", Kcsan::enableCurrentNowarn));
        b.register(control("kcsan_nestable_atomic_begin", Kcsan::nestableAtomicBegin));
        b.register(control("kcsan_nestable_atomic_end", Kcsan::nestableAtomicEnd));
        b.register(control("kcsan_flat_atomic_begin", Kcsan::flatAtomicBegin));
        b.register(control("kcsan_flat_atomic_end", Kcsan::flatAtomicEnd));
        b.register(Builtin.of("kcsan_atomic_next", "void", (c, a) -> {
            of(c).kcsan().atomicNext((int) a[0]);
            return 0;
        }, "int"));
        b.register(Builtin.of("kcsan_set_access_mask", "void", (c, a) -> {
            of(c).kcsan().setAccessMask(a[0]);
            return 0;
        }, "unsigned long"));
        return b;
    }

    private static KcsanInstrumentation of(CallContext c) {
        return c.machine().attachment(KcsanInstrumentation.class, () -> {
            throw new IllegalStateException("KCSAN is not attached to this run");
        });
    }

    private static long check(CallContext c, long address, long size, int type) {
        KcsanInstrumentation k = of(c);
        k.atSite(c.site(), () -> k.kcsan().checkAccess(address, size, type));
        return 0;
    }

    private static long scoped(CallContext c, long address, long size, int type) {
        KcsanInstrumentation k = of(c);
        k.atSite(c.site(), () -> k.beginScoped(c.thread(), address, size, type));
        return 0;
    }

    private static Builtin control(String name, java.util.function.Consumer<Kcsan> action) {
        return Builtin.of(name, "void", (c, a) -> {
            KcsanInstrumentation k = of(c);
            k.atSite(c.site(), () -> action.accept(k.kcsan()));
            return 0;
        });
    }
}
