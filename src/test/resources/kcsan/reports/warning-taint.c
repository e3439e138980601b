/* An unbalanced kcsan_enable_current() warns; the race reported after it finds the kernel tainted. */
long test_var;

void producer(void)
{
	kcsan_enable_current();
	for (long i = 0; i < 200; i++)
		test_var = i;
}

void consumer(void)
{
	for (int i = 0; i < 200; i++)
		... = test_var;
}
