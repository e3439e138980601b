package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** C semantics of the interpreted subset, each checked against what a C compiler on x86-64 prints. */
class LanguageTest {
    private static String run(String body) {
        return Programs.console("int main(void) {\n" + body + "\nreturn 0;\n}\n");
    }

    @Test
    void unsignedCharWrapsAroundAt256() {
        assertThat(run("unsigned char c = 255; c++; u8 d = 0; d--; printk(\"%d %d\", c, d);")).isEqualTo("0 255");
    }

    @Test
    void signedCharWrapsToNegative() {
        assertThat(run("signed char c = 127; c++; s8 d = (s8)200; printk(\"%d %d\", c, d);")).isEqualTo("-128 -56");
    }

    @Test
    void shortsWrapAtSixteenBits() {
        assertThat(run("unsigned short u = 65535; u += 2; short s = 32767; s = s + 1; printk(\"%d %d\", u, s);"))
                .isEqualTo("1 -32768");
    }

    @Test
    void intAndUnsignedIntWrapAtThirtyTwoBits() {
        assertThat(run("int i = INT_MAX; i++; unsigned int u = 0; u -= 1; printk(\"%d %u\", i, u);"))
                .isEqualTo("-2147483648 4294967295");
    }

    @Test
    void sixtyFourBitTypesWrapAround() {
        assertThat(run("u64 a = 0; a--; s64 b = LONG_MAX; b++; printk(\"%llu %lld\", a, b);"))
                .isEqualTo("18446744073709551615 -9223372036854775808");
    }

    @Test
    void smallTypesArePromotedToIntBeforeArithmetic() {
        // 200 + 100 is computed in int (300), not in unsigned char; the division sees 300.
        assertThat(run("u8 a = 200, b = 100; int r = (a + b) / 3; u8 t = a + b; printk(\"%d %d\", r, t);"))
                .isEqualTo("100 44");
    }

    @Test
    void unsignedShortPromotesToSignedInt() {
        // u16 promotes to int, so (u16)0 - 1 is -1, and it compares less than 0.
        assertThat(run("u16 z = 0; printk(\"%d %d\", z - 1, z - 1 < 0);")).isEqualTo("-1 1");
    }

    @Test
    void signedIntComparedWithUnsignedIntIsConvertedToUnsigned() {
        assertThat(run("int m = -1; unsigned int u = 1; printk(\"%d %d\", m < u, m < (int)u);")).isEqualTo("0 1");
    }

    @Test
    void negativeIntComparedWithUnsignedLongIsHuge() {
        assertThat(run("int m = -1; unsigned long ul = 5; long l = 5; printk(\"%d %d\", m > ul, m > l);"))
                .isEqualTo("1 0");
    }

    @Test
    void unsignedIntMixedWithLongBecomesSignedLong() {
        // long can represent every unsigned int, so the comparison is signed.
        assertThat(run("unsigned int u = 1; long l = -1; printk(\"%d\", l < u);")).isEqualTo("1");
    }

    @Test
    void unsignedDivisionAndShiftDifferFromSigned() {
        assertThat(run("u64 a = ~0ULL; s64 b = -1; printk(\"%llu %lld %llx %lld\", a / 2, b / 2, a >> 60, b >> 60);"))
                .isEqualTo("9223372036854775807 0 f -1");
    }

    @Test
    void pointerArithmeticScalesByElementSize() {
        assertThat(run("""
                int a[4] = {10, 20, 30, 40};
                int *p = a;
                int *q = p + 3;
                long *lp = (long *)0x1000;
                printk("%d %d %ld %d %lx", *(p + 2), q[-1], q - p, *++p, (unsigned long)(lp + 2));
                """)).isEqualTo("30 30 3 20 1010");
    }

