package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access each builtin reports, one row per builtin: "KIND MARKING[/ORDER] size" for each access to
 * the globals (not the stack), in order. The rows are the kernel's documented semantics: void atomic
 * operations are relaxed, value-returning ones fully ordered unless suffixed _relaxed/_acquire/_release.
 */
class BuiltinTableTest {
    private static String events(String statement) {
        String src = """
                int v; long lv; int *pv = &v;
                atomic_t a; atomic64_t a64; atomic_long_t al;
                spinlock_t lock; struct mutex m; unsigned long bits;
                void f(void) {
                    int old = 0; long r;
                """ + statement + ";\n}\n";
        List<String> out = new ArrayList<>();
        RunResult result = Programs.compile(src).run(RunOptions.builder().thread("f")
                .setup(machine -> machine.addListener(new Listener() {
                    @Override
                    public void onAccess(Access x) {
                        if (!x.stack()) {
                            out.add(x.kind() + " " + x.marking() + (x.ordering() == Ordering.NONE ? ""
                                    : "/" + x.ordering()) + " " + x.size());
                        }
                    }
                })).build()).first();
        assertThat(result.outcome()).as(result.console()).isInstanceOf(Outcome.Completed.class);
        return String.join(", ", out);
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource(delimiter = '|', value = {
        "r = READ_ONCE(v)                        | READ ONCE 4",
        "WRITE_ONCE(lv, 1)                       | WRITE ONCE 8",
        "r = smp_load_acquire(&lv)               | READ ONCE/ACQUIRE 8",
        "smp_store_release(&v, 1)                | WRITE ONCE/RELEASE 4",
        "smp_store_mb(v, 1)                      | WRITE ONCE 4",
        "r = (long)rcu_dereference(pv)           | READ ONCE/ACQUIRE 8",
        "rcu_assign_pointer(pv, &v)              | WRITE ONCE/RELEASE 8",
        "r = atomic_read(&a)                     | READ ATOMIC 4",
        "r = atomic_read_acquire(&a)             | READ ATOMIC/ACQUIRE 4",
        "atomic_set(&a, 1)                       | WRITE ATOMIC 4",
        "atomic_set_release(&a, 1)               | WRITE ATOMIC/RELEASE 4",
        "atomic_add(1, &a)                       | READ_WRITE ATOMIC 4",
        "atomic_sub(1, &a)                       | READ_WRITE ATOMIC 4",
        "atomic_inc(&a)                          | READ_WRITE ATOMIC 4",
        "atomic_dec(&a)                          | READ_WRITE ATOMIC 4",
        "atomic_and(1, &a)                       | READ_WRITE ATOMIC 4",
        "atomic_or(1, &a)                        | READ_WRITE ATOMIC 4",
        "atomic_xor(1, &a)                       | READ_WRITE ATOMIC 4",
        "atomic_andnot(1, &a)                    | READ_WRITE ATOMIC 4",
        "r = atomic_add_return(1, &a)            | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_add_return_relaxed(1, &a)    | READ_WRITE ATOMIC 4",
        "r = atomic_sub_return_acquire(1, &a)    | READ_WRITE ATOMIC/ACQUIRE 4",
        "r = atomic_inc_return_release(&a)       | READ_WRITE ATOMIC/RELEASE 4",
        "r = atomic_dec_return(&a)               | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_fetch_add(1, &a)             | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_fetch_or_relaxed(1, &a)      | READ_WRITE ATOMIC 4",
        "r = atomic_fetch_and_acquire(1, &a)     | READ_WRITE ATOMIC/ACQUIRE 4",
        "r = atomic_fetch_xor_release(1, &a)     | READ_WRITE ATOMIC/RELEASE 4",
        "r = atomic_fetch_inc(&a)                | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_inc_and_test(&a)             | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_dec_and_test(&a)             | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_sub_and_test(1, &a)          | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_add_negative(1, &a)          | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_xchg(&a, 1)                  | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_xchg_acquire(&a, 1)          | READ_WRITE ATOMIC/ACQUIRE 4",
        "r = atomic_cmpxchg(&a, 0, 1)            | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_cmpxchg_relaxed(&a, 0, 1)    | READ_WRITE ATOMIC 4",
        "r = atomic_try_cmpxchg(&a, &old, 1)     | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_add_unless(&a, 1, 5)         | READ_WRITE ATOMIC/FULL 4",
        "r = atomic_inc_not_zero(&a)             | READ_WRITE ATOMIC/FULL 4",
        "r = atomic64_read(&a64)                 | READ ATOMIC 8",
        "atomic64_inc(&a64)                      | READ_WRITE ATOMIC 8",
        "r = atomic_long_add_return(2, &al)      | READ_WRITE ATOMIC/FULL 8",
        "atomic_long_set(&al, 3)                 | WRITE ATOMIC 8",
        "r = xchg(&lv, 1)                        | READ_WRITE ATOMIC/FULL 8",
        "r = xchg_release(&lv, 1)                | READ_WRITE ATOMIC/RELEASE 8",
        "r = xchg_relaxed(&v, 1)                 | READ_WRITE ATOMIC 4",
        "r = cmpxchg(&v, 0, 1)                   | READ_WRITE ATOMIC/FULL 4",
        "r = cmpxchg_acquire(&v, 0, 1)           | READ_WRITE ATOMIC/ACQUIRE 4",
        "r = try_cmpxchg(&v, &old, 1)            | READ_WRITE ATOMIC/FULL 4",
        "set_bit(1, &bits)                       | READ_WRITE ATOMIC 8",
        "clear_bit(1, &bits)                     | READ_WRITE ATOMIC 8",
        "change_bit(1, &bits)                    | READ_WRITE ATOMIC 8",
        "r = test_and_set_bit(1, &bits)          | READ_WRITE ATOMIC/FULL 8",
        "r = test_and_clear_bit(70, &bits - 1)   | READ_WRITE ATOMIC/FULL 8",
        "__set_bit(1, &bits)                     | READ_WRITE PLAIN 8",
        "r = test_bit(1, &bits)                  | READ ATOMIC 8",
        "r = __atomic_load_n(&v, __ATOMIC_RELAXED) | READ ATOMIC 4",
        "r = __atomic_load_n(&v, __ATOMIC_CONSUME) | READ ATOMIC/ACQUIRE 4",
        "__atomic_store_n(&lv, 1, __ATOMIC_SEQ_CST) | WRITE ATOMIC/FULL 8",
        "r = __atomic_exchange_n(&v, 1, __ATOMIC_ACQ_REL) | READ_WRITE ATOMIC/FULL 4",
        "r = __atomic_compare_exchange_n(&v, &old, 1, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED) | READ_WRITE ATOMIC/RELEASE 4",
        "r = __atomic_add_fetch(&v, 1, __ATOMIC_RELAXED) | READ_WRITE ATOMIC 4",
        "r = __atomic_fetch_nand(&v, 1, __ATOMIC_ACQUIRE) | READ_WRITE ATOMIC/ACQUIRE 4",
        "r = __sync_fetch_and_add(&v, 1)         | READ_WRITE ATOMIC/FULL 4",
        "r = __sync_val_compare_and_swap(&v, 0, 1) | READ_WRITE ATOMIC/FULL 4",
        "spin_lock_irq(&lock); spin_unlock_irq(&lock) | READ_WRITE ATOMIC/ACQUIRE 4, WRITE ATOMIC/RELEASE 4",
        "spin_lock_bh(&lock); spin_unlock_bh(&lock) | READ_WRITE ATOMIC/ACQUIRE 4, WRITE ATOMIC/RELEASE 4",
        "r = spin_trylock(&lock); r = spin_trylock(&lock) | READ_WRITE ATOMIC/ACQUIRE 4, READ_WRITE ATOMIC/ACQUIRE 4",
        "r = mutex_trylock(&m)                   | READ_WRITE ATOMIC/ACQUIRE 8",
        "spin_lock_init(&lock)                   | WRITE PLAIN 4",
        "memset(&v, 0, sizeof(v))                | WRITE PLAIN 4",
        "memcpy(&lv, &bits, 8)                   | READ PLAIN 8, WRITE PLAIN 8",
        "r = data_race(v)                        | READ PLAIN 4",
        "v++                                     | READ_WRITE PLAIN 4",
        "r = v + lv                              | READ PLAIN 4, READ PLAIN 8",
    })
    void builtinReportsItsAccessKind(String statement, String expected) {
        assertThat(events(statement)).isEqualTo(expected);
    }
}
