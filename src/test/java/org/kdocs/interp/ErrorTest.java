package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every error class: compile errors point into the document, runtime faults are kernel-like oopses. */
class ErrorTest {
    @Test
    void parseErrorCarriesDocumentFileLineAndColumn() {
        // Origin: line 1 of the example is line 10 of doc.rst, column 1 is column 5 (an indented block)
        Diagnostic d = Programs.compileError("int main(void) {\n  int x = 1\n  return x;\n}\n");
        assertThat(d.toString()).isEqualTo("doc.rst:12:7: error: expected ';' after declaration before 'return'");
    }

    @Test
    void lexicalErrorsAreReported() {
        assertThat(Programs.compileError("int main(void) { return 1 @ 2; }").toString())
                .isEqualTo("doc.rst:10:31: error: stray '@' in program");
        assertThat(Programs.compileError("char *s = \"open;\n").message())
                .isEqualTo("missing terminating \" character");
    }

    @Test
    void exponentialMacroExpansionIsAnErrorNotAHang() {
        StringBuilder src = new StringBuilder("#define M0 1\n");
        for (int i = 1; i < 40; i++) {
            src.append("#define M").append(i).append(" M").append(i - 1).append(" + M").append(i - 1).append('\n');
        }
        src.append("int x = M39;\n");
        assertThat(Programs.compileError(src.toString()).message()).startsWith("macro expansion of");
    }

    @Test
    void undeclaredIdentifierIsATypeError() {
        assertThat(Programs.compileError("int main(void) {\n  return y;\n}").toString())
                .isEqualTo("doc.rst:11:14: error: 'y' undeclared");
    }

    @Test
    void typeErrorsNameTheOffendingTypes() {
        assertThat(Programs.compileError("struct s { int a; }; int main(void) { struct s v; return v.b; }").message())
                .isEqualTo("'struct s' has no member named 'b'");
        assertThat(Programs.compileError("int main(void) { int x; return *x; }").message())
                .isEqualTo("invalid type argument of unary '*' (have 'int')");
        assertThat(Programs.compileError("struct s { int a; }; int main(void) { struct s v; return v + 1; }")
                .message()).isEqualTo("invalid operands to binary + (have 'struct s' and 'int')");
        assertThat(Programs.compileError("int f(int a) { return a; } int main(void) { return f(); }").message())
                .isEqualTo("too few arguments to function 'f'");
        assertThat(Programs.compileError("int main(void) { undefined_fn(); return 0; }").message())
                .isEqualTo("implicit declaration of function 'undefined_fn'");
        assertThat(Programs.compileError("void later(void);\nint main(void) { later(); return 0; }").message())
                .isEqualTo("undefined reference to 'later' (declared but never defined)");
        assertThat(Programs.compileError("int main(void) { 3 = 4; return 0; }").message())
                .isEqualTo("lvalue required as operand");
        assertThat(Programs.compileError("int main(void) { break; }").message())
                .isEqualTo("break statement not within loop or switch");
        assertThat(Programs.compileError("int main(void) { goto nowhere; }").message())
                .isEqualTo("label 'nowhere' used but not defined");
    }

    @Test
    void nullPointerDereferenceIsAnOopsWithTheSourceLocation() {
        RunResult r = Programs.runMain("struct s { int a, b; };\nint main(void) {\n  struct s *p = NULL;\n"
                + "  return p->b;\n}\n");
        assertThat(r.outcome().message()).isEqualTo("BUG: kernel NULL pointer dereference, address: 0000000000000004");
        Outcome.Fault f = (Outcome.Fault) r.outcome();
        assertThat(f.site().line()).isEqualTo(4);
        assertThat(f.thread()).isEqualTo("T1");
        assertThat(r.console()).contains("Read of size 4 at addr 0000000000000004 by task T1/101")
                .contains("main+0x").contains("(example.c:4)");
    }

    @Test
    void outOfBoundsAccessIsAKasanReport() {
        RunResult r = Programs.runMain("int main(void) {\n int *p = kmalloc(4 * sizeof(int), GFP_KERNEL);\n"
                + " p[4] = 1;\n return 0;\n}\n");
        assertThat(r.outcome().message()).matches("BUG: KASAN: slab-out-of-bounds in main\\+0x[0-9a-f]+/0x[0-9a-f]+");
        assertThat(r.console()).contains("Write of size 4 at addr ffff888000100010");
        assertThat(Programs.runMain("int a[3]; int main(void) { return a[3]; }").outcome().message())
                .startsWith("BUG: KASAN: global-out-of-bounds in main+0x");
    }

    @Test
    void useAfterFreeIsDetected() {
        RunResult r = Programs.runMain("int main(void) {\n int *p = kzalloc(8, GFP_KERNEL);\n kfree(p);\n"
                + " return *p;\n}\n");
        assertThat(r.outcome().message()).startsWith("BUG: KASAN: slab-use-after-free in main+0x");
        assertThat(((Outcome.Fault) r.outcome()).site().line()).isEqualTo(4);
    }

