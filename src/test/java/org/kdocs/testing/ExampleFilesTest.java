package org.kdocs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example directories pair each input with its expected files; an input
 * without them would be skipped silently by a test that lists expected files,
 * or fail late with a missing resource. This test fails when one is missing, and
 * when an expected file has lost its input.
 */
class ExampleFilesTest {

    /** An example directory: inputs end in {@code input}, each has one file per expected suffix. */
    record Examples(String dir, String input, List<String> expected) {
        @Override
        public String toString() {
            return dir;
        }
    }

    static Stream<Examples> directories() {
        return Stream.of(
                // docutils' parse-only pseudo-XML (scripts/docutils-oracle.py --parse-only)
                new Examples("blocks", ".rst", List.of(".pseudoxml")),
                new Examples("directives", ".rst", List.of(".pseudoxml")),
                // the parse-only tree read back as input, rst2pseudoxml.py's output and warnings
                new Examples("transforms", ".rst", List.of(".parsed", ".pseudoxml", ".stderr")),
                // docutils' own title verdicts, one line:rule per line (not pseudo-XML)
                new Examples("lint/titles", ".rst", List.of(".docutils")),
                // the KCSAN report the model prints for each program
                new Examples("kcsan/reports", ".c", List.of(".txt")));
    }

    @ParameterizedTest(name = "every example in {0} has its expected files")
    @MethodSource("directories")
    void everyInputHasItsExpectedFilesAndEveryExpectedFileItsInput(Examples examples) {
        List<String> inputs = TestResources.names(examples.dir(), examples.input());
        assertThat(inputs).as(examples.dir()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String suffix : examples.expected()) {
            Set<String> expected = new TreeSet<>(TestResources.names(examples.dir(), suffix));
            for (String name : inputs) {
                if (!expected.remove(name)) {
                    problems.add(name + examples.input() + " has no " + name + suffix);
                }
            }
            expected.forEach(name -> problems.add(name + suffix + " has no " + name + examples.input()));
        }
        assertThat(problems).as(examples.dir()).isEmpty();
    }

    @Test
    void everyKernelDocCaseHasItsOutputMessagesAndStatus() {
        Set<String> cases = new TreeSet<>();
        for (String line : TestResources.lines("kerneldoc/cases.txt")) {
            if (!line.isBlank()) {
                cases.add(line.split("\t", 2)[0]);
            }
        }
        assertThat(cases).isNotEmpty();
        for (String suffix : List.of(".rst", ".err", ".status")) {
            assertThat(TestResources.names("kerneldoc/expected", suffix)).as(suffix)
                    .containsExactlyElementsOf(cases);
        }
    }
}
