package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;

/**
 * Case 1 of the kernel's KCSAN suite, test_barrier_nothreads: which kernel
 * primitive ends a reordered (delayed) plain access of each kind. A plain
 * access is watched and so becomes the reordered access; the primitive runs
 * inside a nestable atomic region (so nothing else is watched meanwhile);
 * then one marked access checks the reordered access again. If the
 * primitive cleared it, nothing more is watched; if it kept it, the re-check
 * (and the one at function exit) set up more watchpoints.
 */
class KcsanBarrierTableTest {
    enum Kind {
        READ("... = test_var;"), WRITE("test_var = 1;"), READ_WRITE("test_var++;");

        final String access;

        Kind(String access) {
            this.access = access;
        }
    }

    /** A row of the kernel's table: primitive, then clears (C) or keeps (K) a read, write, read-write. */
    static Stream<Arguments> rows() {
        String[][] table = {
                {"smp_mb()", "CCC"}, {"smp_wmb()", "KCC"}, {"smp_rmb()", "CKC"},
                {"smp_mb__before_atomic()", "CCC"}, {"smp_mb__after_atomic()", "CCC"},
                {"smp_load_acquire(&other)", "KKK"}, {"smp_store_release(&other, 1)", "CCC"},
                {"xchg(&other, 1)", "CCC"}, {"xchg_release(&other, 1)", "CCC"}, {"xchg_relaxed(&other, 1)", "KKK"},
                {"cmpxchg(&other, 0, 1)", "CCC"}, {"cmpxchg_release(&other, 0, 1)", "CCC"},
                {"cmpxchg_relaxed(&other, 0, 1)", "KKK"},
                {"atomic_read(&counter)", "KKK"}, {"atomic_read_acquire(&counter)", "KKK"},
                {"atomic_set(&counter, 1)", "KKK"}, {"atomic_set_release(&counter, 1)", "CCC"},
                {"atomic_add(1, &counter)", "KKK"}, {"atomic_add_return(1, &counter)", "CCC"},
                {"atomic_add_return_acquire(1, &counter)", "KKK"}, {"atomic_add_return_release(1, &counter)", "CCC"},
                {"atomic_add_return_relaxed(1, &counter)", "KKK"}, {"atomic_fetch_add(1, &counter)", "CCC"},
                {"atomic_fetch_add_acquire(1, &counter)", "KKK"}, {"atomic_fetch_add_release(1, &counter)", "CCC"},
                {"atomic_fetch_add_relaxed(1, &counter)", "KKK"},
                {"spin_lock(&lock)", "KKK"}, {"spin_unlock(&lock)", "CCC"}};
        return Stream.of(table).flatMap(row -> Stream.of(Kind.values())
                .map(kind -> Arguments.of(row[0], kind, row[1].charAt(kind.ordinal()) == 'C')));
    }

    @ParameterizedTest(name = "{0} after a reordered {1}: clears = {2}")
    @MethodSource("rows")
    void primitivesEndReorderedAccessesAsTheKernelTableSays(String primitive, Kind kind, boolean clears) {
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
        assertThat(compiled.errors()).isEmpty();
        KcsanConfig config = KcsanConfig.parse(List.of("kcsan.skip_watch=0", "CONFIG_KCSAN_STRICT=y"));
        KcsanRunner.Run run = KcsanRunner.run(compiled.program(), config,
                RunOptions.builder().thread("T1").seed(1, 1).build()).get(0);
        long watched = run.kcsan().counter(Counter.SETUP_WATCHPOINTS);
        if (clears) {
            assertThat(watched).as("%s must end the reordered access", primitive).isEqualTo(1);
        } else {
            assertThat(watched).as("%s must keep the reordered access", primitive).isGreaterThan(1);
        }
    }
}