    @Test
    void doubleFreeIsDetected() {
        assertThat(Programs.runMain("int main(void) { void *p = kmalloc(8, GFP_KERNEL); kfree(p); kfree(p); return 0; }")
                .outcome().message()).startsWith("BUG: KASAN: double-free in main+0x");
    }

    @Test
    void divisionByZeroIsADivideError() {
        RunResult r = Programs.runMain("int zero;\nint main(void) {\n  return 10 / zero;\n}\n");
        assertThat(r.outcome().message()).isEqualTo("Oops: divide error: 0000 [#1] PREEMPT SMP");
        assertThat(((Outcome.Fault) r.outcome()).site().line()).isEqualTo(3);
        assertThat(Programs.runMain("int main(void) { int a = 1, z = 0; a %= z; return a; }").outcome())
                .isInstanceOf(Outcome.Fault.class);
    }

    @Test
    void bugOnStopsTheRunWithTheKernelMessage() {
        assertThat(Programs.runMain("int main(void) {\n  BUG_ON(1 + 1 == 2);\n  return 0;\n}").outcome().message())
                .isEqualTo("kernel BUG at example.c:2!");
    }

    /** With other threads a spin that nobody ends is found (the spinner waits for a change that never comes). */
    @Test
    void spinningWithoutAWriterIsADeadlockNamingThreadAndLine() {
        RunResult r = Programs.run("""
                int flag;
                void writer(void) { }
                void reader(void) {
                    while (!READ_ONCE(flag))
                        ;
                }
                """, o -> o.thread("writer").thread("reader").stepLimit(100_000)).first();
        assertThat(r.outcome()).isInstanceOf(Outcome.Deadlock.class);
        assertThat(r.outcome().message()).isEqualTo("deadlock: every thread is blocked (T2 spinning at line 4)");
        assertThat(r.steps()).isLessThan(100);
    }

    @Test
    void spinningAloneHitsTheStepLimitNamingThreadAndLine() {
        RunResult odd = Programs.run("int flag;\nvoid reader(void) {\n  while (!READ_ONCE(flag))\n    ;\n}\n",
                o -> o.thread("reader").stepLimit(12_345)).first();
        assertThat(odd.outcome().message()).isEqualTo("step limit exceeded in T1 at line 3");
    }

    @Test
    void wallClockLimitStopsALongRun() {
        RunResult r = Programs.run("int main(void) {\n  for (;;)\n    ;\n}\n",
                o -> o.stepLimit(Long.MAX_VALUE).timeLimit(Duration.ofMillis(200))).first();
        assertThat(r.outcome()).isInstanceOf(Outcome.TimeLimit.class);
        assertThat(r.outcome().message()).matches("time limit exceeded \\(200 ms\\) in T1 at line [23]");
    }

    @Test
    void unboundedRecursionIsAStackOverflowFault() {
        assertThat(Programs.runMain("int f(int n) { return f(n + 1) + 1; } int main(void) { return f(0); }")
                .outcome().message()).startsWith("BUG: stack guard page was hit");
    }

    @Test
    void missingThreadFunctionIsAnInvalidRun() {
        assertThat(Programs.run("int main(void) { return 0; }", o -> o.thread("nope")).first().outcome())
                .isEqualTo(new Outcome.Invalid("no function named 'nope' to run"));
    }

    @Test
    void mangledProgramsNeverThrow() {
        String valid = """
                #define N 4
                struct s { int a[N]; long b; };
                DEFINE_SPINLOCK(l);
                int g;
                int f(struct s *p, int i) { switch (i) { case 1: return p->a[i]; default: break; } return -1; }
                int main(void) {
                    struct s v = { {1, 2, 3, 4}, 5 };
                    spin_lock(&l);
                    for (int i = 0; i < N; i++) g += f(&v, i) / (i - 2);
                    spin_unlock(&l);
                    printk("%d %s\\n", g, "done");
                    return 0;
                }
                """;
        Random random = new Random(1234);
        String alphabet = "{}()[];,*&+-/%<>=!~?:.\"'#\\ \n0123456789abcxyzNULL";
        int compiled = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder(valid);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(sb.length());
                switch (random.nextInt(3)) {
                    case 0 -> sb.deleteCharAt(at);
                    case 1 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            CProgram.Compilation c = CProgram.compile(sb.toString(), Origin.of("fuzz.c"));
            assertThat(c.ok() || !c.errors().isEmpty()).isTrue();
            assertThat(c.errors()).noneMatch(d -> d.message().startsWith("internal"));
            if (c.ok()) {
                compiled++;
                RunResult r = c.program().run(RunOptions.builder().stepLimit(20_000)
                        .timeLimit(Duration.ofSeconds(2)).build()).first();
                assertThat(r.outcome()).isNotInstanceOf(Outcome.Invalid.class);
            }
        }
        assertThat(compiled).isGreaterThan(0);
    }
}
