package org.kdocs.models.kcsan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdocs.interp.CProgram;
import org.kdocs.interp.Origin;
import org.kdocs.interp.RunOptions;
import org.kdocs.interp.Symbols;
import org.kdocs.testing.TestResources;

/**
 * The cases of the kernel's KCSAN KUnit suite (kernel/kcsan/kcsan_test.c,
 * Linux 6.12; one test per case of its kcsan_test_cases[] table),
 * run on the model under the default and the strict profile.
 *
 * <p>Timing: the kernel runs each case for about 3.5 s, enough for millions
 * of accesses and so for many sampled watchpoints at one in up to 4000.
 * Here each of two threads runs the case's two kernels alternately 60 times,
 * over 8 seeded runs, with {@code kcsan.skip_watch=0} so that every eligible
 * access is watched: the sampling is denser, the rules deciding what is
 * reported are the same. Runs are seeded, so the outcome is repeatable.
 *
 * <p>Matching follows the suite's report capture: the title must contain the
 * expected title, and the two access lines must contain the expected access
 * texts, in either order; with weak-memory modelling (strict profile) any
 * access may also appear as "(reordered)".
 */
class KcsanCatalogueTest {
    private static final int ITERATIONS = 60;
    private static final int RUNS = 8;
    private static final String KERNELS = resource("kcsan/test-kernels.c");

    enum Profile {
        DEFAULT(List.of("kcsan.skip_watch=0")),
        STRICT(List.of("kcsan.skip_watch=0", "CONFIG_KCSAN_STRICT=y"));

        final List<String> settings;

        Profile(List<String> settings) {
            this.settings = settings;
        }
    }

    /** An expected access line: type words, variable (null: any address) and size. */
    record Access(String type, String variable, int size) {
        String text(Symbols symbols) {
            if (variable == null) {
                return type + " to ";
            }
            String base = variable.replaceAll("\\..*", "");
            long address = symbols.variable(base).orElseThrow().address() + (variable.endsWith("val[3]") ? 24 : 0);
            return type + " to 0x" + String.format("%016x", address) + " of " + size + " bytes";
        }
    }

    /** An expected report: title text and two accesses (the second null for unknown origin). */
    record Expected(String title, Access first, Access second) {
        boolean matches(List<String> report, Symbols symbols, boolean anyReordered) {
            if (!report.get(1).contains(title)) {
                return false;
            }
            List<String> lines = report.stream().filter(l -> l.contains("bytes by")).toList();
            if (second == null) {
                return lines.size() == 1 && lines.get(0).contains("race at unknown origin, with ")
                        && variants(first, symbols, anyReordered).stream().anyMatch(lines.get(0)::contains);
            }
            if (lines.size() != 2) {
                return false;
            }
            return (fits(lines.get(0), first, symbols, anyReordered) && fits(lines.get(1), second, symbols, anyReordered))
                    || (fits(lines.get(1), first, symbols, anyReordered) && fits(lines.get(0), second, symbols, anyReordered));
        }

        private static boolean fits(String line, Access access, Symbols symbols, boolean anyReordered) {
            return variants(access, symbols, anyReordered).stream().anyMatch(line::contains);
        }

        private static List<String> variants(Access access, Symbols symbols, boolean anyReordered) {
            List<String> texts = new ArrayList<>(List.of(access.text(symbols)));
            if (anyReordered && !access.type().contains("reordered")) {
                String type = access.type().endsWith("(marked)")
                        ? access.type().replace("(marked)", "(marked, reordered)") : access.type() + " (reordered)";
                texts.add(new Access(type, access.variable(), access.size()).text(symbols));
            }
            return texts;
        }
    }

    static Access var(String type) {
        return new Access(type, "test_var", 8);
    }

    static String title(String a, String b) {
        return "BUG: KCSAN: data-race in " + (a.compareTo(b) <= 0 ? a + " / " + b : b + " / " + a);
    }

