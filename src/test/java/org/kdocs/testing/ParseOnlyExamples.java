package org.kdocs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.kdocs.rst.RstParser;

/**
 * An example directory of docutils' parse-only trees: each {@code NAME.rst} with the pseudo-XML
 * docutils 0.19 printed for it in {@code NAME.pseudoxml} ({@code scripts/docutils-oracle.py
 * --parse-only}). The block parser's and the directives' example tests share it.
 */
public final class ParseOnlyExamples {
    private final String dir;

    public ParseOnlyExamples(String dir) {
        this.dir = dir;
    }

    /** The examples' names, sorted, for a parameterized test's source. */
    public Stream<String> names() {
        return TestResources.names(dir, ".rst").stream();
    }

    /** Parses {@code NAME.rst} with {@code parser} and checks its pseudo-XML against {@code NAME.pseudoxml}. */
    public void assertParsesAsDocutils(String name, RstParser parser) {
        String input = TestResources.read(dir + "/" + name + ".rst");
        String expected = TestResources.read(dir + "/" + name + ".pseudoxml");
        assertThat(parser.parse(input, "test data").pformat()).as(dir + "/" + name).isEqualTo(expected);
    }
}
