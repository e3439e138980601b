package org.kdocs.models.kcsan;

import java.util.ArrayList;
import java.util.List;

import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;

/**
 * Which kernel primitive ends a reordered (delayed) plain access of each kind under
 * CONFIG_KCSAN_WEAK_MEMORY, found by experiment as the kernel's test_barrier_nothreads does: a
 * watched plain access becomes the reordered access, the primitive runs inside a nestable atomic
 * region (so nothing else is watched meanwhile), then one marked access checks the reordered access
 * again. If the primitive ended it, that was the only watchpoint; if not, the re-check sets up more.
 */
public final class BarrierTable {
    /** The kinds of plain access, with the C statement that makes each. */
    public enum Kind {
        READ("R", "... = test_var;"), WRITE("W", "test_var = 1;"), READ_WRITE("RW", "test_var++;");

        private final String label;
        private final String access;

        Kind(String label, String access) {
            this.label = label;
            this.access = access;
        }
    }

    private BarrierTable() {
    }

    /**
     * Whether {@code primitive} (a C expression over {@code long other}, {@code atomic_t counter} and
     * {@code spinlock_t lock}) ends a reordered access of the kind; null when it does not compile.
     */
    public static Boolean ends(String primitive, Kind kind) {
        String setup = primitive.startsWith("spin_unlock") ? "spin_lock(&lock);" : "";
        String code = """
                long test_var;
                long other;
                atomic_t counter;
                spinlock_t lock;
                void T1(void)
                {
                	%s
                	%s
                	kcsan_nestable_atomic_begin();
                	%s;
                	kcsan_nestable_atomic_end();
                	... = READ_ONCE(other);
                }
                """.formatted(setup, kind.access, primitive);
        CProgram.Compilation compiled = KcsanRunner.compile(code, Origin.of("barrier.c"));
        if (!compiled.errors().isEmpty()) {
            return null;
        }
        KcsanConfig config = KcsanConfig.parse(List.of("kcsan.skip_watch=0", "CONFIG_KCSAN_STRICT=y"));
        KcsanRunner.Run run = KcsanRunner.run(compiled.program(), config,
                RunOptions.builder().thread("T1").seed(1, 1).build()).get(0);
        return run.kcsan().counter(Counter.SETUP_WATCHPOINTS) == 1;
    }

    /** The kinds the primitive ends, as "R W RW" or "none"; null when it does not compile. */
    public static String endedKinds(String primitive) {
        List<String> ended = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Boolean ends = ends(primitive, kind);
            if (ends == null) {
                return null;
            }
            if (ends) {
                ended.add(kind.label);
            }
        }
        return ended.isEmpty() ? "none" : String.join(" ", ended);
    }
}