    @Test
    void structLayoutFollowsAlignmentRules() {
        assertThat(Programs.console("""
                struct s { char c; int i; char d; long l; short h; };
                union u { char c; long l; int i[3]; };
                struct n { struct s inner; char tail; };
                int main(void) {
                    struct s v;
                    printk("%lu %lu %lu %lu", sizeof(struct s), sizeof(union u), sizeof(struct n), sizeof v.i);
                    printk(" %ld %ld", (long)((char *)&v.l - (char *)&v), (long)((char *)&v.h - (char *)&v));
                    return 0;
                }
                """)).isEqualTo("32 16 40 4 16 24");
    }

    @Test
    void sizeofArraysDoesNotDecay() {
        assertThat(run("int a[7]; char s[] = \"abc\"; printk(\"%lu %lu %lu %lu\", sizeof(a), ARRAY_SIZE(a), "
                + "sizeof(s), sizeof(int *));")).isEqualTo("28 7 4 8");
    }

    @Test
    void structsAreAssignedAndPassedByValue() {
        assertThat(Programs.console("""
                struct pt { int x, y; };
                int sum(struct pt p) { p.x += 100; return p.x + p.y; }
                int main(void) {
                    struct pt a = { .y = 2, .x = 1 }, b;
                    b = a;
                    b.y = 5;
                    printk("%d %d %d %d", a.x, a.y, sum(b), b.x);
                    return 0;
                }
                """)).isEqualTo("1 2 106 1");
    }

    @Test
    void logicalOperatorsShortCircuit() {
        assertThat(Programs.console("""
                int calls;
                int touch(int v) { calls++; return v; }
                int main(void) {
                    int *p = NULL;
                    int r = (p && *p) || touch(0) || touch(7) || touch(9);
                    int s = touch(0) && touch(1);
                    printk("%d %d %d", r, s, calls);
                    return 0;
                }
                """)).isEqualTo("1 0 3");
    }

    @Test
    void switchFallsThroughUntilBreak() {
        assertThat(Programs.console("""
                int f(int v) {
                    int r = 0;
                    switch (v) {
                    case 1:
                        r += 1;
                    case 2:
                        r += 10;
                        break;
                    case 3:
                        r += 100;
                    default:
                        r += 1000;
                    }
                    return r;
                }
                int main(void) { printk("%d %d %d %d", f(1), f(2), f(3), f(4)); return 0; }
                """)).isEqualTo("11 10 1100 1000");
    }

    @Test
    void gotoJumpsForwardAndBackward() {
        assertThat(run("""
                int n = 0;
                again:
                n++;
                if (n < 3)
                    goto again;
                if (n == 3)
                    goto out;
                n = 100;
                out:
                printk("%d", n);
                """)).isEqualTo("3");
    }

    @Test
    void loopsHonourBreakAndContinue() {
        assertThat(run("""
                int s = 0, i = 0;
                while (1) { i++; if (i % 2) continue; if (i > 8) break; s += i; }
                do { s++; } while (0);
                for (int j = 0; j < 3; j++) { switch (j) { case 1: continue; } s += 100; }
                printk("%d", s);
                """)).isEqualTo("221");
    }

    @Test
    void recursionWorks() {
        assertThat(Programs.console("""
                long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
                int main(void) { printk("%ld", fib(20)); return 0; }
                """)).isEqualTo("6765");
    }

    @Test
    void enumsTypedefsAndMacrosWork() {
        assertThat(Programs.console("""
                #define N 3
                #define SQUARE(x) ((x) * (x))
                enum color { RED, GREEN = 5, BLUE };
                typedef struct { enum color c; int v[N]; } item_t;
                static item_t items[2] = { { BLUE, {1, 2, 3} }, { .c = GREEN } };
                int main(void) {
                    printk("%d %d %d %d", items[0].c, SQUARE(N + 1), items[1].c, items[0].v[2]);
                    return 0;
                }
                """)).isEqualTo("6 16 5 3");
    }

    @Test
    void functionPointersCanBeCalled() {
        assertThat(Programs.console("""
                int twice(int v) { return 2 * v; }
                struct ops { int (*fn)(int); };
                int main(void) {
                    struct ops o = { twice };
                    int (*f)(int) = &twice;
                    printk("%d %d", o.fn(4), f(5));
                    return 0;
                }
                """)).isEqualTo("8 10");
    }

