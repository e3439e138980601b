long f(long n) { return n < 2 ? n : f(n - 1) + f(n - 2); }
int main(void)
{
        long a[8]; int i;
        for (i = 0; i < 8; i++) a[i] = f(i) * (i % 3 ? 1 : -1);
        switch (a[3]) { case 2: break; default: return 1; }
        while (i--) if (a[i] > 4) break;
        return READ_ONCE(a[0]) + (int)sizeof(a) / 8 + (i ? 1 : 0);
}
