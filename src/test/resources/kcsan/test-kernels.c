/*
 * The access kernels of the kernel's KCSAN KUnit suite (kernel/kcsan/kcsan_test.c,
 * Linux 6.12), rewritten for kdocs' C interpreter. Each test case runs two of
 * them concurrently; see KcsanCatalogueTest.
 */
long test_sink;
long test_var;
long test_array[1536];
struct test_struct_t { long val[8]; };
struct test_struct_t test_struct;
long __data_racy test_data_racy;
volatile long jiffies;
long test_seqlock;
spinlock_t test_spinlock;

/* Keeps a value alive without KCSAN seeing the store. */
void __no_kcsan sink_value(long v) { WRITE_ONCE(test_sink, v); }

/* Enters the runtime a few times without racing. */
void test_delay(int iter) { for (int i = 0; i < iter; i++) sink_value(READ_ONCE(test_sink)); }

void test_kernel_read(void) { sink_value(test_var); }
void test_kernel_write(void) { test_var = data_race(test_sink) + 1; }
void test_kernel_write_nochange(void) { test_var = 42; }
void test_kernel_write_nochange_rcu(void) { test_var = 42; }
void test_kernel_read_atomic(void) { sink_value(READ_ONCE(test_var)); }
void test_kernel_write_atomic(void) { WRITE_ONCE(test_var, READ_ONCE(test_sink) + 1); }
void test_kernel_atomic_rmw(void) { __atomic_fetch_add(&test_var, 1, __ATOMIC_RELAXED); }
void __no_kcsan test_kernel_write_uninstrumented(void) { test_var++; }
void test_kernel_data_race(void) { data_race(test_var++); }
void test_kernel_data_racy_qualifier(void) { test_data_racy++; }
void test_kernel_assert_writer(void) { ASSERT_EXCLUSIVE_WRITER(test_var); }
void test_kernel_assert_access(void) { ASSERT_EXCLUSIVE_ACCESS(test_var); }
void test_kernel_change_bits(void) { WRITE_ONCE(test_var, READ_ONCE(test_var) ^ 0xff00ff00); }
void test_kernel_assert_bits_change(void) { ASSERT_EXCLUSIVE_BITS(test_var, 0xff00ff00); }
void test_kernel_assert_bits_nochange(void) { ASSERT_EXCLUSIVE_BITS(test_var, ~0xff00ff00U); }

void test_enter_scope(void)
{
	int x = 0;
	sink_value(READ_ONCE(test_sink));
	kcsan_check_read(&x, sizeof(x));
}
void test_kernel_assert_writer_scoped(void) { ASSERT_EXCLUSIVE_WRITER_SCOPED(test_var); test_enter_scope(); }
void test_kernel_assert_access_scoped(void) { ASSERT_EXCLUSIVE_ACCESS_SCOPED(test_var); test_enter_scope(); }

void test_kernel_rmw_array(void) { for (int i = 0; i < 1536; i++) test_array[i]++; }
void test_kernel_write_struct(void)
{
	kcsan_check_write(&test_struct, sizeof(test_struct));
	kcsan_disable_current();
	test_struct.val[3]++;
	kcsan_enable_current();
}
void test_kernel_write_struct_part(void) { test_struct.val[3] = 42; }
void test_kernel_read_struct_zero_size(void) { kcsan_check_read(&test_struct.val[3], 0); }
void test_kernel_jiffies_reader(void) { sink_value(jiffies); }

/* A sequence lock as the kernel's seqlock annotates it for KCSAN. */
long read_seqbegin_(void)
{
	long seq;
	while ((seq = READ_ONCE(test_seqlock)) & 1)
		cpu_relax();
	smp_rmb();
	kcsan_atomic_next(1000);
	return seq;
}
int read_seqretry_(long seq) { smp_rmb(); kcsan_atomic_next(0); return READ_ONCE(test_seqlock) != seq; }
void test_kernel_seqlock_reader(void)
{
	long seq;
	do {
		seq = read_seqbegin_();
		sink_value(test_var);
	} while (read_seqretry_(seq));
}
void test_kernel_seqlock_writer(void)
{
	spin_lock(&test_spinlock);
	WRITE_ONCE(test_seqlock, test_seqlock + 1);
	smp_wmb();
	kcsan_nestable_atomic_begin();
	test_var++;
	kcsan_nestable_atomic_end();
	smp_wmb();
	WRITE_ONCE(test_seqlock, test_seqlock + 1);
	spin_unlock(&test_spinlock);
}
void test_kernel_atomic_builtins(void) { sink_value(__atomic_load_n(&test_var, __ATOMIC_RELAXED)); }
void test_kernel_xor_1bit(void)
{
	kcsan_nestable_atomic_begin();
	test_var ^= 0x10000;
	kcsan_nestable_atomic_end();
}

/* Returns whether it got the "lock" (the harness loops until each thread did). */
int test_kernel_with_memorder(void)
{
	if (cmpxchg_acquire(&test_struct.val[0], 0, 1) != 0)
		return 0;
	for (int i = 0; i < 100; i++) { test_var++; barrier(); }
	smp_store_release(&test_struct.val[0], 0);
	test_delay(10);
	return 1;
}
int test_kernel_wrong_memorder(void)
{
	if (cmpxchg_relaxed(&test_struct.val[0], 0, 1) != 0)
		return 0;
	for (int i = 0; i < 100; i++) { test_var++; barrier(); }
	WRITE_ONCE(test_struct.val[0], 0);
	test_delay(10);
	return 1;
}
int test_kernel_atomic_builtin_with_memorder(void)
{
	long expected = 0;
	if (!__atomic_compare_exchange_n(&test_struct.val[0], &expected, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	for (int i = 0; i < 100; i++) { test_var++; barrier(); }
	__atomic_store_n(&test_struct.val[0], 0, __ATOMIC_RELEASE);
	test_delay(10);
	return 1;
}
int test_kernel_atomic_builtin_wrong_memorder(void)
{
	long expected = 0;
	if (!__atomic_compare_exchange_n(&test_struct.val[0], &expected, 1, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
		return 0;
	for (int i = 0; i < 100; i++) { test_var++; barrier(); }
	__atomic_store_n(&test_struct.val[0], 0, __ATOMIC_RELAXED);
	test_delay(10);
	return 1;
}
