/* A network-style handler on CPU 0 interrupts the task "worker" there; "updater" on CPU 1 writes. */
long test_var;
long work;

void do_work(void)
{
	for (int i = 0; i < 50; i++)
		WRITE_ONCE(work, i);
}

void worker(void)
{
	do_work();
}

void rx_handler(void)
{
	... = test_var;
}

void updater(void)
{
	for (long i = 0; i < 200; i++)
		test_var = i;
}