    static String assertTitle(String a, String b) {
        return title(a, b).replace("data-race", "assert: race");
    }

    /**
     * One case: its number and name, the two kernels, the report it looks for,
     * the report it must never see, and whether the first is expected per profile.
     */
    record Case(int number, String name, String kernel0, String kernel1, List<Expected> expect, Expected never,
                boolean expectedDefault, boolean expectedStrict) {
        @Override
        public String toString() {
            return "#" + number + " " + name;
        }
    }

    static Case c(int n, String name, String k0, String k1, Expected expect, boolean byDefault, boolean strict) {
        return new Case(n, name, k0, k1, expect == null ? List.of() : List.of(expect), null, byDefault, strict);
    }

    static final String READ = "test_kernel_read";
    static final String WRITE = "test_kernel_write";

    static List<Case> cases() {
        Expected rwArray = new Expected(title("test_kernel_rmw_array", "test_kernel_rmw_array"),
                new Access("read-write", null, 8), new Access("read-write", null, 8));
        Expected struct = new Expected(title("test_kernel_write_struct", "test_kernel_write_struct"),
                new Access("write", "test_struct", 64), new Access("write", "test_struct", 64));
        Expected noChange = new Expected(title(READ, "test_kernel_write_nochange"), var("write"), var("read"));
        Expected withBarrier = new Expected(title("test_kernel_with_memorder", "test_kernel_with_memorder"),
                var("read-write"), var("read-write"));
        Expected wrongBarrier = new Expected(title("test_kernel_wrong_memorder", "test_kernel_wrong_memorder"),
                var("read-write"), var("read-write"));
        Expected builtinWith = new Expected(title("test_kernel_atomic_builtin_with_memorder",
                "test_kernel_atomic_builtin_with_memorder"), var("read-write"), var("read-write"));
        Expected builtinWrong = new Expected(title("test_kernel_atomic_builtin_wrong_memorder",
                "test_kernel_atomic_builtin_wrong_memorder"), var("read-write"), var("read-write"));
        return List.of(
                new Case(2, "test_basic", WRITE, READ,
                        List.of(new Expected(title(READ, WRITE), var("write"), var("read"))),
                        new Expected("BUG: KCSAN: ", var("read"), var("read")), true, true),
                new Case(3, "test_concurrent_races", "test_kernel_rmw_array", "test_kernel_rmw_array",
                        List.of(rwArray), new Expected("BUG: KCSAN: ", new Access("read", null, 8),
                        new Access("read", null, 8)), true, true),
                c(4, "test_novalue_change", "test_kernel_write_nochange", READ, noChange, false, true),
                c(5, "test_novalue_change_exception", "test_kernel_write_nochange_rcu", READ,
                        new Expected(title(READ, "test_kernel_write_nochange_rcu"), var("write"), var("read")),
                        true, true),
                c(6, "test_unknown_origin", "test_kernel_write_uninstrumented", READ,
                        new Expected("BUG: KCSAN: data-race in test_kernel_read+", var("read"), null), true, true),
                c(7, "test_write_write_assume_atomic", WRITE, WRITE,
                        new Expected(title(WRITE, WRITE), var("write"), var("write")), false, true),
                c(8, "test_write_write_struct", "test_kernel_write_struct", "test_kernel_write_struct", struct,
                        true, true),
                c(9, "test_write_write_struct_part", "test_kernel_write_struct", "test_kernel_write_struct_part",
                        new Expected(title("test_kernel_write_struct", "test_kernel_write_struct_part"),
                                new Access("write", "test_struct", 64), new Access("write", "test_struct.val[3]", 8)),
                        true, true),
                c(10, "test_read_atomic_write_atomic", "test_kernel_read_atomic", "test_kernel_write_atomic", null,
                        false, false),
                c(11, "test_read_plain_atomic_write", READ, "test_kernel_write_atomic",
                        new Expected(title(READ, "test_kernel_write_atomic"), var("read"), var("write (marked)")),
                        true, true),
                c(12, "test_read_plain_atomic_rmw", READ, "test_kernel_atomic_rmw",
                        new Expected(title(READ, "test_kernel_atomic_rmw"), var("read"), var("read-write (marked)")),
                        true, true),
                new Case(13, "test_zero_size_access", "test_kernel_write_struct", "test_kernel_read_struct_zero_size",
                        List.of(struct), new Expected("BUG: KCSAN: ", new Access("write", "test_struct", 64),
                        new Access("read", "test_struct.val[3]", 0)), true, true),
                c(14, "test_data_race", "test_kernel_data_race", "test_kernel_data_race", null, false, false),
                c(15, "test_data_racy_qualifier", "test_kernel_data_racy_qualifier",
                        "test_kernel_data_racy_qualifier", null, false, false),
                c(16, "test_assert_exclusive_writer", "test_kernel_assert_writer", "test_kernel_write_nochange",
                        new Expected(assertTitle("test_kernel_assert_writer", "test_kernel_write_nochange"),
                                var("assert no writes"), var("write")), true, true),
                c(17, "test_assert_exclusive_access", "test_kernel_assert_access", READ,
                        new Expected(assertTitle("test_kernel_assert_access", READ), var("assert no accesses"),
                                var("read")), true, true),
                new Case(18, "test_assert_exclusive_access_writer", "test_kernel_assert_access",
                        "test_kernel_assert_writer",
                        List.of(new Expected(assertTitle("test_kernel_assert_access", "test_kernel_assert_writer"),
                                        var("assert no accesses"), var("assert no writes")),
                                new Expected(assertTitle("test_kernel_assert_access", "test_kernel_assert_access"),
                                        var("assert no accesses"), var("assert no accesses"))),
                        new Expected("BUG: KCSAN: ", var("assert no writes"), var("assert no writes")), true, true),
                c(19, "test_assert_exclusive_bits_change", "test_kernel_assert_bits_change", "test_kernel_change_bits",
                        new Expected(assertTitle("test_kernel_assert_bits_change", "test_kernel_change_bits"),
                                var("assert no writes"), var("write (marked)")), true, true),
                c(20, "test_assert_exclusive_bits_nochange", "test_kernel_assert_bits_nochange",
                        "test_kernel_change_bits", null, false, false),
                new Case(21, "test_assert_exclusive_writer_scoped", "test_kernel_assert_writer_scoped",
                        "test_kernel_write_nochange",
                        List.of(new Expected(assertTitle("test_kernel_assert_writer_scoped", "test_kernel_write_nochange"),
                                var("assert no writes (reordered)"), var("write"))),
                        new Expected("test_enter_scope", var("assert no writes (reordered)"), var("write")), true, true),
                new Case(22, "test_assert_exclusive_access_scoped", "test_kernel_assert_access_scoped", READ,
                        List.of(new Expected(assertTitle("test_kernel_assert_access_scoped", READ),
                                        var("assert no accesses (reordered)"), var("read")),
                                new Expected(assertTitle("test_kernel_assert_access_scoped",
                                        "test_kernel_assert_access_scoped"), var("assert no accesses (reordered)"),
                                        var("assert no accesses (reordered)"))),
                        new Expected("test_enter_scope", var("assert no accesses (reordered)"), var("read")),
                        true, true),
                c(23, "test_jiffies_noreport", "test_kernel_jiffies_reader", "test_kernel_jiffies_reader", null,
                        false, false),
                c(24, "test_seqlock_noreport", "test_kernel_seqlock_reader", "test_kernel_seqlock_writer", null,
                        false, false),
                c(25, "test_atomic_builtins", "test_kernel_atomic_builtins", "test_kernel_atomic_builtins", null,
                        false, false),
                c(26, "test_1bit_value_change", READ, "test_kernel_xor_1bit",
                        new Expected(title(READ, "test_kernel_xor_1bit"), var("read"), var("read-write")), true, true),
                c(27, "test_correct_barrier", "test_kernel_with_memorder", "test_kernel_with_memorder", withBarrier,
                        false, false),
                c(28, "test_missing_barrier", "test_kernel_wrong_memorder", "test_kernel_wrong_memorder",
                        wrongBarrier, false, true),
                c(29, "test_atomic_builtins_correct_barrier", "test_kernel_atomic_builtin_with_memorder",
                        "test_kernel_atomic_builtin_with_memorder", builtinWith, false, false),
                c(30, "test_atomic_builtins_missing_barrier", "test_kernel_atomic_builtin_wrong_memorder",
                        "test_kernel_atomic_builtin_wrong_memorder", builtinWrong, false, true));
    }

