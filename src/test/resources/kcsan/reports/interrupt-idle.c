/* A timer interrupt on idle CPU 1 reads test_var while code KCSAN does not see changes it. */
long test_var;

void __no_kcsan writer(void)
{
	for (int i = 0; i < 100; i++) {
		test_var++;
		udelay(1);
	}
}

void timer_handler(void)
{
	... = test_var;
}