    @Test
    void documentationEllipsisConventionsAreAccepted() {
        assertThat(Programs.console("""
                int x = 3;
                int main(void) {
                    ...
                    ... = x;
                    ...;
                    printk("ok");
                    return 0;
                }
                """)).isEqualTo("ok");
    }

    @Test
    void printkFormatsLikeTheKernel() {
        assertThat(run("printk(KERN_INFO \"[%5d|%-3s|%03x|%c|%%|%lu]\\n\", 42, \"ab\", 10, 'z', 7UL);"))
                .isEqualTo("[   42|ab |00a|z|%|7]\n");
    }

    @Test
    void staticLocalsKeepTheirValueBetweenCalls() {
        assertThat(Programs.console("""
                int counter(void) { static int n; return ++n; }
                int main(void) { counter(); counter(); printk("%d", counter()); return 0; }
                """)).isEqualTo("3");
    }

    @Test
    void offsetofContainerOfAndFunctionNamesWork() {
        assertThat(Programs.console("""
                struct inner { int a; long b; };
                struct outer { char c; struct inner in; int tail; };
                int main(void) {
                    struct outer o;
                    struct outer *back = container_of(&o.tail, struct outer, tail);
                    printk("%lu %d %s %d", offsetof(struct outer, in.b), back == &o, __func__, __LINE__);
                    return 0;
                }
                """)).isEqualTo("16 1 main 6");
    }

    @Test
    void linkedListOnTheHeapWorks() {
        assertThat(Programs.console("""
                struct node { int val; struct node *next; };
                static struct node *head;
                void push(int v) {
                    struct node *n = kmalloc(sizeof(*n), GFP_KERNEL);
                    n->val = v;
                    n->next = head;
                    head = n;
                }
                int main(void) {
                    int i, j, sum = 0;
                    for (i = 0, j = 10; i < j; i++, j--)
                        push(i * j);
                    for (struct node *p = head; p; p = p->next)
                        sum += p->val;
                    printk("%d", sum);
                    return 0;
                }
                """)).isEqualTo("70");
    }

    @Test
    void elidedMembersAndTopLevelPartsAreAccepted() {
        assertThat(Programs.console("""
                struct foo {
                    ...
                    int __data_racy stats_counter;
                    ...
                };
                ...
                struct foo f;
                int main(void) { f.stats_counter++; printk("%d %lu", f.stats_counter, sizeof(f)); return 0; }
                """)).isEqualTo("1 4");
    }

    @Test
    void typeofTakesTheTypeOfAnExpressionOrTypeName() {
        assertThat(Programs.console("""
                struct item { long weight; } items[3];
                typeof(items[0]) spare;
                int main(void) {
                    u8 small = 250;
                    typeof(small) copy = small + 10;
                    typeof(&items[1]) p = &items[1];
                    __typeof__(int) n = 1, m = 2;
                    swap(n, m);
                    p->weight = 7;
                    printk("%d %lu %lu %ld %d%d %lu", copy, sizeof(spare), sizeof(typeof(p)), items[1].weight, n, m,
                           sizeof((typeof(small))1000));
                    return 0;
                }
                """)).isEqualTo("4 8 8 7 21 1");
    }

    @Test
    void conditionalCompilationEvaluatesExpressionsAndElifChains() {
        assertThat(Programs.console("""
                #define CONFIG_KCSAN 1
                #define LEVEL 3
                #if LEVEL > 5
                int which = 1;
                #elif LEVEL * 2 == 6 && !defined(CONFIG_MISSING)
                int which = 2;
                #elif 1
                int which = 3;
                #else
                int which = 4;
                #endif
                #if IS_ENABLED(CONFIG_KCSAN) && !IS_ENABLED(CONFIG_KASAN)
                int both = 1;
                #else
                int both = 0;
                #endif
                #if 0
                #if UNDEFINED_THING(
                #endif
                #endif
                int main(void) { printk("%d %d", which, both); return 0; }
                """)).isEqualTo("2 1");
    }
}
