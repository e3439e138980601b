package org.kdocs.specrun;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * The fuzz target of the spec markup (see org.kdocs.fuzz): the same text read as reStructuredText with the
 * spec directives and as AsciiDoc spec blocks; both must report problems, never throw.
 */
public final class SpecMarkupFuzzer {
    private SpecMarkupFuzzer() {
    }

    /** Called by Jazzer before fuzzing: loads and instruments the classes outside the per-input timeout. */
    public static void fuzzerInitialize() {
        fuzzerTestOneInput((".. spec:: kcsan\n   :name: warm\n   :threads: T1\n   :expect: pass\n\n"
                + "   int x;\n   void T1(void) { x = 1; }\n").getBytes(StandardCharsets.UTF_8));
    }

    public static void fuzzerTestOneInput(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        SpecExtractor.withStandardDirectives().read(text, "fuzz.rst");
        AsciiDocSpecs.read(text, "fuzz.adoc", new ArrayList<>());
    }
}
