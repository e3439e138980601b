package org.kdocs.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compile-time table of builtin call sites ({@link Symbols#callSites()}). Which functions it keeps
 * follows GCC 12 at -O2 (measured with a section of per-call-site statics, as DEFINE_ALLOC_TAG makes):
 * an unreferenced static function is dropped with its statics, and so is a static function that only a
 * dropped one calls; functions with external linkage stay.
 */
class CallSiteTableTest {
    /** callee@function:line:column, the column being the call's opening parenthesis. */
    private static List<String> sites(String source) {
        return Programs.compile(source).symbols().callSites().stream()
                .map(c -> c.callee() + "@" + c.function() + ":" + c.line() + ":" + c.column()).toList();
    }

    @Test
    void unreferencedStaticFunctionsAreDroppedWithTheirCallsTransitively() {
        assertThat(sites("""
                static void *unused(void) { return kmalloc(8, GFP_KERNEL); }
                static void *only_from_unused(void) { return vmalloc(8); }
                static void *unused2(void) { return only_from_unused(); }
                static void *helper(void) { return kzalloc(8, GFP_KERNEL); }
                void *api(void) { return helper(); }
                int main(void) { kfree(kmalloc(1, GFP_KERNEL)); return 0; }
                """)).containsExactly("kzalloc@helper:4:43", "kfree@main:6:23", "kmalloc@main:6:31");
    }

    @Test
    void anAddressInAGlobalInitializerOrAStaticPrototypeDecides() {
        assertThat(sites("""
                static void *by_pointer(void) { return kmalloc(8, GFP_KERNEL); }
                static void *(*hook)(void) = by_pointer;
                static void *declared_static(void);
                void *declared_static(void) { return vmalloc(8); }
                int main(void) { return sizeof(kmalloc(8, GFP_KERNEL)) == 0; }
                """)).containsExactly("kmalloc@by_pointer:1:47");
    }

    @Test
    void aCallSiteCarriesThePositionOfTheSiteTheRunReports() {
        CProgram program = Programs.compile("""
                int main(void)
                {
                        void *a = kmalloc(8, GFP_KERNEL), *b = kmalloc(8, GFP_KERNEL);

                        kfree(a);
                        kfree(b);
                        return 0;
                }
                """);
        List<String> seen = new ArrayList<>();
        program.run(RunOptions.builder().setup(m -> m.addListener(new Listener() {
            @Override
            public void onAlloc(Allocation a) {
                seen.add(a.site().file() + ":" + a.site().line() + ":" + a.site().column());
            }
        })).build());
        List<String> table = program.symbols().callSites().stream().filter(c -> c.callee().equals("kmalloc"))
                .map(c -> c.file() + ":" + c.line() + ":" + c.column()).toList();
        assertThat(table).hasSize(2).isEqualTo(seen);
    }
}
