package org.kdocs.specrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each {@code :expect:} verdict on each model, through the whole path a
 * document takes: the spec directive is parsed, the example extracted, run
 * by the model's driver and judged. Each row also checks that the opposite
 * promise fails, so a verdict that always passed would be caught.
 */
class SpecVerdictsTest {
    static final String KCSAN_RACE = """
            long v; long c;
            void T1(void) { for (int i = 0; i < 100; i++) v = ++c; }
            void T2(void) { for (int i = 0; i < 100; i++) ... = v; }""";
    static final String KCSAN_QUIET = """
            long v;
            void T1(void) { for (int i = 0; i < 100; i++) WRITE_ONCE(v, i); }
            void T2(void) { for (int i = 0; i < 100; i++) ... = READ_ONCE(v); }""";
    static final String PTC_BUG = """
            int main(void)
            {
                    unsigned long p = ptc_alloc_pages(PTC_ANON, 0);
                    ptc_set_pte(ptc_mm_new(), 1, p, PTC_WRITE);
                    ptc_set_pte(ptc_mm_new(), 1, p, PTC_WRITE);
                    return 0;
            }""";
    static final String PTC_WARN = """
            int main(void)
            {
                    unsigned long p = ptc_alloc_pages(PTC_ANON, 0);
                    ptc_set_pte(ptc_mm_new(), 1, p, PTC_WRITE | PTC_UFFD_WP);
                    return 0;
            }""";
    static final String PTC_OK = """
            int main(void)
            {
                    unsigned long q = ptc_alloc_pages(PTC_FILE, 0);
                    ptc_set_pte(ptc_mm_new(), 1, q, PTC_WRITE);
                    ptc_set_pte(ptc_mm_new(), 2, q, PTC_WRITE);
                    return 0;
            }""";
    static final String ALLOC = """
            static void *keep;
            int main(void) { keep = kmalloc(8, GFP_KERNEL); pr_info("allocated\\n"); return 0; }""";
    static final String ALLOC_BUG = """
            int main(void) { BUG(); return 0; }""";
    static final String UFFD = """
            int main(void) { pr_info("%d\\n", uffd_check_vm_flags()); return 0; }""";

    static String document(String model, String name, String config, String threads, String expect, String code,
                           String output) {
        StringBuilder doc = new StringBuilder("Title\n=====\n\n.. spec:: " + model + "\n   :name: " + name + "\n");
        if (!config.isEmpty()) {
            doc.append("   :config: ").append(config).append('\n');
        }
        if (!threads.isEmpty()) {
            doc.append("   :threads: ").append(threads).append('\n');
        }
        doc.append("   :runs: 3\n   :expect: ").append(expect).append("\n\n");
        for (String line : code.split("\n")) {
            doc.append("   ").append(line).append('\n');
        }
        if (!output.isEmpty()) {
            // ";;" separates the lines of the expected output
            doc.append("\n.. spec-output:: ").append(name).append("\n\n   ")
                    .append(output.replace(";;", "\n   ")).append('\n');
        }
        return doc.toString();
    }

    static SpecResult run(String doc) {
        SpecExtractor extractor = SpecExtractor.withStandardDirectives();
        List<SpecExample> examples = extractor.read(doc, "verdicts.rst");
        assertThat(extractor.problems()).isEmpty();
        assertThat(examples).hasSize(1);
        return new SpecRunner(ModelDrivers.all()).run(examples.get(0));
    }

    @ParameterizedTest(name = "{0} shows {4}, not {5}")
    @CsvSource(delimiter = '|', textBlock = """
            kcsan            | kcsan.skip_watch=0  |      | KCSAN_RACE  | race    | no-race |
            kcsan            | kcsan.skip_watch=0  |      | KCSAN_QUIET | no-race | race    |
            kcsan            | kcsan.skip_watch=0  |      | KCSAN_QUIET | ok      | race    |
            kcsan            | kcsan.skip_watch=0  |      | KCSAN_RACE  | output  | ok      | ...;;BUG: KCSAN: data-race in T1 / T2;;...
            page-table-check | page_table_check=on | main | PTC_BUG     | bug     | ok      |
            page-table-check | page_table_check=on | main | PTC_WARN    | warn    | bug     |
            page-table-check | page_table_check=on | main | PTC_OK      | ok      | warn    |
            alloc-tag        |                     | main | ALLOC       | output  | bug     | allocated
            alloc-tag        |                     | main | ALLOC_BUG   | bug     | ok      |
            userfaultfd      |                     | main | UFFD        | ok      | bug     |
            """)
    void eachVerdictHoldsAndItsOppositeFails(String model, String config, String threads, String code,
                                             String expect, String opposite, String output) {
        String source = switch (code) {
            case "KCSAN_RACE" -> KCSAN_RACE;
            case "KCSAN_QUIET" -> KCSAN_QUIET;
            case "PTC_BUG" -> PTC_BUG;
            case "PTC_WARN" -> PTC_WARN;
            case "PTC_OK" -> PTC_OK;
            case "ALLOC" -> ALLOC;
            case "ALLOC_BUG" -> ALLOC_BUG;
            default -> UFFD;
        };
        String out = output == null ? "" : output;
        String cfg = config == null ? "" : config;
        String thr = threads == null ? "" : threads;
        SpecResult holds = run(document(model, "holds", cfg, thr, expect, source, out));
        assertThat(holds.status()).as(holds.message()).isEqualTo(SpecResult.Status.PASS);
        SpecResult fails = run(document(model, "fails", cfg, thr, opposite, source, ""));
        assertThat(fails.status()).as("expecting %s must fail", opposite).isEqualTo(SpecResult.Status.FAIL);
    }

    /** The single run of an example expected ok that fails; {@code options} follow {@code :runs: 1}. */
    private static SpecResult failedRun(String model, String name, String threads, String code, String options) {
        SpecResult result = run(document(model, name, "", threads, "ok", code, "")
                .replace(":runs: 3", ":runs: 1" + options));
        assertThat(result.status()).isEqualTo(SpecResult.Status.FAIL);
        return result;
    }

    private static final String SPIN = "int flag;\nvoid T1(void) { while (!READ_ONCE(flag)); }";

    @org.junit.jupiter.api.Test
    void aNonTerminatingExampleEndsWithAClearLimitMessage() {
        assertThat(failedRun("kcsan", "spin", "", SPIN, "\n   :steps: 5000").message()).isEqualTo(
                "expected ok in every run; 0 of 1 runs showed it (step limit exceeded in T1 at line 11)");
    }

    @org.junit.jupiter.api.Test
    void anExampleStoppedByItsTimeLimitSaysSoInItsMessage() {
        // issue 17, item 14: the text summary gives the reason that the JSON's signatures give
        assertThat(failedRun("kcsan", "slow", "", SPIN, "\n   :steps: 2000000000\n   :timeout: 300ms").message())
                .matches("expected ok in every run; 0 of 1 runs showed it"
                        + " \\(time limit exceeded \\(300 ms\\) in .+\\)");
    }

    @org.junit.jupiter.api.Test
    void anExampleStoppedByStackDepthSaysSoInItsMessageAsInItsSignatures() {
        SpecResult result = failedRun("page-table-check", "deep", "main",
                "int f(int n) { return f(n + 1) + 1; }\nint main(void) { return f(0); }", "");
        assertThat(result.signatures()).containsOnlyKeys("dmesg.BUG:stack_guard_page_was_hit(kernel_stack_overflow)");
        assertThat(result.message()).isEqualTo("expected ok in every run; 0 of 1 runs showed it"
                + " (a run showed: BUG: stack guard page was hit (kernel stack overflow))");
    }
}
