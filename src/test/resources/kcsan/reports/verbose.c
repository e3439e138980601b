/* CONFIG_KCSAN_VERBOSE=y: each stack is followed by the task's held locks and its irq events. */
long test_var;
DEFINE_SPINLOCK(stats_lock);
DEFINE_MUTEX(config_mutex);

void producer(void)
{
	unsigned long flags;

	mutex_lock(&config_mutex);
	spin_lock_irqsave(&stats_lock, flags);
	for (long i = 0; i < 200; i++)
		test_var = i;
	spin_unlock_irqrestore(&stats_lock, flags);
	mutex_unlock(&config_mutex);
}

void consumer(void)
{
	local_bh_disable();
	for (int i = 0; i < 200; i++)
		... = test_var;
	local_bh_enable();
}