    static Stream<Arguments> casesByProfile() {
        return cases().stream().flatMap(c -> Stream.of(Arguments.of(c, Profile.DEFAULT), Arguments.of(c, Profile.STRICT)));
    }

    @ParameterizedTest(name = "{0} under the {1} profile")
    @MethodSource("casesByProfile")
    void givesTheCataloguedVerdict(Case c, Profile profile) {
        String threads = c.number() >= 27
                // lock-taking kernels: each thread calls its kernel back to back until it held the "lock" a
                // few times, as access_thread goes on for the whole test duration while another holds it
                ? lockLoop("T1", c.kernel0()) + lockLoop("T2", c.kernel1())
                : "void T1(void) { for (int i = 0; i < " + ITERATIONS + "; i++) { " + c.kernel0() + "(); "
                        + c.kernel1() + "(); } }\nvoid T2(void) { for (int i = 0; i < " + ITERATIONS + "; i++) { "
                        + c.kernel1() + "(); " + c.kernel0() + "(); } }\n";
        String preset = c.number() == 4 ? "void __no_kcsan preset(void) { test_var = 42; }\n" : "";
        CProgram.Compilation compiled = KcsanRunner.compile(KERNELS + preset + threads, Origin.of("test-kernels.c"));
        assertThat(compiled.errors()).isEmpty();
        KcsanConfig config = KcsanConfig.parse(profile.settings);
        RunOptions options = RunOptions.builder().thread("T1").thread("T2").seed(1, RUNS).stepLimit(20_000_000)
                .setup(machine -> machine.symbols().variable("test_var").ifPresent(v -> {
                    if (c.number() == 4) {
                        machine.memory().write(v.address(), 8, 42);
                    }
                })).build();
        Symbols symbols = compiled.program().symbols();
        List<List<String>> reports = KcsanRunner.run(compiled.program(), config, options).stream()
                .flatMap(run -> run.reports().stream()).filter(r -> r.get(1).contains("test_")).toList();
        boolean anyReordered = config.weakMemory();
        boolean expected = profile == Profile.DEFAULT ? c.expectedDefault() : c.expectedStrict();
        if (c.expect().isEmpty()) {
            assertThat(reports).as("no report may appear").isEmpty();
            return;
        }
        boolean seen = reports.stream().anyMatch(r -> c.expect().stream().anyMatch(e -> e.matches(r, symbols, anyReordered)));
        assertThat(seen).as("expected report %s; got %s", c.expect(), titles(reports)).isEqualTo(expected);
        if (c.never() != null) {
            assertThat(reports).as("a report that must never appear")
                    .noneMatch(r -> c.never().matches(r, symbols, anyReordered));
        }
    }

    private static String lockLoop(String thread, String kernel) {
        return "void __no_kcsan " + thread + "(void) { int done = 0; while (done < 3) done += " + kernel + "(); }\n";
    }

    private static List<String> titles(List<List<String>> reports) {
        return reports.stream().map(r -> String.join(" | ", r.subList(1, Math.min(r.size(), 12)))).toList();
    }

    private static String resource(String name) {
        return TestResources.read(name);
    }
}
