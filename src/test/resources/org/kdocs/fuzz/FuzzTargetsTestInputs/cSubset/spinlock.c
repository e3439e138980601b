int x; spinlock_t lock;
void T1(void) { spin_lock(&lock); x++; spin_unlock(&lock); }
void T2(void) { spin_lock(&lock); ... = x; spin_unlock(&lock); }
int main(void) { T1(); T2(); return 0; }
