package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The C the kernel's examples lean on beyond the basics: bit-fields, compound literals, GNU statement
 * expressions and the preprocessor's {@code #} and {@code ##}. Expected outputs are what gcc on x86-64 prints.
 */
class ExtensionsTest {
    @Test
    void bitFieldsPackTruncateAndSignExtend() {
        assertThat(Programs.console("""
                struct flags { unsigned int a : 3, b : 5; int s : 4; unsigned int : 0; u8 c : 2; };
                int main(void) {
                    struct flags f = { .a = 9, .b = 31, .s = 7 };
                    f.s += 2; f.c = 7; f.b++;
                    printk("%d %d %d %d %lu", f.a, f.b, f.s, f.c, sizeof(f));
                    return 0;
                }
                """)).isEqualTo("1 0 -7 3 8");
    }

    @Test
    void bitFieldsShareTheirStorageUnit() {
        // a and b are bits 0-3 and 4-7 of the same byte; writing one keeps the other
        assertThat(Programs.console("""
                struct nib { u8 lo : 4, hi : 4; } n;
                int main(void) {
                    n.lo = 0x3; n.hi = 0xa;
                    u8 *raw = (u8 *)&n;
                    printk("%x %lu", *raw, sizeof(n));
                    return 0;
                }
                """)).isEqualTo("a3 1");
    }

    @Test
    void compoundLiteralsAreObjectsOfTheBlock() {
        assertThat(Programs.console("""
                struct pt { int x, y; };
                int sum(struct pt *p) { return p->x + p->y; }
                int main(void) {
                    struct pt *p = &(struct pt){ 3, 4 };
                    int *arr = (int[]){ 5, 6, 7 };
                    p->x = 30;
                    printk("%d %d %d", sum(p), sum(&(struct pt){ .y = 10 }), arr[2]);
                    return 0;
                }
                """)).isEqualTo("34 10 7");
    }

    @Test
    void statementExpressionsYieldTheirLastValue() {
        assertThat(Programs.console("""
                #define max_t(t, a, b) ({ t _a = (a); t _b = (b); _a > _b ? _a : _b; })
                int calls;
                int next(void) { return ++calls; }
                int main(void) {
                    int x = ({ int t = 5; t * 2; });
                    int y = ({ int a = x; a > 5 ? a : 0; }) + 1;
                    int m = max_t(int, next(), 0);
                    printk("%d %d %d %d", x, y, m, calls);
                    return 0;
                }
                """)).isEqualTo("10 11 1 1");
    }

    @Test
    void stringifyAndPasteFollowC11() {
        assertThat(Programs.console("""
                #define STR(x) #x
                #define XSTR(x) STR(x)
                #define CAT(a, b) a ## b
                #define FIELD(n) field_ ## n
                #define VAL 42
                int main(void) {
                    int field_1 = 11, CAT(ab, cd) = 12;
                    printk("%s|%s|%d|%d|%s", STR(a  +   b "q\\n"), XSTR(VAL), FIELD(1), abcd, STR( x ));
                    return 0;
                }
                """)).isEqualTo("a + b \"q\\n\"|42|11|12|x");
    }

    @Test
    void gnuCommaPasteDropsTheCommaWithoutArguments() {
        assertThat(Programs.console("""
                #define LOG(fmt, ...) printk("%s " fmt ";", #fmt, ## __VA_ARGS__)
                int main(void) { LOG("v=%d", 3); LOG("none"); return 0; }
                """)).isEqualTo("\"v=%d\" v=3;\"none\" none;");
    }

    @Test
    void misusesAreCompileErrors() {
        assertThat(Programs.compileError("struct s { int a : 3; } v; int main(void) { int *p = &v.a; return 0; }")
                .message()).isEqualTo("cannot take address of bit-field 'a'");
        assertThat(Programs.compileError("struct s { char a : 9; };").message())
                .isEqualTo("width of 'a' exceeds its type");
        assertThat(Programs.compileError("struct s { int a : 0; };").message())
                .isEqualTo("zero width for bit-field 'a'");
        assertThat(Programs.compileError("#define P(a, b) a ## b\nint x = P(1, +);").message())
                .isEqualTo("pasting \"1\" and \"+\" does not give a valid preprocessing token");
        assertThat(Programs.compileError("int y = ({ 1; });").message())
                .isEqualTo("statement expressions are only allowed inside functions");
    }
}
