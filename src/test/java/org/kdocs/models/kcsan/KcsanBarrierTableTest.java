package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 1 of the kernel's KCSAN suite, test_barrier_nothreads: the kernel's table of which primitive
 * ends a reordered plain access of each kind, against what {@link BarrierTable} finds by running it.
 */
class KcsanBarrierTableTest {
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
        return Stream.of(table).flatMap(row -> Stream.of(BarrierTable.Kind.values())
                .map(kind -> Arguments.of(row[0], kind, row[1].charAt(kind.ordinal()) == 'C')));
    }

    @ParameterizedTest(name = "{0} after a reordered {1}: clears = {2}")
    @MethodSource("rows")
    void primitivesEndReorderedAccessesAsTheKernelTableSays(String primitive, BarrierTable.Kind kind, boolean clears) {
        assertThat(BarrierTable.ends(primitive, kind))
                .as("%s %s the reordered %s", primitive, clears ? "ends" : "keeps", kind).isEqualTo(clears);
    }
}
