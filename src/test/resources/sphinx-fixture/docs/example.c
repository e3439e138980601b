/* head */
static int counter;

/* begin */
    int add(int a, int b)
    {
            return a + b;
    }
/* end */
